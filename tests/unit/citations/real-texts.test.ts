/** Citation false alarms and misses seen on real texts, with examples of our own of the same kind. */
import { runChecks, type RunOptions } from "../../../src/core/checks";
import { findCitations } from "../../../src/core/citations";
import { citationSymbolConflict } from "../../../src/core/citations/rules/citation-symbol-conflict";
import { citationSymbolMalformed } from "../../../src/core/citations/rules/citation-symbol-malformed";
import { citationTypeMismatch } from "../../../src/core/citations/rules/citation-type-mismatch";
import { snapshotFromText } from "../../../src/core/model/document";

const check = (options: RunOptions, lines: string[]) => runChecks(snapshotFromText(lines.join("\n")), options).findings;

describe("a law amended by another document", () => {
  it("gives the number to the amending document, not to the law", () => {
    const [m] = findCitations("Căn cứ Luật Đất đai được sửa đổi, bổ sung bởi Nghị định số 12/2024/NĐ-CP;");
    expect(m).toMatchObject({ type: "Nghị định", symbolText: "12/2024/NĐ-CP" });
  });
  it("reports no type mismatch", () => {
    const lines = [
      "Căn cứ Luật Giá được sửa đổi, bổ sung bởi Nghị định số 85/2024/NĐ-CP;",
      "Căn cứ Luật Xây dựng đã được sửa đổi theo Thông tư số 03/2023/TT-BXD;",
    ];
    expect(check({ rules: [citationTypeMismatch] }, lines)).toEqual([]);
  });
  it("still reads a law's own number and still flags a real mismatch", () => {
    expect(findCitations("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;")[0]).toMatchObject({
      type: "Luật",
      title: "Luật Tổ chức Chính phủ",
    });
    const f = check({ rules: [citationTypeMismatch] }, ["Căn cứ Nghị định số 15/2020/TT-BTC;"]);
    expect(f).toHaveLength(1);
  });
});

describe("cited symbols with a marked letter or a dashed QH term", () => {
  it("reads “12-NQ/TƯ” and reports it, with no fix (TW and TU differ)", () => {
    const f = check({ rules: [citationSymbolMalformed] }, [
      "Thực hiện Nghị quyết số 12-NQ/TƯ ngày 05/3/2024 của Ban Thường vụ;",
      "theo Kết luận 45-KL/TƯ của Tỉnh ủy",
    ]);
    expect(f.map((x) => x.excerpt)).toEqual(["12-NQ/TƯ", "45-KL/TƯ"]);
    expect(f.every((x) => x.fix === undefined)).toBe(true);
  });
  it("fixes “QH-14” to “QH14”", () => {
    const f = check({ rules: [citationSymbolMalformed] }, ["Căn cứ Luật Đầu tư công số 39/2019/QH-14;"]);
    expect(f).toHaveLength(1);
    expect(f[0].fix?.edits[0]).toMatchObject({ expected: "39/2019/QH-14", replacement: "39/2019/QH14" });
  });
  it("leaves well-formed Party and QH symbols alone", () => {
    const lines = ["Thực hiện Nghị quyết số 57-NQ/TW và Kết luận 45-KL/TU;", "Căn cứ Luật số 39/2019/QH14;"];
    expect(check({ rules: [citationSymbolMalformed] }, lines)).toEqual([]);
  });
});

describe("citation-symbol-conflict", () => {
  it("reports the same law cited with two terms, keeping the form written most often", () => {
    const lines = [
      "Căn cứ Luật Đầu tư công số 39/2019/QH14;",
      "Thực hiện Luật Đầu tư công số 39/2019/QH14, các đơn vị báo cáo.",
      "Theo quy định của Luật số 39/2019/QH13 về đầu tư công.",
    ];
    const f = check({ rules: [citationSymbolConflict] }, lines);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([[2, "39/2019/QH13"]]);
    expect(f[0].message).toContain("“39/2019/QH14” ở đoạn 1");
  });
  it("follows the catalog when it knows one of the two forms", () => {
    const lines = ["Căn cứ Luật số 39/2019/QH13;", "Luật số 39/2019/QH14"];
    const catalogLookup = (s: string) =>
      s === "39/2019/QH14"
        ? { id: "x", symbol: s, type: "Luật", date: "2019-06-13", status: "in-force" as const }
        : undefined;
    const f = check({ rules: [citationSymbolConflict], catalogLookup }, lines);
    expect(f.map((x) => x.excerpt)).toEqual(["39/2019/QH13"]);
  });
  it("leaves different documents and a single form alone", () => {
    const lines = [
      "Căn cứ Luật số 39/2019/QH14 và Luật số 40/2019/QH14;",
      "Nghị định số 15/2020/NĐ-CP và Thông tư số 15/2020/TT-BTC;",
      "Luật số 39/2019/QH14.",
    ];
    expect(check({ rules: [citationSymbolConflict] }, lines)).toEqual([]);
  });
});
