import type { CheckOptions, Finding, NotEvaluatedItem, Rule } from "../../../src/core/checks/types";
import {
  CITATION_RULES,
  createCatalogLookup,
  loadNationalCatalog,
  type CatalogEntry,
} from "../../../src/core/citations";
import { snapshotFromText, type DocumentSnapshot } from "../../../src/core/model/document";
import { applyTextEdits, type TextEdit } from "../../../src/core/model/edits";

function run(doc: DocumentSnapshot, options: CheckOptions = {}, only?: string): Finding[] {
  const ctx = { doc, cache: new Map<string, unknown>(), options };
  return CITATION_RULES.filter((r: Rule) => !only || r.id === only).flatMap((r) => {
    const res = r.check(ctx);
    return res === "not-evaluated" ? [] : res;
  });
}

const national = loadNationalCatalog();
const lookup = createCatalogLookup(national);

describe("citation rules", () => {
  it("are six rules, one per file, all in the citation family", () => {
    expect(CITATION_RULES.map((r) => r.id)).toEqual([
      "citation-symbol-malformed",
      "citation-type-mismatch",
      "citation-qppl-year",
      "citation-date-conflict",
      "citation-replaced",
      "citation-symbol-conflict",
    ]);
    expect(CITATION_RULES.every((r) => r.meta.family === "citation" && r.meta.ref.length > 0)).toBe(true);
  });
});

describe("citation rules on made-up text", () => {
  const doc = (...lines: string[]) => snapshotFromText(lines.join("\n"));

  it("report malformed symbols with a fix that repairs them", () => {
    const d = doc(
      "Thực hiện Kết luận số 120 -KL/TW và Quyết định số 45/2016QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ.",
    );
    const found = run(d, {}, "citation-symbol-malformed");
    expect(found.map((f) => f.excerpt)).toEqual(["120 -KL/TW", "45/2016QĐ-TTg"]);
    expect(found.every((f) => f.severity === "error")).toBe(true);
    const edits = found.flatMap((f) => f.fix?.edits ?? []) as TextEdit[];
    expect(applyTextEdits([d.paragraphs[0].text], edits)[0]).toBe(
      "Thực hiện Kết luận số 120-KL/TW và Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ.",
    );
  });

  it("warn when the year in a QPPL number differs from its date", () => {
    const found = run(doc("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ;"), {}, "citation-qppl-year");
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe("warning");
    expect(found[0].message).toContain("2021");
    expect(run(doc("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;"), {}, "citation-qppl-year")).toEqual([]);
  });

  it("warn when one document is cited with two dates", () => {
    const d = doc(
      "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.",
      "Tiếp tục thực hiện Chỉ thị số 33/CT-TTg ngày 26/12/2021.",
    );
    const found = run(d, {}, "citation-date-conflict");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ paragraph: 1, excerpt: "26/12/2021" });
    expect(found[0].message).toContain("26/11/2021");
  });

  it("warn about a document replaced before the citing document's date, naming the replacement", () => {
    const cites = "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư;";
    const after = run(doc("Hà Nội, ngày 10 tháng 4 năm 2021", cites), { catalogLookup: lookup }, "citation-replaced");
    expect(after).toHaveLength(1);
    expect(after[0].message).toContain(
      "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
    );
    // Before the replacement, or with the date given by the caller, nothing or the same.
    expect(run(doc("Hà Nội, ngày 10 tháng 4 năm 2019", cites), { catalogLookup: lookup }, "citation-replaced")).toEqual(
      [],
    );
    expect(run(doc(cites), { catalogLookup: lookup, documentDate: "2024-01-01" }, "citation-replaced")).toHaveLength(1);
  });

  it("warn about a document that stopped applying before the citing document's date, without naming a successor", () => {
    const cites = "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ;";
    const after = run(doc("Hà Nội, ngày 10 tháng 4 năm 2021", cites), { catalogLookup: lookup }, "citation-replaced");
    expect(after).toHaveLength(1);
    expect(after[0].message).toBe(
      "Thông tư số 01/2011/TT-BNV đã hết hiệu lực từ ngày 05/3/2020 (trước ngày văn bản này).",
    );
    expect(run(doc("Hà Nội, ngày 10 tháng 4 năm 2019", cites), { catalogLookup: lookup }, "citation-replaced")).toEqual(
      [],
    );
  });

  it("are not evaluated without a catalog or a document date", () => {
    const rule = CITATION_RULES.find((r) => r.id === "citation-replaced") as Rule;
    const d = doc("Căn cứ Nghị định số 110/2004/NĐ-CP;");
    expect(rule.check({ doc: d, cache: new Map(), options: {} })).toBe("not-evaluated");
    expect(rule.check({ doc: d, cache: new Map(), options: { catalogLookup: lookup } })).toBe("not-evaluated");
  });

  it("list each cited document the catalog cannot date as not evaluated, once, and never as a finding", () => {
    const d = doc(
      "Hà Nội, ngày 10 tháng 4 năm 2021",
      "Căn cứ Nghị định số 30/2020/NĐ-CP và Luật số 42/2013/QH13; Nghị định số 110/2004/NĐ-CP;",
      "Thực hiện Quyết định số 12/QĐ-UBND và Luật số 42/2013/QH13.",
    );
    const items: NotEvaluatedItem[] = [];
    const ctx = { doc: d, cache: new Map<string, unknown>(), options: { catalogLookup: lookup } };
    const rule = CITATION_RULES.find((r) => r.id === "citation-replaced") as Rule;
    const found = rule.check({ ...ctx, notEvaluatedItem: (x) => void items.push(x) });
    // The replaced decree is a finding; the in-force one passes; the other two are places not evaluated.
    expect(found !== "not-evaluated" && found.map((f) => f.excerpt)).toEqual(["Nghị định số 110/2004/NĐ-CP"]);
    expect(items).toEqual([
      {
        ruleId: "citation-replaced",
        paragraph: 1,
        start: d.paragraphs[1].text.indexOf("Luật số"),
        end: d.paragraphs[1].text.indexOf("Luật số") + "Luật số 42/2013/QH13".length,
        excerpt: "Luật số 42/2013/QH13",
        code: "status-unknown",
        reason: "không rõ hiệu lực trong danh mục",
      },
      expect.objectContaining({
        paragraph: 2,
        excerpt: "Quyết định số 12/QĐ-UBND",
        code: "not-in-catalog",
        reason: "không có trong danh mục",
      }),
    ]);
  });

  it("list a replaced document without a replacement date as not evaluated, not as passed", () => {
    const entry: CatalogEntry = {
      id: "x",
      type: "Nghị định",
      symbol: "99/2010/NĐ-CP",
      date: "2010-01-01",
      issuer: "Chính phủ",
      title: "về thử",
      effective: null,
      status: "replaced",
      replacedBy: null,
      replacedOn: null,
      family: "state",
      source: "test",
    };
    const items: NotEvaluatedItem[] = [];
    const d = doc("Hà Nội, ngày 10 tháng 4 năm 2021", "Căn cứ Nghị định số 99/2010/NĐ-CP;");
    const rule = CITATION_RULES.find((r) => r.id === "citation-replaced") as Rule;
    const options = { catalogLookup: createCatalogLookup([entry]) };
    expect(rule.check({ doc: d, cache: new Map(), options, notEvaluatedItem: (x) => void items.push(x) })).toEqual([]);
    expect(items.map((x) => [x.code, x.reason])).toEqual([
      ["replacement-undated", "danh mục không ghi ngày bị thay thế"],
    ]);
  });

  it("use the catalog given, whatever it is (an organisation entry replaced by another)", () => {
    const mk = (symbol: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
      id: symbol,
      type: "Kế hoạch",
      symbol,
      date: "2020-01-01",
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
    const org = [
      mk("1/KH-UBND", { status: "replaced", replacedBy: "2/KH-UBND", replacedOn: "2021-01-01" }),
      mk("2/KH-UBND"),
    ];
    const found = run(doc("Trà Vinh, ngày 05 tháng 9 năm 2022", "Thực hiện Kế hoạch số 1/KH-UBND ngày 01/01/2020."), {
      catalogLookup: createCatalogLookup(org),
    });
    expect(found.map((f) => f.ruleId)).toEqual(["citation-replaced"]);
    expect(found[0].message).toContain("Kế hoạch số 2/KH-UBND");
  });
});
