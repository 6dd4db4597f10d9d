/**
 * Numbering as drafters really type it: tabs, spaces and non-breaking spaces before or after the number, numbers in
 * table cells and tab-separated rows, long Roman sequences. A number the reader is unsure of is never reported,
 * never renumbered, and never a reason to renumber anything else.
 */
import { runChecks } from "../../../src/core/checks";
import type { DocumentSnapshot, ParagraphSnapshot } from "../../../src/core/model/document";
import { snapshotFromText } from "../../../src/core/model/document";
import { analyzeNumbering, formatNumber, renumber } from "../../../src/core/numbering";
import { analyzeStructure } from "../../../src/core/structure";
import { toRoman } from "../../../src/core/rules/sequences";

/** A .docx-like snapshot: one paragraph per entry; entries marked `cell` sit in a table. */
function docxSnapshot(lines: readonly (string | { cell: string })[]): DocumentSnapshot {
  const paragraphs: ParagraphSnapshot[] = lines.map((l, index) =>
    typeof l === "string"
      ? { index, text: l, inTable: false }
      : { index, text: l.cell, inTable: true, cell: { table: 0, row: index, cell: 0 } },
  );
  return { source: "docx", paragraphs, hasFormatting: false };
}

const numberingFindings = (doc: DocumentSnapshot) =>
  runChecks(doc).findings.filter((f) => f.ruleId.startsWith("numbering/"));

const HEAD = ["QUYẾT ĐỊNH:", "Điều 1. Phê duyệt các nội dung sau:"];

describe("typed numbers that survive real typing", () => {
  it.each([
    ["a tab before every number", ["\t1. Nội dung một", "\t2. Nội dung hai", "\t3. Nội dung ba"]],
    ["a tab before the first number only", ["\t1. Nội dung một", "2. Nội dung hai", "3. Nội dung ba"]],
    ["a tab after the number", ["1.\tNội dung một", "2.\tNội dung hai", "3. Nội dung ba"]],
    ["non-breaking spaces", ["\u00a01.\u00a0Nội dung một", "\u00a0\u00a02.\u00a0Nội dung hai", "3. Nội dung ba"]],
    ["mixed leads", ["\t1. Nội dung một", "  2. Nội dung hai", "\u00a03.\tNội dung ba", "\t\t4. Nội dung bốn"]],
  ])("%s: every item is a sure heading and nothing is reported", (_name, items) => {
    for (const doc of [docxSnapshot([...HEAD, ...items]), snapshotFromText([...HEAD, ...items].join("\n"))]) {
      const s = analyzeStructure(doc);
      const arabic = s.headings.filter((h) => h.style === "arabic");
      expect(arabic.map((h) => [h.number, h.confidence])).toEqual(items.map((_, i) => [String(i + 1), "sure"]));
      expect(numberingFindings(doc)).toEqual([]);
      expect(renumber(doc)).toEqual([]);
    }
  });

  it("points after a tab or a non-breaking space are read, and a wrong one is still found", () => {
    const doc = docxSnapshot([...HEAD, "\t1. Một", "\ta)\u00a0Điểm a", "\tb)\tĐiểm b", "\td) Điểm sai"]);
    const f = numberingFindings(doc);
    expect(f.map((x) => [x.ruleId, x.paragraph, x.fix?.edits.map((e) => e.kind === "text" && e.replacement)])).toEqual([
      ["numbering/gap", 5, [["c"]].flat()],
    ]);
  });

  it("a tab-separated row of plain text is a table row: its number is unsure and never reported", () => {
    const doc = snapshotFromText(
      [...HEAD, "1. Nội dung một", "5.\tNguyễn Văn A\tTrưởng phòng", "2. Nội dung hai"].join("\n"),
    );
    const s = analyzeStructure(doc);
    expect(s.headings.filter((h) => h.confidence === "unsure").map((h) => [h.paragraph, h.doubt])).toEqual([
      [3, "tab-row"],
    ]);
    expect(numberingFindings(doc)).toEqual([]);
  });
});

describe("numbers in table cells", () => {
  it("a first item typed in a table cell does not make the next ones a wrong start", () => {
    const doc = docxSnapshot([...HEAD, { cell: "1. Nội dung trong bảng" }, "2. Nội dung hai", "3. Nội dung ba"]);
    expect(numberingFindings(doc)).toEqual([]);
    expect(renumber(doc)).toEqual([]);
  });

  it("a numbered table inside a sequence neither breaks it nor is renumbered", () => {
    const doc = docxSnapshot([
      ...HEAD,
      "1. Một",
      "2. Hai",
      { cell: "1. Hàng một" },
      { cell: "2. Hàng hai" },
      { cell: "3. Hàng ba" },
      "3. Ba",
      "4. Bốn",
    ]);
    expect(numberingFindings(doc)).toEqual([]);
    expect(renumber(doc)).toEqual([]);
  });

  it("a real error beside an unsure number is reported, but not fixed: the sequence is not unambiguous", () => {
    const doc = docxSnapshot([...HEAD, "1. Một", "2. Hai", { cell: "7. Trong bảng" }, "4. Bốn"]);
    const issues = analyzeNumbering(analyzeStructure(doc));
    expect(issues.map((i) => [i.kind, i.heading.paragraph, i.certain])).toEqual([["gap", 5, false]]);
    const f = numberingFindings(doc);
    expect(f.map((x) => [x.ruleId, x.paragraph])).toEqual([["numbering/gap", 5]]);
    expect(f[0].fix).toBeUndefined();
    expect(renumber(doc)).toEqual([]);
  });

  it("without the unsure number the same error is fixed as before", () => {
    const doc = docxSnapshot([...HEAD, "1. Một", "2. Hai", "4. Bốn"]);
    const f = numberingFindings(doc);
    expect(f.map((x) => x.fix?.edits)).toEqual([
      [{ kind: "text", paragraph: 4, start: 0, end: 1, expected: "4", replacement: "3" }],
    ]);
  });
});

describe("Roman numerals", () => {
  const romanDoc = (n: number, at = (i: number) => toRoman(i)) =>
    snapshotFromText(
      ["BÁO CÁO", ...Array.from({ length: n }, (_, k) => `${at(k + 1)}. NỘI DUNG MỤC ${k + 1}`)].join("\n"),
    );

  it("I … XXXIX (XXXVIII has seven letters) is read whole: nothing to report, renumber is a no-op", () => {
    const doc = romanDoc(39);
    const s = analyzeStructure(doc);
    expect(s.headings.map((h) => h.value)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(numberingFindings(doc)).toEqual([]);
    expect(renumber(doc)).toEqual([]);
  });

  it("numerals with L, C, D and M are read when canonical (XL, LXXXVIII, CXC)", () => {
    const doc = romanDoc(190);
    expect(analyzeStructure(doc).headings).toHaveLength(190);
    expect(numberingFindings(doc)).toEqual([]);
  });

  it("a lone C. or D. is a part letter unless it continues a Roman sequence; a non-canonical L/C/D/M numeral is no heading", () => {
    const s = analyzeStructure(snapshotFromText(["C. CÔNG TÁC", "XCX. TIÊU ĐỀ", "IIII. TIÊU ĐỀ"].join("\n")));
    expect(s.headings.map((h) => [h.style, h.number, h.value])).toEqual([
      ["part-letter", "C", 3],
      ["roman", "IIII", undefined],
    ]);
    const after = analyzeStructure(snapshotFromText(["XCIX. TIÊU ĐỀ", "C. TIÊU ĐỀ"].join("\n")));
    expect(after.headings.map((h) => [h.style, h.value])).toEqual([
      ["roman", 99],
      ["roman", 100],
    ]);
  });

  it("4,000 Roman headings at one level do not throw; the ones past 3999 are not renumbered", () => {
    const doc = romanDoc(4001, () => "I");
    expect(() => runChecks(doc)).not.toThrow();
    const edits = renumber(doc);
    expect(edits).toHaveLength(3998);
    expect(Math.max(...edits.map((e) => e.paragraph))).toBe(3999);
    const last = numberingFindings(doc).filter((f) => f.paragraph === 4001);
    expect(last.map((f) => [f.ruleId, f.fix])).toEqual([["numbering/duplicate", undefined]]);
  });

  it("formatNumber gives undefined past what a style can write", () => {
    expect(formatNumber("roman", 3999)).toBe("MMMCMXCIX");
    expect(formatNumber("roman", 4000)).toBeUndefined();
    expect(formatNumber("part-letter", 27)).toBeUndefined();
    expect(formatNumber("arabic", 4000)).toBe("4000");
  });
});
