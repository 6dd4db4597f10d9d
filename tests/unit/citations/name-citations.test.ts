/**
 * Laws, codes and ordinances cited by name and date, without their number ("Căn cứ Luật Ban hành văn bản quy phạm
 * pháp luật ngày 22 tháng 6 năm 2015;"): looked up in the catalog by type, name and date or year, and judged as a
 * cited number is. Catalog facts come from data/national-catalog.json.
 */
import type { CatalogLookup, Finding, NotEvaluatedItem, Rule } from "../../../src/core/checks/types";
import {
  CITATION_RULES,
  createCatalogLookup,
  findCitations,
  loadNationalCatalog,
  type CatalogEntry,
} from "../../../src/core/citations";
import { snapshotFromText } from "../../../src/core/model/document";

const rule = CITATION_RULES.find((r) => r.id === "citation-replaced") as Rule;
const national = loadNationalCatalog();
const lookup = createCatalogLookup(national);

function judge(
  lines: string[],
  catalogLookup: CatalogLookup = lookup,
): { findings: Finding[]; items: NotEvaluatedItem[] } {
  const items: NotEvaluatedItem[] = [];
  const res = rule.check({
    doc: snapshotFromText(lines.join("\n")),
    cache: new Map(),
    options: { catalogLookup },
    notEvaluatedItem: (x) => void items.push(x),
  });
  if (res === "not-evaluated") throw new Error("rule not evaluated");
  return { findings: res, items };
}

const IN_2026 = "Hà Nội, ngày 15 tháng 01 năm 2026";

describe("catalog lookup by name", () => {
  const byName = lookup.byName;

  it("finds the one law with that name and issue date, or that name and year", () => {
    const name = "Luật Ban hành văn bản quy phạm pháp luật";
    expect(byName({ type: "Luật", name, date: "2015-06-22" })?.symbol).toBe("80/2015/QH13");
    expect(byName({ type: "Luật", name, year: 2025 })?.symbol).toBe("64/2025/QH15");
    // Case, diacritic placement, commas and spacing do not matter; the type does.
    expect(byName({ type: "Luật", name: "luật  ban hành văn bản quy phạm pháp luật", year: 2015 })?.symbol).toBe(
      "80/2015/QH13",
    );
    expect(byName({ type: "Bộ luật", name, year: 2015 })).toBeUndefined();
  });

  it("gives nothing for a wrong date or year, an unknown name, or two laws of one name in one year", () => {
    const name = "Luật Ban hành văn bản quy phạm pháp luật";
    expect(byName({ type: "Luật", name, date: "2015-06-23" })).toBeUndefined();
    expect(byName({ type: "Luật", name, year: 2016 })).toBeUndefined();
    expect(byName({ type: "Luật", name })).toBeUndefined();
    expect(byName({ type: "Luật", name: "Luật Không có trong danh mục", year: 2024 })).toBeUndefined();
    // Luật Tổ chức chính quyền địa phương: 65/2025/QH15 (19/02/2025) and 72/2025/QH15 (16/6/2025).
    const local = "Luật Tổ chức chính quyền địa phương";
    expect(byName({ type: "Luật", name: local, year: 2025 })).toBeUndefined();
    expect(byName({ type: "Luật", name: local, date: "2025-02-19" })?.symbol).toBe("65/2025/QH15");
  });

  it("takes a document listed in two catalogs once, the first catalog's entry winning", () => {
    const base = national.find((e) => e.symbol === "80/2015/QH13") as CatalogEntry;
    const copy: CatalogEntry = { ...base, id: "copy", status: "unknown", replacedBy: null, replacedOn: null };
    const both = createCatalogLookup(national, [copy]);
    const q = { type: "Luật", name: "Luật Ban hành văn bản quy phạm pháp luật", year: 2015 };
    expect(both.byName(q)?.status).toBe("replaced");
  });
});

describe("citation-replaced on laws cited by name", () => {
  it("warns at a law cited by name and date that was replaced before the document, naming its replacement", () => {
    const line = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;";
    const { findings, items } = judge([IN_2026, line, "Thực hiện Luật Ban hành văn bản quy phạm pháp luật năm 2015."]);
    expect(items).toEqual([]);
    // Once per document cited, at its first mention; the range covers the name and its date.
    expect(findings).toHaveLength(1);
    expect(findings[0].paragraph).toBe(1);
    expect(findings[0].excerpt).toBe("Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015");
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message).toBe(
      "Luật Ban hành văn bản quy phạm pháp luật (số 80/2015/QH13) đã bị thay thế từ ngày 01/4/2025 (trước ngày văn " +
        "bản này) bởi Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025.",
    );
  });

  it("warns at a name with only a year, and at a name with a comma in it", () => {
    const { findings } = judge([
      IN_2026,
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015; Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;",
    ]);
    expect(findings.map((f) => f.excerpt)).toEqual([
      "Luật Ban hành văn bản quy phạm pháp luật năm 2015",
      "Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008",
    ]);
    expect(findings[1].message).toContain("22/2008/QH12");
    expect(findings[1].message).toContain("01/7/2025");
  });

  it("says nothing when the law was replaced only after the document's date, or is in force", () => {
    const line = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;";
    expect(judge(["Hà Nội, ngày 10 tháng 3 năm 2025", line])).toEqual({ findings: [], items: [] });
    expect(
      judge([
        IN_2026,
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
        "Căn cứ Bộ luật Lao động năm 2019;",
      ]),
    ).toEqual({ findings: [], items: [] });
  });

  it("lists an unknown name, a wrong year and an ambiguous name as not identified, never as findings", () => {
    const lines = [
      IN_2026,
      "Căn cứ Luật Không có trong danh mục năm 2024;",
      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2016;",
      "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
      "Căn cứ Luật Không có trong danh mục năm 2024 và Luật Ban hành văn bản quy phạm pháp luật năm 2016.",
    ];
    const { findings, items } = judge(lines);
    expect(findings).toEqual([]);
    // Each once, at its first mention.
    expect(items.map((x) => [x.paragraph, x.excerpt, x.code, x.reason])).toEqual([
      [1, "Luật Không có trong danh mục năm 2024", "not-identified", "không xác định được văn bản trong danh mục"],
      [
        2,
        "Luật Ban hành văn bản quy phạm pháp luật năm 2016",
        "not-identified",
        "không xác định được văn bản trong danh mục",
      ],
      [
        3,
        "Luật Tổ chức chính quyền địa phương năm 2025",
        "not-identified",
        "không xác định được văn bản trong danh mục",
      ],
    ]);
  });

  it("lists a law found by name whose status the catalog does not know as not evaluated", () => {
    const line =
      "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;";
    const { findings, items } = judge([IN_2026, line]);
    expect(findings).toEqual([]);
    expect(items.map((x) => [x.excerpt, x.code])).toEqual([
      [
        "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020",
        "status-unknown",
      ],
    ]);
  });

  it("judges a law cited with its number once, by the number", () => {
    const line = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;";
    const { findings } = judge([IN_2026, line]);
    expect(findings.map((f) => f.excerpt)).toEqual(["Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13"]);
    expect(findings[0].message).toMatch(/^Luật số 80\/2015\/QH13 /);
  });

  it("finds an amending law whose long title names seven laws, and a replaced one is reported", () => {
    const title =
      "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách " +
      "nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân";
    const entry: CatalogEntry = {
      id: "test-amending",
      type: "Luật",
      symbol: "99/2024/QH15",
      date: "2024-11-29",
      issuer: "Quốc hội",
      title,
      effective: null,
      status: "expired",
      replacedBy: null,
      replacedOn: "2025-01-01",
      family: "qppl",
      source: "test",
    };
    const { findings, items } = judge(
      [IN_2026, `Căn cứ ${title} ngày 29 tháng 11 năm 2024;`],
      createCatalogLookup([entry]),
    );
    expect(items).toEqual([]);
    expect(findings.map((f) => f.excerpt)).toEqual([`${title} ngày 29 tháng 11 năm 2024`]);
    expect(findings[0].message).toContain("đã hết hiệu lực từ ngày 01/01/2025");
  });

  it("reads a whole căn cứ block of laws cited by name, each judged on its own", () => {
    const { findings, items } = judge([
      IN_2026,
      "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức " +
        "Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
      "Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn ngày 20 " +
        "tháng 4 năm 2007;",
    ]);
    // 76/2015/QH13 replaced from 01/3/2025, 65/2025/QH15 from 16/6/2025, Pháp lệnh 34/2007 from 01/7/2023; the
    // labour code is in force; the 2019 amending law (47/2019/QH14) has no status in the catalog.
    expect(findings.map((f) => [f.paragraph, f.excerpt])).toEqual([
      [1, "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"],
      [2, "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"],
      [3, "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn ngày 20 tháng 4 năm 2007"],
    ]);
    expect(findings.map((f) => f.message.match(/\(số ([^)]+)\)/)?.[1])).toEqual([
      "76/2015/QH13",
      "65/2025/QH15",
      "34/2007/PL-UBTVQH11",
    ]);
    expect(items.map((x) => [x.paragraph, x.code, x.excerpt])).toEqual([
      [
        1,
        "status-unknown",
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 " +
          "tháng 11 năm 2019",
      ],
    ]);
  });

  it("leaves names alone when the lookup cannot search by name", () => {
    const plain: CatalogLookup = (symbol) => lookup(symbol);
    const line = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;";
    expect(judge([IN_2026, line], plain)).toEqual({ findings: [], items: [] });
  });
});

describe("where a law's name ends", () => {
  const names = (text: string) =>
    findCitations(text)
      .filter((m) => m.symbolText === undefined)
      .map((m) => [m.title, m.date ?? m.year]);

  it("reads the name up to its date or year, and a year-only citation", () => {
    expect(names("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;")).toEqual([
      ["Luật Tổ chức chính quyền địa phương", "2025-02-19"],
    ]);
    expect(names("theo Bộ luật Lao động năm 2019, Luật Đất đai năm 2024 và Pháp lệnh Dân số ngày 09/01/2003.")).toEqual(
      [
        ["Bộ luật Lao động", 2019],
        ["Luật Đất đai", 2024],
        ["Pháp lệnh Dân số", "2003-01-09"],
      ],
    );
  });

  it("finds no law in a law's own closing clauses, nor in prose that puts another date after a name", () => {
    expect(names("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.")).toEqual([]);
    expect(names("Luật này được Quốc hội khóa XV thông qua ngày 10 tháng 12 năm 2025.")).toEqual([]);
    expect(names("Luật Đất đai được sửa đổi năm 2024.")).toEqual([]);
    expect(names("Luật Đất đai có hiệu lực từ ngày 01/8/2024.")).toEqual([]);
    expect(names("Luật Đất đai thông qua ngày 18/01/2024 và áp dụng trước ngày 01/8/2024.")).toEqual([]);
  });
});
