import { dateInvalid } from "../../../src/core/checks/rules/date-invalid";
import { checkLines } from "./helpers";

describe("date/invalid", () => {
  it("flags a missing month, 30/02 and 31 April in words", () => {
    const f = checkLines(dateInvalid, [
      "Quyết định số 40/QĐ-STTTT ngày 30//2022 về",
      "Kế hoạch ngày 30/02/2022",
      "ngày 31 tháng 4 năm 2023",
    ]);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([
      [0, "30//2022"],
      [1, "30/02/2022"],
      [2, "ngày 31 tháng 4 năm 2023"],
    ]);
    expect(f[0].message).toContain("thiếu tháng");
  });
  it("leaves valid dates, URLs, symbols and quarters alone", () => {
    const f = checkLines(dateInvalid, [
      "ngày 29/02/2024 và 15/7/2021",
      "http://motcua.travinh.gov.vn/12/3/2020",
      "Quyết định số 1629/QĐ-UBND; quý III/2018; 36a/NQ-CP",
    ]);
    expect(f).toEqual([]);
  });
});

describe("date/invalid on historical dates", () => {
  it("accepts real dates before 1945 such as 03/02/1930", () => {
    expect(checkLines(dateInvalid, ["thành lập ngày 03/02/1930", "ngày 19 tháng 8 năm 1945"])).toEqual([]);
  });
});
