/**
 * What the seeds README lists: the mistakes a checker must find (with their line) and the right things it must
 * not flag. Shared by the .txt tests and the .docx render tests. Only locations and rule ids live here; the seed
 * text is read from the shared folder at test time (./seeds).
 */
import { allRules, type Finding } from "../../src/core/checks";

/** 1-based line of the first line containing `needle` (after `from`), to locate README items without copying text. */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = from; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}

export const at = (findings: readonly Finding[], line: number, ruleId?: string): Finding[] =>
  findings.filter((f) => f.paragraph + 1 === line && (!ruleId || f.ruleId === ruleId));

const ERRORS_OR_WARNINGS = (f: Finding) => f.severity !== "info";

/** Asserts every README item against the findings of one seed (as .txt or as .docx). */
/** Rules that judge layout or formatting: they run on a .docx only. */
export const FORMATTING_RULES: ReadonlySet<string> = new Set(
  allRules()
    .filter((r) => r.meta.needsFormatting)
    .map((r) => r.id),
);

export function expectSeedFindings(prefix: "000" | "001" | "004", text: string, all: readonly Finding[]): void {
  // Layout and formatting findings (a .docx from LibreOffice's text import is not laid out per the decree) are
  // judged elsewhere.
  const findings = all.filter((f) => !FORMATTING_RULES.has(f.ruleId));
  const lines = text.split(/\r\n|\n|\r/);
  if (prefix === "000") {
    // Line 91: the second "5." under section I, after the one at line 59; later numbers are off by one.
    const dup = at(findings, 91, "numbering/duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0].message).toContain("đoạn 59");
    expect(dup[0].message).toContain("“6.”");
    expect(at(findings, 99, "numbering/shifted")).toHaveLength(1);
    expect(at(findings, 59).filter((f) => f.ruleId.startsWith("numbering/"))).toHaveLength(0);
    // The date with no month, twice.
    const noMonth = findings.filter((f) => f.ruleId === "date/invalid" && f.excerpt === "30//2022");
    const expected = lines.flatMap((l, i) => (l.includes("30//2022") ? [i + 1] : []));
    expect(expected).toHaveLength(2);
    expect(noMonth.map((f) => f.paragraph + 1)).toEqual(expected);
    // 80.5231 breaks the grouping.
    const grouping = findings.filter((f) => f.ruleId === "number/thousands");
    expect(grouping.map((f) => [f.paragraph + 1, f.excerpt])).toEqual([[lineOf(text, "80.5231"), "80.5231"]]);
    // The draft's blank number and blank day are information, never errors or warnings.
    expect(at(findings, lineOf(text, "Số: /BC-STTTT-VP")).map((f) => f.severity)).toEqual(["info"]);
    expect(at(findings, lineOf(text, "ngày tháng 6 năm 2022")).map((f) => f.severity)).toEqual(["info"]);
  }
  if (prefix === "001") {
    // 16/08/2018 pads the month while the document writes 16/8-style dates.
    const style = findings.filter((f) => f.ruleId === "date/slash-style");
    expect(style.map((f) => [f.paragraph + 1, f.excerpt])).toEqual([[lineOf(text, "16/08/2018"), "16/08/2018"]]);
    // Parts A./B. restart I.; the Phụ lục restarts again; table rows "5.1 Mức độ 1" are not headings.
    const numbering = findings.filter(
      (f) => f.ruleId.startsWith("numbering/") && f.ruleId !== "numbering/mixed-separator",
    );
    expect(numbering).toEqual([]);
    const appendix = lines.findIndex((l) => /^Phụ lục\s+\d+\s*$/u.test(l.trim())) + 1;
    expect(appendix).toBeGreaterThan(0);
    for (const l of [lineOf(text, "B. CÔNG TÁC"), lineOf(text, "5.1 Mức độ 1"), appendix, appendix + 4]) {
      expect(at(findings, l)).toEqual([]);
    }
    // Quyết định with a Nghị quyết ký hiệu (the citation rules find it).
    const l36 = lineOf(text, "36a/NQ-CP");
    expect(at(findings, l36).some((f) => f.severity === "error" && f.excerpt.includes("36a/NQ-CP"))).toBe(true);
  }
  if (prefix === "004") {
    // Line 9: "tháng 03" in the words form.
    const zero = at(findings, 9, "date/words-zero");
    expect(zero.map((f) => f.excerpt)).toEqual(["ngày 25 tháng 03 năm 2024"]);
    expect(zero[0].fix?.edits).toEqual([expect.objectContaining({ expected: "03", replacement: "3" })]);
    // Right words-form dates on the same line are not flagged.
    expect(findings.some((f) => f.excerpt.includes("ngày 16 tháng 01 năm 2024"))).toBe(false);
    expect(findings.some((f) => f.excerpt.includes("ngày 18 tháng 3 năm 2024"))).toBe(false);
    // Blank draft number and day: information only.
    expect(at(findings, 3).map((f) => f.severity)).toEqual(["info"]);
    expect(at(findings, 5).map((f) => f.severity)).toEqual(["info"]);
  }
  // Party symbols in the Party format are right.
  for (const sym of ["1167-QĐ/TU", "25-NQ/TW", "05-CTr/BDVTU-BCSĐ", "01-QĐi/TW"]) {
    expect(findings.filter((f) => f.excerpt.includes(sym) && ERRORS_OR_WARNINGS(f))).toEqual([]);
  }
  // A 2022 report may cite Nghị định 04/2015/NĐ-CP: it was replaced only later.
  expect(findings.filter((f) => f.excerpt.includes("04/2015/NĐ-CP") && ERRORS_OR_WARNINGS(f))).toEqual([]);
  // No seed has encoding damage, a broken quốc hiệu or a wrong "Nơi nhận:".
  expect(findings.filter((f) => /^(encoding|fixed-string\/(quoc-hieu|tieu-ngu|noi-nhan))/.test(f.ruleId))).toEqual([]);
}
