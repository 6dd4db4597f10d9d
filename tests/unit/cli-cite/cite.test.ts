import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { vbhc } from "../../helpers/run-cli";

describe("vbhc cite", () => {
  it("returns 30/2020/NĐ-CP first with its full citation, in the product's JSON shape", async () => {
    const { code, out } = await vbhc("cite", "nghi dinh 30 van thu", "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { query: string; results: Record<string, unknown>[] };
    expect(json.query).toBe("nghi dinh 30 van thu");
    expect(Object.keys(json.results[0]).sort()).toEqual(
      ["citation", "date", "id", "issuer", "match", "replacedBy", "status", "symbol", "title", "type"].sort(),
    );
    expect(json.results[0]).toMatchObject({
      symbol: "30/2020/NĐ-CP",
      date: "2020-03-05",
      status: "in-force",
      citation: {
        full: "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
        short: "Nghị định số 30/2020/NĐ-CP",
        canCu: "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
      },
    });
  });

  it("shows Pháp lệnh 34 as replaced by the 2022 law", async () => {
    const { code, out } = await vbhc("cite", "phap lenh 34");
    expect(code).toBe(0);
    const first = out.split("\n").slice(0, 2).join("\n");
    expect(first).toContain("34/2007/PL-UBTVQH11");
    expect(first).toContain("đã bị thay thế bởi Luật Thực hiện dân chủ ở cơ sở (10/2022/QH15)");
    const json = JSON.parse((await vbhc("cite", "phap lenh 34", "--format", "json", "--limit", "1")).out) as {
      results: { status: string; replacedBy: string }[];
    };
    expect(json.results).toHaveLength(1);
    expect(json.results[0]).toMatchObject({ status: "replaced", replacedBy: "10/2022/QH15" });
  });

  it("searches an organisation catalog given with --catalog", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-cite-"));
    const file = path.join(dir, "org.csv");
    fs.writeFileSync(
      file,
      "type,symbol,date,issuer,title\nKế hoạch,26/KH-UBND,2022-03-29,Ủy ban nhân dân tỉnh,về dân vận\n",
    );
    const { code, out } = await vbhc("cite", "kh 26 ubnd", "--catalog", file, "--format", "json");
    expect(code).toBe(0);
    expect((JSON.parse(out) as { results: { symbol: string }[] }).results[0].symbol).toBe("26/KH-UBND");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("exits 2 with an English and Vietnamese message on an empty query or bad options", async () => {
    const empty = await vbhc("cite", "  ");
    expect(empty.code).toBe(2);
    expect(empty.err).toContain("The query is empty");
    expect(empty.err).toContain("Chưa nhập nội dung cần tìm");
    expect((await vbhc("cite", "x", "--limit", "0")).code).toBe(2);
    expect((await vbhc("cite", "x", "--format", "xml")).code).toBe(2);
  });
});
