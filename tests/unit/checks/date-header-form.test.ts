import { dateHeaderForm } from "../../../src/core/checks/rules/date-header-form";
import { checkLines } from "./helpers";

describe("date/header-form", () => {
  it("wants the words form on the place and date line", () => {
    const f = checkLines(dateHeaderForm, ["Số: 01/BC-UBND", "Hà Nội, ngày 05/3/2020", "BÁO CÁO"]);
    expect(f.map((x) => x.excerpt)).toEqual(["ngày 05/3/2020"]);
    expect(checkLines(dateHeaderForm, ["Số: 01/BC-UBND", "Hà Nội, ngày 05 tháng 3 năm 2020"])).toEqual([]);
  });
});
