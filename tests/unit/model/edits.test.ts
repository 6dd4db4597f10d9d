import { applyTextEdits, dropOverlapping, orderForApplication, type TextEdit } from "../../../src/core/model/edits";

const edit = (paragraph: number, start: number, end: number, expected: string, replacement: string): TextEdit => ({
  kind: "text",
  paragraph,
  start,
  end,
  expected,
  replacement,
});

describe("text edits", () => {
  it("applies several edits in one paragraph without shifting each other", () => {
    const out = applyTextEdits(["5. Một; 5. Hai"], [edit(0, 0, 1, "5", "6"), edit(0, 8, 9, "5", "7")]);
    expect(out).toEqual(["6. Một; 7. Hai"]);
  });

  it("orders edits from the end of the document backwards", () => {
    const ordered = orderForApplication([edit(0, 1, 2, "", ""), edit(2, 0, 1, "", ""), edit(2, 5, 6, "", "")]);
    expect(ordered.map((e) => [e.paragraph, e.start])).toEqual([
      [2, 5],
      [2, 0],
      [0, 1],
    ]);
  });

  it("keeps the first of two overlapping edits", () => {
    const kept = dropOverlapping([edit(0, 0, 3, "abc", "x"), edit(0, 2, 4, "cd", "y"), edit(0, 3, 4, "d", "z")]);
    expect(kept.map((e) => e.replacement)).toEqual(["x", "z"]);
  });

  it("refuses an edit whose expected text is no longer there, so user text is never lost", () => {
    expect(() => applyTextEdits(["Kết quả"], [edit(0, 0, 1, "5", "6")])).toThrow(/expected "5"/);
    expect(() => applyTextEdits(["a"], [edit(3, 0, 0, "", "x")])).toThrow(/paragraph 4/);
  });
});
