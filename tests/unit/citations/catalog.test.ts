import * as fs from "fs";
import * as path from "path";
import { snapshotFromText } from "../../../src/core/model/document";
import {
  createCatalogLookup,
  exportCatalogCsv,
  exportCatalogJson,
  fetchCatalog,
  importCatalog,
  importCatalogCsv,
  importCatalogJson,
  isAllowedCatalogUrl,
  loadCatalog,
  loadNationalCatalog,
  harvestCatalog,
  statusLabel,
  type CatalogEntry,
} from "../../../src/core/citations";

const NATIONAL_JSON = path.resolve(__dirname, "../../../data/national-catalog.json");

const entry = (over: Partial<CatalogEntry>): CatalogEntry => ({
  id: "x",
  type: "Nghị định",
  symbol: "30/2020/NĐ-CP",
  date: "2020-03-05",
  issuer: "Chính phủ",
  title: "về công tác văn thư",
  effective: "2020-03-05",
  status: "in-force",
  replacedBy: null,
  replacedOn: null,
  family: "qppl",
  source: "test",
  ...over,
});

describe("national catalog", () => {
  it("validates every entry of data/national-catalog.json against the schema", () => {
    const raw = JSON.parse(fs.readFileSync(NATIONAL_JSON, "utf8")) as unknown[];
    const { entries, errors } = loadCatalog(raw);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(raw.length);
    expect(loadNationalCatalog()).toHaveLength(raw.length);
  });

  it("knows the replacements the issue names", () => {
    const lookup = createCatalogLookup(loadNationalCatalog());
    expect(lookup("110/2004/NĐ-CP")).toMatchObject({ status: "replaced", replacedBy: "30/2020/NĐ-CP" });
    const pl = lookup("34/2007/PL-UBTVQH11");
    expect(pl).toMatchObject({ status: "replaced", replacedBy: "10/2022/QH15", replacedOn: "2023-07-01" });
    expect(pl?.replacementCitation).toMatch(/^Luật Thực hiện dân chủ ở cơ sở/);
    // Lookup is insensitive to spaces and Đ/D.
    expect(lookup(" 30/2020/ND-CP ")?.symbol).toBe("30/2020/NĐ-CP");
    expect(lookup("9999/2099/NĐ-CP")).toBeUndefined();
  });

  it("rejects bad entries with a Vietnamese reason", () => {
    const { entries, errors } = loadCatalog([entry({}), { ...entry({}), date: "2020-02-30" }, "x"]);
    expect(entries).toHaveLength(1);
    expect(errors[0]).toBe("mục 2: ngày không hợp lệ");
    expect(errors[1]).toMatch(/^mục 3:/);
    expect(loadCatalog({}).errors).toHaveLength(1);
  });

  it("labels statuses in Vietnamese, naming the replacement", () => {
    const old = entry({ status: "replaced", replacedBy: "10/2022/QH15", replacedOn: "2023-07-01" });
    const law = entry({ type: "Luật", symbol: "10/2022/QH15", title: "Luật Thực hiện dân chủ ở cơ sở" });
    expect(statusLabel(old, law)).toBe("đã bị thay thế bởi Luật Thực hiện dân chủ ở cơ sở (10/2022/QH15) từ 01/7/2023");
    expect(statusLabel(entry({}))).toBe("còn hiệu lực");
  });
});

describe("organisation catalog import and export", () => {
  const csv = [
    "type,symbol,date,issuer,title,status",
    "Kế hoạch,26/KH-UBND,2022-03-29,Ủy ban nhân dân tỉnh,về dân vận chính quyền năm 2022,in-force",
    "Chỉ thị,33/CT-TTg,26/11/2021,Thủ tướng Chính phủ,về công tác dân vận,",
    "",
    "Kế hoạch,27/KH-UBND,2022-13-01,Ủy ban nhân dân tỉnh,x,",
    "Kế hoạch,120 -KL/TW,2022-01-01,Tỉnh ủy,x,",
    "Kế hoạch,28/KH-UBND,2022-01-01,Tỉnh ủy,x,đang xét",
    '"Quyết định","29/QĐ-UBND","2022-01-01","UBND","về việc ""A""",',
  ].join("\n");

  it("imports CSV rows and reports bad ones by file line", () => {
    const { entries, errors } = importCatalogCsv(csv);
    expect(entries.map((e) => e.symbol)).toEqual(["26/KH-UBND", "33/CT-TTg", "29/QĐ-UBND"]);
    expect(entries[1]).toMatchObject({ date: "2021-11-26", status: "unknown", family: "state" });
    expect(entries[2].title).toBe('về việc "A"');
    expect(errors).toEqual([
      "dòng 5: ngày không hợp lệ",
      expect.stringMatching(/^dòng 6: Số, ký hiệu “120 -KL\/TW” có khoảng trắng/),
      "dòng 7: trạng thái không hợp lệ",
    ]);
  });

  it("reports a missing column", () => {
    expect(importCatalogCsv("type,date\nKế hoạch,2022-01-01").errors).toEqual(["dòng 1: thiếu cột “symbol”"]);
  });

  it("imports JSON, filling optional fields, and reports entries by position", () => {
    const json = JSON.stringify([
      {
        type: "Nghị quyết",
        symbol: "25-NQ/TW",
        date: "2013-06-03",
        issuer: "Ban Chấp hành Trung ương Đảng",
        title: "về dân vận",
      },
      { type: "Nghị quyết", symbol: "26-NQ/TW", date: "ngày 3" },
    ]);
    const { entries, errors } = importCatalogJson(json);
    expect(entries[0]).toMatchObject({
      family: "party",
      status: "unknown",
      effective: null,
      id: "nghi-quyet-25-nq-tw",
    });
    expect(errors).toEqual(["mục 2: ngày không hợp lệ"]);
    expect(importCatalogJson("{").errors).toEqual(["tệp JSON không đọc được"]);
  });

  it("exports CSV and JSON that import back to the same entries", () => {
    const list = [
      entry({ aliases: ["NĐ văn thư", "nghị định 30"], amendedBy: ["1/2025/NĐ-CP"] }),
      entry({
        id: "kh",
        type: "Kế hoạch",
        symbol: "26/KH-UBND",
        title: 'về "dân vận", năm 2022',
        family: "state",
        effective: null,
      }),
    ];
    expect(importCatalog(exportCatalogCsv(list)).entries).toEqual(list);
    expect(importCatalog(exportCatalogJson(list)).entries).toEqual(list);
  });
});

describe("harvest keeps what a citation names", () => {
  it("a law keeps its name and gets the Quốc hội as issuer; other documents keep the issuer written", () => {
    const doc = snapshotFromText(
      [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật Lưu trữ số 33/2024/QH15 ngày 21/6/2024;",
        "Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Trà Vinh ban hành quy chế;",
      ].join("\n"),
    );
    const byType = harvestCatalog(doc).map((e) => [e.type, e.symbol, e.issuer, e.title]);
    expect(byType).toEqual([
      ["Luật", "", "Quốc hội", "Luật Tổ chức chính quyền địa phương"],
      ["Luật", "33/2024/QH15", "Quốc hội", "Luật Lưu trữ"],
      ["Quyết định", "15/2022/QĐ-UBND", "Ủy ban nhân dân tỉnh Trà Vinh", "ban hành quy chế"],
    ]);
  });
});

describe("catalog URL", () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };
  const body = JSON.stringify([entry({})]);

  it("accepts only https or a local http address", () => {
    expect(isAllowedCatalogUrl("https://example.gov.vn/catalog.json")).toBe(true);
    expect(isAllowedCatalogUrl("http://localhost:8080/c.json")).toBe(true);
    expect(isAllowedCatalogUrl("http://example.gov.vn/c.json")).toBe(false);
    expect(isAllowedCatalogUrl("file:///etc/passwd")).toBe(false);
  });

  it("fetches only the configured URL, caches it, and falls back to the cache offline", async () => {
    const storage = memory();
    const asked: string[] = [];
    const url = "https://example.gov.vn/catalog.json";
    const online = await fetchCatalog(url, async (u) => (asked.push(u), body), storage);
    expect(online).toMatchObject({ fromCache: false, errors: [] });
    expect(online.entries).toHaveLength(1);
    const offline = await fetchCatalog(url, async () => Promise.reject(new Error("offline")), storage);
    expect(offline.fromCache).toBe(true);
    expect(offline.entries).toHaveLength(1);
    expect(offline.warning).toMatch(/Không tải được/);
    expect(asked).toEqual([url]);
    await expect(fetchCatalog("http://example.gov.vn/x", async () => body, storage)).rejects.toThrow(/https/);
    const none = await fetchCatalog("https://other.vn/c.json", async () => Promise.reject(new Error("x")), memory());
    expect(none.entries).toEqual([]);
  });
});

describe("harvest keeps an amending law's own name", () => {
  it("“Luật sửa đổi, bổ sung một số điều của Luật …” is not read as the law it amends", () => {
    const doc = snapshotFromText(
      "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;",
    );
    expect(harvestCatalog(doc).map((e) => [e.title, e.date])).toEqual([
      ["Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "2020-06-18"],
    ]);
  });
});
