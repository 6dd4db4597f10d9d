import { dateSlashStyle } from "../../../src/core/checks/rules/date-slash-style";
import { applyAll, checkLines } from "./helpers";

describe("date/slash-style", () => {
  it("flags the one date padded differently from the rest", () => {
    const lines = ["ngày 25/4/2017 và 14/8/2018", "ngày 16/08/2018", "ngày 15/3/2016; 02/11/2015"];
    const f = checkLines(dateSlashStyle, lines);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([[1, "16/08/2018"]]);
    expect(applyAll(lines, f)[1]).toBe("ngày 16/8/2018");
  });
  it("accepts a document written dd/mm/yyyy throughout, and decides nothing on a tie", () => {
    expect(checkLines(dateSlashStyle, ["05/09/2018", "16/08/2018"])).toEqual([]);
    expect(checkLines(dateSlashStyle, ["16/8/2018", "16/08/2018"])).toEqual([]);
  });
});
