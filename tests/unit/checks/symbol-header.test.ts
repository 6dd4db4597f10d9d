import { symbolDraftBlank } from "../../../src/core/checks/rules/symbol-draft-blank";
import { symbolForm } from "../../../src/core/checks/rules/symbol-form";
import { symbolLeadingZero } from "../../../src/core/checks/rules/symbol-leading-zero";
import { symbolTypeMismatch } from "../../../src/core/checks/rules/symbol-type-mismatch";
import { applyAll, checkLines } from "./helpers";

const doc = (so: string, title = "BÁO CÁO") => [so, "Trà Vinh, ngày 05 tháng 9 năm 2018", title, "Về việc"];

describe("own header số/ký hiệu", () => {
  it("accepts a well-formed number", () => {
    for (const r of [symbolDraftBlank, symbolForm, symbolLeadingZero, symbolTypeMismatch]) {
      expect(checkLines(r, doc("Số: 1183/BC-STTTT"))).toEqual([]);
    }
  });
  it("reports a blank draft number as information only", () => {
    const f = checkLines(symbolDraftBlank, doc("Số: /BC-STTTT-VP"));
    expect(f.map((x) => x.severity)).toEqual(["info"]);
    expect(checkLines(symbolLeadingZero, doc("Số: /BC-STTTT-VP"))).toEqual([]);
  });
  it("requires a leading zero below 10", () => {
    const lines = doc("Số: 5/BC-UBND");
    const f = checkLines(symbolLeadingZero, lines);
    expect(f[0].message).toContain("“05”");
    expect(applyAll(lines, f)[0]).toBe("Số: 05/BC-UBND");
  });
  it("fixes the colon and space after “Số”", () => {
    const lines = doc("Số:1183/BC-STTTT-VP");
    const f = checkLines(symbolForm, lines);
    expect(f).toHaveLength(1);
    expect(applyAll(lines, f)[0]).toBe("Số: 1183/BC-STTTT-VP");
  });
  it("flags a type abbreviation that does not match tên loại", () => {
    const f = checkLines(symbolTypeMismatch, doc("Số: 12/QĐ-UBND", "KẾ HOẠCH"));
    expect(f[0].message).toBe("Ký hiệu “QĐ” không khớp tên loại “Kế hoạch”; chữ viết tắt của kế hoạch là “KH”.");
  });
  it("accepts a Party number in the Party form and flags a colon in it", () => {
    expect(checkLines(symbolTypeMismatch, doc("Số 05-BC/ĐU"))).toEqual([]);
    expect(checkLines(symbolForm, doc("Số 05-BC/ĐU"))).toEqual([]);
    expect(checkLines(symbolForm, doc("Số: 05-BC/ĐU")).map((x) => x.message)).toEqual([
      "Số văn bản của Đảng viết “Số 57-NQ/TW”, không có dấu hai chấm.",
    ]);
  });
  it("reads a QPPL number: the type follows the year", () => {
    expect(checkLines(symbolTypeMismatch, doc("Số: 15/2020/QĐ-UBND", "QUYẾT ĐỊNH"))).toEqual([]);
    const f = checkLines(symbolTypeMismatch, doc("Số: 15/2020/NQ-UBND", "QUYẾT ĐỊNH"));
    expect(f.map((x) => x.excerpt)).toEqual(["NQ"]);
    expect(checkLines(symbolForm, doc("Số: 15/2020/QĐ-UBND", "QUYẾT ĐỊNH"))).toEqual([]);
  });
});
