/**
 * Text typed in decomposed Unicode (Unikey's "Unicode tổ hợp"): every finding's range, excerpt and fix refer
 * to the text as typed, not to its NFC copy.
 */
import { runChecks } from "../../../src/core/checks";
import { findCitations } from "../../../src/core/citations";
import { nfcWithOffsets } from "../../../src/core/model/nfc-offsets";
import { snapshotFromText } from "../../../src/core/model/document";
import { applyTextEdits, type TextEdit } from "../../../src/core/model/edits";
import { citationTypeMismatch } from "../../../src/core/citations/rules/citation-type-mismatch";
import { symbolLeadingZero } from "../../../src/core/checks/rules/symbol-leading-zero";
import { dateWordsZero } from "../../../src/core/checks/rules/date-words-zero";
import { encodingNonNfc } from "../../../src/core/checks/rules/encoding-non-nfc";

const nfd = (s: string) => s.normalize("NFD");

describe("nfcWithOffsets", () => {
  it("maps every boundary of the NFC text back to the same boundary in the decomposed text", () => {
    const original = nfd("Điều 5. Quyết định số 12/QĐ-UBND của Ủy ban");
    const n = nfcWithOffsets(original);
    expect(n.text).toBe(original.normalize("NFC"));
    expect(n.identity).toBe(false);
    const word = "Quyết định";
    const s = n.text.indexOf(word);
    const e = s + word.length;
    expect(original.slice(n.toOriginal(s), n.toOriginal(e)).normalize("NFC")).toBe(word);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    expect(n.toOriginal(0)).toBe(0);
  });
  it("is the identity on NFC text", () => {
    const n = nfcWithOffsets("Việt Nam");
    expect(n.identity).toBe(true);
    expect(n.toOriginal(3)).toBe(3);
  });
});

describe("findings on decomposed text point into the text as typed", () => {
  const prefix = nfd("Thực hiện các nội dung theo ");
  it("citations: findCitations gives offsets in the input", () => {
    const text = `${prefix}${nfd("Quyết định số 36/NQ-CP ngày 05 tháng 3 năm 2020")}`;
    const [m] = findCitations(text);
    expect(m.start).toBe(prefix.length);
    expect(text.slice(m.symbolStart, m.symbolEnd)).toBe("36/NQ-CP");
    expect(text.slice(m.typeStart, m.typeEnd).normalize("NFC")).toBe("Quyết định");
  });
  it("citation rule: column and excerpt are the original slice", () => {
    const line = `${prefix}${nfd("Quyết định số 36/NQ-CP")} về việc khác.`;
    const [f] = runChecks(snapshotFromText(line), { rules: [citationTypeMismatch] }).findings;
    expect(f.start).toBe(prefix.length);
    expect(f.excerpt).toBe(line.slice(f.start, f.end));
    expect(f.excerpt.normalize("NFC")).toBe("Quyết định số 36/NQ-CP");
  });
  it("symbol rule: the fix edits the original offsets and expects the original text", () => {
    const lines = [nfd("ỦY BAN NHÂN DÂN"), nfd("Số: 5/BC-UBND")];
    const [f] = runChecks(snapshotFromText(lines.join("\n")), { rules: [symbolLeadingZero] }).findings;
    expect(f.excerpt).toBe("5");
    expect(lines[1].slice(f.start, f.end)).toBe("5");
    const fixed = applyTextEdits(lines, f.fix!.edits as TextEdit[]);
    expect(fixed[1]).toBe(nfd("Số: 05/BC-UBND"));
  });
  it("date rule: excerpt equals the original slice and the fix applies to the decomposed line", () => {
    const line = nfd("Hà Nội, ngày 5 tháng 03 năm 2025");
    const [f] = runChecks(snapshotFromText(line), { rules: [dateWordsZero] }).findings;
    expect(f.excerpt).toBe(line.slice(f.start, f.end));
    expect(f.excerpt.normalize("NFC")).toBe("ngày 5 tháng 03 năm 2025");
    const [fixed] = applyTextEdits([line], f.fix!.edits as TextEdit[]);
    expect(fixed.normalize("NFC")).toBe("Hà Nội, ngày 05 tháng 3 năm 2025");
  });
});

describe("encoding/non-nfc: one finding per paragraph", () => {
  it("counts the letters in the message and its fix normalises them all", () => {
    const lines = [nfd("Ủy ban nhân dân tỉnh Đồng Tháp"), "Việt Nam", nfd("Hà Nội")];
    const f = runChecks(snapshotFromText(lines.join("\n")), { rules: [encodingNonNfc] }).findings;
    expect(f.map((x) => x.paragraph)).toEqual([0, 2]);
    expect(f[0].message).toMatch(/^6 chữ/);
    expect(f[1].message).toMatch(/^2 chữ/);
    const fixed = applyTextEdits(lines, f.flatMap((x) => x.fix!.edits) as TextEdit[]);
    expect(fixed).toEqual(lines.map((l) => l.normalize("NFC")));
  });
});
