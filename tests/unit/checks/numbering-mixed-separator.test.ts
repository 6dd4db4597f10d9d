import { numberingMixedSeparator } from "../../../src/core/checks/rules/numbering-mixed-separator";
import { applyAll, checkLines } from "./helpers";

describe("numbering/mixed-separator", () => {
  it("flags “1-” among siblings written “1.”, with a fix of the separator only", () => {
    const lines = ["I. A", "1. Mục x", "2- Mục y", "3. Mục z"];
    const f = checkLines(numberingMixedSeparator, lines);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([[2, "2-"]]);
    expect(applyAll(lines, f)).toEqual(["I. A", "1. Mục x", "2. Mục y", "3. Mục z"]);
  });
  it("flags a whole group written “1-” once when the document writes “1.”, and its fix covers the group", () => {
    const lines = ["I. A", "1. Mục x", "2. Mục y", "II. B", "1. Mục u", "2. Mục v", "III. C", "1- Mục p", "2- Mục q"];
    const f = checkLines(numberingMixedSeparator, lines);
    expect(f.map((x) => x.paragraph)).toEqual([7]);
    expect(applyAll(lines, f).slice(7)).toEqual(["1. Mục p", "2. Mục q"]);
  });
  it("accepts a document that writes “I-” throughout", () => {
    expect(checkLines(numberingMixedSeparator, ["I- A", "1- Mục x", "II- B", "1- Mục y"])).toEqual([]);
  });
  it("reads “b.” as a điểm beside “a)”, and fixes the full stop to “)”", () => {
    const lines = ["I. A", "1. Mục x", "a) Ý một", "b) Ý hai", "c. Ý ba", "2. Mục y", "a. Ý bốn"];
    const f = checkLines(numberingMixedSeparator, lines);
    expect(f.map((x) => [x.paragraph, x.excerpt])).toEqual([
      [4, "c."],
      [6, "a."],
    ]);
    expect(applyAll(lines, f).slice(4)).toEqual(["c) Ý ba", "2. Mục y", "a) Ý bốn"]);
  });
  it("does not take a sentence after an abbreviation such as “v.v.” for a điểm", () => {
    expect(checkLines(numberingMixedSeparator, ["I. A", "a) Ý một", "v.v. và các việc khác"])).toEqual([]);
  });
});
