import { dateDraftBlank } from "../../../src/core/checks/rules/date-draft-blank";
import { checkLines } from "./helpers";

describe("date/draft-blank", () => {
  it("reports blank days as information", () => {
    const f = checkLines(dateDraftBlank, ["Trà Vinh, ngày tháng 6 năm 2022", "Tây Ninh, ngày   tháng   năm 2024"]);
    expect(f.map((x) => [x.paragraph, x.severity])).toEqual([
      [0, "info"],
      [1, "info"],
    ]);
  });
  it("says nothing on a full date", () => {
    expect(checkLines(dateDraftBlank, ["Trà Vinh, ngày 05 tháng 9 năm 2018"])).toEqual([]);
  });
});
