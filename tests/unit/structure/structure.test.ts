import { analyzeStructure, matchHeading } from "../../../src/core/structure";
import { snapshotFromText } from "../../../src/core/model/document";
import { lineOf, readSeed } from "../checks/seed-expectations";

const tree = (text: string) => {
  const s = analyzeStructure(snapshotFromText(text));
  return s.headings.map((h) => ({
    line: h.paragraph + 1,
    marker: `${h.number}${h.separator}`,
    style: h.style,
    parentLine: h.parent >= 0 ? s.headings[h.parent].paragraph + 1 : 0,
    sure: h.confidence === "sure",
  }));
};

describe("matchHeading", () => {
  it.each([
    ["I. NỘI DUNG THỰC HIỆN", "roman", "I"],
    ["  II- KẾT QUẢ", "roman", "II"],
    ["A. CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "part-letter", "A"],
    ["1. Quán triệt, học tập", "arabic", "1"],
    ["2- Tiếp tục chỉ đạo", "arabic", "2"],
    ["1.2. Kết quả", "decimal", "2"],
    ["a) Ứng dụng CNTT", "letter", "a"],
    ["đ) Điểm thứ năm", "letter", "đ"],
    ["Phần II", "phan", "II"],
    ["Chương III", "chuong", "III"],
    ["Mục 2", "muc-word", "2"],
    ["Điều 5. Hiệu lực thi hành", "dieu", "5"],
    ["Phụ lục 3", "appendix", "3"],
  ])("recognises %s", (text, style, number) => {
    expect(matchHeading(text)).toMatchObject({ style, number });
  });
  it.each([
    "2019.",
    "- Thông qua hệ thống",
    "+ Hệ thống",
    "**. Về Ứng dụng",
    "*. Về ứng dụng",
    "Ai. nói",
    "1.858 thủ tục",
    "A. b",
  ])("does not take %s for a heading", (text) => {
    expect(matchHeading(text)).toBeUndefined();
  });
  it("gives the number's own characters for renumbering", () => {
    const m = matchHeading("   12. Kết quả");
    expect(m).toMatchObject({ numStart: 3, numEnd: 5, markerEnd: 6, title: "Kết quả" });
  });
});

describe("structure of the seeds", () => {
  it("000: header parts, title, and section I running 1..6 with the repeated 5. under it", () => {
    const text = readSeed("000");
    const s = analyzeStructure(snapshotFromText(text));
    expect(s.soLine?.paragraph).toBe(2);
    expect(s.placeDateLine?.paragraph).toBe(4);
    expect(s.documentType?.abbr).toBe("BC");
    expect(s.noiNhanLine?.paragraph).toBe(lineOf(text, "Nơi nhận") - 1);
    const t = tree(text);
    const underI = t.filter((h) => h.parentLine === 13).map((h) => [h.line, h.marker]);
    expect(underI).toEqual([
      [15, "1."],
      [23, "2."],
      [39, "3."],
      [45, "4."],
      [59, "5."],
      [91, "5."],
      [99, "6."],
    ]);
    expect(t.filter((h) => h.parentLine === 0).map((h) => h.marker)).toEqual(["I.", "II.", "III."]);
  });
  it("001: parts A./B. each restart I., the Phụ lục restarts again, table rows are not outline headings", () => {
    const text = readSeed("001");
    const s = analyzeStructure(snapshotFromText(text));
    const t = tree(text);
    const a = lineOf(text, "A. CÔNG TÁC");
    const b = lineOf(text, "B. CÔNG TÁC");
    const pl = text.split(/\r\n|\n|\r/).findIndex((l) => /^Phụ lục\s+\d+\s*$/u.test(l.trim())) + 1;
    expect(pl).toBeGreaterThan(b);
    expect(t.filter((h) => h.parentLine === a).map((h) => h.marker)).toEqual(["I.", "II.", "III.", "IV.", "V."]);
    expect(t.filter((h) => h.parentLine === b).map((h) => h.marker)).toEqual(["I.", "II.", "III.", "IV.", "V."]);
    expect(t.filter((h) => h.parentLine === pl).map((h) => h.marker)).toEqual(["I.", "II."]);
    expect(s.appendixStart).toBe(pl - 1);
    const row = lineOf(text, "5.1 Mức độ 1");
    expect(s.tableParagraphs.has(row - 1)).toBe(true);
    // A number at the start of a tab-separated row is read, but only as an unsure heading.
    expect(t.filter((h) => h.line === row).map((h) => h.sure)).toEqual([false]);
    expect(s.signatureLines).toContain(lineOf(text, "KT.GIÁM ĐỐC") - 1);
  });
  it("004: title on the same line as the trích yếu gives the type", () => {
    const s = analyzeStructure(snapshotFromText(readSeed("004")));
    expect(s.documentType?.abbr).toBe("KH");
    expect(s.headings.filter((h) => h.style === "roman").map((h) => h.number)).toEqual(["I", "II", "III", "IV"]);
  });
  it("reads a third part “C.” as a part letter, not Roman 100", () => {
    const t = tree(["A. MỘT", "I. MỤC", "B. HAI", "I. MỤC", "C. BA", "I. MỤC"].join("\n"));
    expect(t.map((h) => [h.style, h.marker])).toEqual([
      ["part-letter", "A."],
      ["roman", "I."],
      ["part-letter", "B."],
      ["roman", "I."],
      ["part-letter", "C."],
      ["roman", "I."],
    ]);
  });
  it("treats a wrapped line that is only a year as text", () => {
    const t = tree(["I. KẾT QUẢ", "1. Việc một kéo dài đến năm", "2019.", "2. Việc hai"].join("\n"));
    expect(t.map((h) => h.marker)).toEqual(["I.", "1.", "2."]);
  });
});

describe("header lines", () => {
  it("takes “Số lượng …” for text, not for the số, ký hiệu line", () => {
    const s = analyzeStructure(snapshotFromText("Số lượng cán bộ tham gia\nSố: 05/BC-UBND"));
    expect(s.soLine?.paragraph).toBe(1);
  });
});
