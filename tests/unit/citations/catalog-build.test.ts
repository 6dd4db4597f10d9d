import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildCatalog, catalogTitle, isCentral, mapStatus } from "../../../src/core/citations/catalog-build";
import {
  CatalogSearch,
  loadCatalog,
  type CatalogEntry,
  type SerializedCatalogIndex,
} from "../../../src/core/citations";
import { vbhc } from "../../helpers/run-cli";

const FIXTURES = path.resolve(__dirname, "../../fixtures/catalog-build");
const fixture = (name: string) => path.join(FIXTURES, name);

async function build(...args: string[]): Promise<{ code: number; err: string; entries: CatalogEntry[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-catalog-"));
  const out = path.join(dir, "catalog.json");
  try {
    const run = await vbhc("catalog", "build", ...args, "-o", out);
    const entries = run.code === 0 ? loadCatalog(JSON.parse(fs.readFileSync(out, "utf8"))).entries : [];
    return { code: run.code, err: run.err, entries };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const bySymbol = (entries: CatalogEntry[], symbol: string) => entries.find((e) => e.symbol === symbol);

describe("vbhc catalog build", () => {
  it("reads list API pages: central documents only, statuses mapped, replacements from the relations", async () => {
    const { code, entries } = await build("--list-api", fixture("list-api-page.json"), "--no-curated");
    expect(code).toBe(0);
    expect(entries.map((e) => e.symbol).sort()).toEqual([
      "01/2011/TT-BNV",
      "110/2004/NĐ-CP",
      "30/2020/NĐ-CP",
      "61/2018/NĐ-CP",
    ]);
    expect(bySymbol(entries, "110/2004/NĐ-CP")).toMatchObject({
      type: "Nghị định",
      date: "2004-04-08",
      issuer: "Chính phủ",
      title: "về công tác văn thư",
      status: "replaced",
      replacedBy: "30/2020/NĐ-CP",
      replacedOn: "2020-03-05",
      effective: "2004-05-05",
      family: "qppl",
    });
    expect(bySymbol(entries, "110/2004/NĐ-CP")?.source).toContain("list API id doc-110");
    // "Quy định hết hiệu lực" from the other side: 30/2020 ended 01/2011/TT-BNV.
    expect(bySymbol(entries, "01/2011/TT-BNV")).toMatchObject({ status: "replaced", replacedBy: "30/2020/NĐ-CP" });
    // Partly expired is still citable.
    expect(bySymbol(entries, "61/2018/NĐ-CP")).toMatchObject({ status: "in-force", replacedBy: null });
  });

  it("reads the dataset's metadata (CSV) and relationships (JSON lines) tables", async () => {
    const { code, entries } = await build(
      "--metadata",
      fixture("metadata.csv"),
      "--relations",
      fixture("relationships.jsonl"),
      "--no-curated",
    );
    expect(code).toBe(0);
    expect(bySymbol(entries, "1234/QĐ-UBND")).toBeUndefined();
    expect(bySymbol(entries, "58/2010/QH12")).toMatchObject({
      type: "Luật",
      title: "Luật Viên chức",
      status: "replaced",
      replacedBy: "129/2025/QH15",
      // The day it stopped applying, from its own row.
      replacedOn: "2026-07-01",
    });
    expect(bySymbol(entries, "110/2004/NĐ-CP")).toMatchObject({ status: "replaced", replacedBy: "30/2020/NĐ-CP" });
    expect(bySymbol(entries, "110/2004/NĐ-CP")?.amendedBy).toEqual(["09/2010/NĐ-CP"]);
    expect(bySymbol(entries, "09/2010/NĐ-CP")).toMatchObject({
      status: "replaced",
      replacedBy: "30/2020/NĐ-CP",
      replacedOn: "2020-03-05",
      title:
        "sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư",
    });
    // A "căn cứ" relation says nothing about status.
    expect(bySymbol(entries, "30/2020/NĐ-CP")).toMatchObject({ status: "in-force", replacedBy: null });
    expect(bySymbol(entries, "05/2024/TT-BCT")).toMatchObject({
      issuer: "Bộ Công Thương",
      title: "quy định chế độ báo cáo thống kê",
    });
    expect(bySymbol(entries, "05/2024/TT-BCT")?.source).toContain("CC BY 4.0");
  });

  it("lets the curated catalog win where it disagrees with the open data", async () => {
    const { code, err, entries } = await build("--list-api", fixture("list-api-page.json"));
    expect(code).toBe(0);
    // The database lists 61/2018 as only partly expired; the curated catalog knows 118/2025 replaced it.
    expect(bySymbol(entries, "61/2018/NĐ-CP")).toMatchObject({
      id: "nd-61-2018-nd-cp",
      status: "replaced",
      replacedBy: "118/2025/NĐ-CP",
      replacedOn: "2025-07-01",
    });
    expect(bySymbol(entries, "61/2018/NĐ-CP")?.source).toContain("list API");
    expect(err).toMatch(/values taken from the curated catalog/);
  });

  it("writes a prebuilt index that a search loads instead of building", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-index-"));
    try {
      const out = path.join(dir, "c.json");
      const idx = path.join(dir, "c.index.json");
      const run = await vbhc(
        "catalog",
        "build",
        "--list-api",
        fixture("list-api-page.json"),
        "-o",
        out,
        "--index",
        idx,
      );
      expect(run.code).toBe(0);
      const entries = loadCatalog(JSON.parse(fs.readFileSync(out, "utf8"))).entries;
      const index = JSON.parse(fs.readFileSync(idx, "utf8")) as SerializedCatalogIndex;
      expect(index.docs).toBe(entries.length);
      const s = new CatalogSearch({ national: entries }, { national: index });
      expect(s.search("nghi dinh 110/2004 van thu")[0].entry.symbol).toBe("110/2004/NĐ-CP");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a run with no input, and an unterminated CSV quote, in English and Vietnamese", async () => {
    const none = await build();
    expect(none.code).toBe(2);
    expect(none.err).toContain("No input");
    expect(none.err).toContain("Chưa có dữ liệu");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-bad-"));
    const bad = path.join(dir, "meta.csv");
    fs.writeFileSync(bad, 'id,so_ky_hieu,title\n1,30/2020/NĐ-CP,"về công tác\n2,31/2020/NĐ-CP,x\n');
    const run = await build("--metadata", bad);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/unterminated quote/);
  });
});

describe("catalog building blocks", () => {
  it.each([
    ["CHL", "in-force"],
    ["CCHL", "not-yet-effective"],
    ["Hết hiệu lực toàn bộ", "expired"],
    ["Hết hiệu lực một phần", "in-force"],
    ["Còn hiệu lực", "in-force"],
    ["Chưa xác định", "unknown"],
    ["", "unknown"],
  ])("maps status %p to %p", (raw, status) => expect(mapStatus(raw)).toBe(status));

  it.each([
    [{ issuer: "Chính phủ", symbol: "30/2020/NĐ-CP" }, true],
    [{ issuer: "", symbol: "01/2011/TT-BNV" }, true],
    [{ issuer: "UBND Thành phố Cần Thơ", symbol: "51/2026/QĐ-UBND" }, false],
    [{ issuer: "", symbol: "12/2024/NQ-HĐND" }, false],
    [{ issuer: "Sở Nội vụ", symbol: "125/SNV-VP" }, false],
    [{ issuer: "Bộ Chính trị", symbol: "57-NQ/TW" }, true],
  ])("central issuer %p: %p", (doc, central) => expect(isCentral(doc)).toBe(central));

  it.each([
    ["Nghị định", "Nghị định Về công tác văn thư", "về công tác văn thư"],
    ["Nghị định", "Nghị định số 30/2020/NĐ-CP Về công tác văn thư", "về công tác văn thư"],
    ["Thông tư", "Thông tư Quy định chế độ báo cáo", "quy định chế độ báo cáo"],
    ["Luật", "Luật Đất đai", "Luật Đất đai"],
  ])("a %s titled %p is catalogued as %p", (type, title, expected) => expect(catalogTitle(type, title)).toBe(expected));

  it("keeps the first row of a symbol and year, so the database wins over a lower-trust layer", () => {
    const row = {
      sourceId: "",
      type: "Nghị định",
      issuer: "Chính phủ",
      date: "2020-03-05",
      effective: "",
      expired: "",
    };
    const { entries } = buildCatalog(
      [
        { ...row, symbol: "30/2020/NĐ-CP", title: "Về công tác văn thư", status: "CHL", origin: "database" },
        { ...row, symbol: "30/2020/NĐ-CP", title: "Về văn thư", status: "", origin: "codification" },
      ],
      [],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: "in-force", source: "database" });
  });
});
