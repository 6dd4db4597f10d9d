import { dateWordsZero } from "../../../src/core/checks/rules/date-words-zero";
import { applyAll, checkLines } from "./helpers";

describe("date/words-zero", () => {
  it("removes the zero from months 3–12 and adds it to days below 10 and months 1–2", () => {
    const lines = [
      "ngày 25 tháng 03 năm 2024",
      "ngày 5 tháng 1 năm 2024",
      "ngày 05 tháng 9 năm 2018, ngày 16 tháng 01 năm 2024",
    ];
    const f = checkLines(dateWordsZero, lines);
    expect(f.map((x) => x.paragraph)).toEqual([0, 1]);
    expect(f[0].message).toContain("“ngày 25 tháng 3 năm 2024”");
    expect(applyAll(lines, f)).toEqual(["ngày 25 tháng 3 năm 2024", "ngày 05 tháng 01 năm 2024", lines[2]]);
  });
  it("leaves blank draft dates to date/draft-blank", () => {
    expect(checkLines(dateWordsZero, ["Trà Vinh, ngày tháng 6 năm 2022"])).toEqual([]);
  });
});
