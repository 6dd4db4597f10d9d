import Papa from "papaparse";
import type { CatalogEntry } from "../../../src/core/citations/catalog-schema";
import {
  exportCatalogCsv,
  importCatalogCsv,
  neutraliseFormula,
  restoreFormula,
} from "../../../src/core/citations/org-catalog";

const entry = (over: Partial<CatalogEntry>): CatalogEntry => ({
  id: "x",
  type: "Kế hoạch",
  symbol: "26/KH-UBND",
  date: "2022-03-29",
  issuer: "Ủy ban nhân dân tỉnh",
  title: "về dân vận",
  effective: null,
  status: "in-force",
  replacedBy: null,
  replacedOn: null,
  family: "state",
  source: "test",
  ...over,
});

describe("CSV import: an unterminated quote", () => {
  const csv = [
    "type,symbol,date,issuer,title",
    "Kế hoạch,26/KH-UBND,2022-03-29,UBND tỉnh,về dân vận",
    "",
    'Kế hoạch,27/KH-UBND,2022-03-30,UBND tỉnh,"về chuyển đổi số',
    "Kế hoạch,28/KH-UBND,2022-03-31,UBND tỉnh,về cải cách hành chính",
    "Kế hoạch,29/KH-UBND,2022-04-01,UBND tỉnh,về an toàn giao thông",
  ].join("\n");

  it("is reported with the line its row starts on, and the rows it swallowed are not imported", () => {
    const { entries, errors } = importCatalogCsv(csv);
    expect(entries.map((e) => e.symbol)).toEqual(["26/KH-UBND"]);
    expect(errors).toEqual([expect.stringMatching(/^dòng 4: dấu ngoặc kép \(“?"”?\) mở mà không đóng/)]);
    expect(errors[0]).toContain("các dòng sau nó không được nhập");
  });

  it("does not touch a file whose quotes are closed, even across lines", () => {
    const ok = csv.replace('"về chuyển đổi số', '"về chuyển đổi\nsố"');
    const { entries, errors } = importCatalogCsv(ok);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.symbol)).toEqual(["26/KH-UBND", "27/KH-UBND", "28/KH-UBND", "29/KH-UBND"]);
    expect(entries[1].title).toBe("về chuyển đổi\nsố");
  });
});

describe("CSV export against formula injection", () => {
  const risky = ['=HYPERLINK("http://x","y")', "+84 912 345 678", "-2+3", "@SUM(A1)", "'=quoted already", "''+two"];

  it("prefixes an apostrophe to every cell a spreadsheet would run as a formula", () => {
    const csv = exportCatalogCsv(
      risky.map((title, i) => entry({ id: `e${i}`, title, issuer: i === 0 ? "=1+1" : "UBND" })),
    );
    const rows = Papa.parse<string[]>(csv.trim()).data.slice(1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0][4]).toBe("'=1+1");
    expect(rows.map((r) => r[5])).toEqual(risky.map((t) => `'${t}`));
  });

  it("reads its own export back to the same entries", () => {
    const list = [
      ...risky.map((title, i) => entry({ id: `e${i}`, title })),
      entry({ id: "plain", title: "'chỉ một dấu nháy, không phải công thức" }),
      entry({ id: "minus", symbol: "26/KH-UBND", issuer: "-UBND", aliases: ["=a", "b"] }),
    ];
    const back = importCatalogCsv(exportCatalogCsv(list));
    expect(back.errors).toEqual([]);
    expect(back.entries).toEqual(list);
  });

  it("neutralise and restore are inverse on any cell", () => {
    for (const cell of ["", "a", "'", "'a", "=", "'=", "''=", "\t", "-1", "'-1", "a=b"]) {
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    }
  });
});
