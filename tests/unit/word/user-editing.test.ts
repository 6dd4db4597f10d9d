/**
 * The playground's keyboard on the fake host's model: typing over the selection, Enter, Backspace/Delete at
 * paragraph edges, Shift+Enter, and undo, each one step.
 */
import { createFakeWord } from "../../../src/word/fake";
import { deleteAtCaret, insertLineBreak, spanBetween, splitAtCaret, typeText } from "../../../src/word/fake/model";
import { para } from "../docx/helpers";

function at(fake: ReturnType<typeof createFakeWord>, paragraph: number, start: number, end = start) {
  fake.model.selectionSpan = spanBetween(fake.model, { paragraph, offset: start }, { paragraph, offset: end });
}

describe("user editing on the fake host's model", () => {
  test("typing replaces the selection and leaves a caret after the text; undo takes it back", () => {
    const fake = createFakeWord({ text: "một hai ba" });
    at(fake, 0, 4, 7);
    expect(typeText(fake.model, "HAI")).toBe(true);
    expect(fake.model.texts()).toEqual(["một HAI ba"]);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 7, endParagraph: 0, end: 7 });
    expect(fake.model.undo()).toBe(true);
    expect(fake.model.texts()).toEqual(["một hai ba"]);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 4, endParagraph: 0, end: 7 });
  });

  test("Enter splits the paragraph and the new one keeps the paragraph properties and run format", () => {
    const fake = createFakeWord({ bodyXml: para("Đầu Cuối", '<w:jc w:val="both"/>', "<w:rPr><w:b/></w:rPr>") });
    at(fake, 0, 4);
    splitAtCaret(fake.model);
    typeText(fake.model, "Giữa ");
    expect(fake.model.texts()).toEqual(["Đầu ", "Giữa Cuối"]);
    const [, second] = fake.model.paragraphs();
    expect(second.props.alignment).toBe("justified");
    expect(second.inlines.every((i) => i.kind !== "run" || i.props.bold)).toBe(true);
  });

  test("Backspace at a paragraph's start joins it to the one before; Delete at its end joins the next", () => {
    const fake = createFakeWord({ text: "một\nhai\nba" });
    at(fake, 1, 0);
    deleteAtCaret(fake.model, "backward");
    expect(fake.model.texts()).toEqual(["mộthai", "ba"]);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 3, endParagraph: 0, end: 3 });
    at(fake, 0, 6);
    deleteAtCaret(fake.model, "forward");
    expect(fake.model.texts()).toEqual(["mộthaiba"]);
    // At the very start nothing happens, and no empty undo step is recorded.
    const depth = fake.model.undoDepth;
    at(fake, 0, 0);
    expect(deleteAtCaret(fake.model, "backward")).toBe(false);
    expect(fake.model.undoDepth).toBe(depth);
  });

  test("Backspace removes one character (a whole surrogate pair), or a word with Ctrl", () => {
    const fake = createFakeWord({ text: "Sở Nội vụ 😀" });
    at(fake, 0, "Sở Nội vụ 😀".length);
    deleteAtCaret(fake.model, "backward");
    expect(fake.model.texts()).toEqual(["Sở Nội vụ "]);
    deleteAtCaret(fake.model, "backward", "word");
    expect(fake.model.texts()).toEqual(["Sở Nội "]);
  });

  test("a selection across a table boundary is not deleted: paragraphs never leave their cells", () => {
    const fake = createFakeWord({
      bodyXml: para("Trước") + `<w:tbl><w:tr><w:tc>${para("Ô")}</w:tc></w:tr></w:tbl>` + para("Sau"),
    });
    fake.model.selectionSpan = spanBetween(fake.model, { paragraph: 0, offset: 2 }, { paragraph: 2, offset: 1 });
    typeText(fake.model, "x");
    expect(fake.model.texts()).toEqual(["Trxước", "Ô", "Sau"]);
  });

  test("Shift+Enter is a line break inside the paragraph; pasted lines become paragraphs", () => {
    const fake = createFakeWord({ text: "ab" });
    at(fake, 0, 1);
    insertLineBreak(fake.model);
    expect(fake.model.texts()).toEqual(["a\nb"]);
    at(fake, 0, 3);
    typeText(fake.model, "1\r\n2");
    expect(fake.model.texts()).toEqual(["a\nb1", "2"]);
  });
});
