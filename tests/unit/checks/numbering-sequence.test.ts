import { numberingDuplicate } from "../../../src/core/checks/rules/numbering-duplicate";
import { numberingGap } from "../../../src/core/checks/rules/numbering-gap";
import { numberingRomanInvalid } from "../../../src/core/checks/rules/numbering-roman-invalid";
import { numberingShifted } from "../../../src/core/checks/rules/numbering-shifted";
import { numberingStart } from "../../../src/core/checks/rules/numbering-start";
import { applyAll, checkLines } from "./helpers";

const DOC = [
  "BÁO CÁO",
  "I. KẾT QUẢ",
  "1. Một",
  "2. Hai",
  "2. Ba",
  "3. Bốn",
  "II. TỒN TẠI",
  "1. Năm",
  "3. Sáu",
  "4. Bảy",
];

describe("numbering sequence rules", () => {
  it("flags the second “2.” as a duplicate with the right next number and the paragraph of the first", () => {
    const f = checkLines(numberingDuplicate, DOC);
    expect(f).toHaveLength(1);
    expect(f[0].paragraph).toBe(4);
    expect(f[0].message).toBe("Số thứ tự mục trùng: đã có “2.” ở đoạn 4; mục này nên là “3.”.");
    expect(f[0].severity).toBe("error");
  });
  it("flags numbers shifted by the duplicate", () => {
    const f = checkLines(numberingShifted, DOC);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([
      [5, "3."],
      [9, "4."],
    ]);
  });
  it("flags a gap once, and what follows it as shifted", () => {
    expect(checkLines(numberingGap, DOC).map((x) => x.paragraph)).toEqual([8]);
    expect(checkLines(numberingShifted, DOC).map((x) => x.paragraph)).toEqual([5, 9]);
  });
  it("fixes by editing only the number characters; a second run is clean", () => {
    const all = [numberingDuplicate, numberingShifted, numberingGap].flatMap((r) => checkLines(r, DOC));
    const fixed = applyAll(DOC, all);
    expect(fixed).toEqual([
      "BÁO CÁO",
      "I. KẾT QUẢ",
      "1. Một",
      "2. Hai",
      "3. Ba",
      "4. Bốn",
      "II. TỒN TẠI",
      "1. Năm",
      "2. Sáu",
      "3. Bảy",
    ]);
    for (const r of [numberingDuplicate, numberingShifted, numberingGap]) expect(checkLines(r, fixed)).toEqual([]);
  });
  it("flags a first item that does not start at 1", () => {
    const f = checkLines(numberingStart, ["I. MỘT", "2. Hai", "3. Ba"]);
    expect(f.map((x) => x.message)).toEqual(["Mục đầu tiên ở cấp này phải bắt đầu từ “1.”, không phải “2.”."]);
  });
  it("flags an invalid Roman numeral and proposes the right one", () => {
    const f = checkLines(numberingRomanInvalid, ["I. MỘT", "II. HAI", "IIII. BA"]);
    expect(f).toHaveLength(1);
    expect(f[0].fix?.edits[0]).toMatchObject({ expected: "IIII", replacement: "III" });
  });
  it("restarts numbering under each parent and keeps điểm letters in Vietnamese order", () => {
    const lines = [
      "I. A",
      "1. Một",
      "a) m",
      "b) n",
      "c) o",
      "d) p",
      "đ) q",
      "e) r",
      "2. Hai",
      "a) s",
      "II. B",
      "1. Ba",
    ];
    for (const r of [numberingDuplicate, numberingGap, numberingShifted, numberingStart])
      expect(checkLines(r, lines)).toEqual([]);
    expect(checkLines(numberingGap, ["1. Một", "a) m", "b) n", "d) p"]).map((f) => f.message)).toEqual([
      "Số thứ tự mục bị nhảy: sau “b)” (đoạn 3) là “d)”; mục này nên là “c)”.",
    ]);
  });
});
