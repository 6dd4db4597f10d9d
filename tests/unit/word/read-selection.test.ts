/**
 * Fake-host semantics the adapter's selection read relies on. The selection cases themselves (select, readSelection,
 * insertion after the selection's paragraph) are in the conformance suite (src/word/conformance/cases.ts).
 */
import { toFlatOpc } from "../../../src/docx/flat-opc";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { para } from "../docx/helpers";

function setup(init: Parameters<typeof createFakeWord>[0]) {
  const fake = createFakeWord(init);
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  return { fake, adapter };
}

describe("fake host: Range.paragraphs and ParagraphCollection.getFirst/getLast", () => {
  it("loads a collection with $none: items without properties", async () => {
    const { fake } = setup({ text: "a\nb" });
    await fake.Word.run(async (context) => {
      const paras = context.document.body.paragraphs;
      paras.load("$none");
      await context.sync();
      expect(paras.items).toHaveLength(2);
      expect(() => paras.items[0].text).toThrow(/not available/);
    });
  });

  it("inserts OOXML into a paragraph only at the locations Word allows", async () => {
    const { fake } = setup({ text: "a" });
    const err = await fake.Word.run(async (context) => {
      const paras = context.document.body.paragraphs;
      paras.load("$none");
      await context.sync();
      // Word's types allow only Replace, Start and End here; a caller without types may still try "After".
      (paras.items[0] as unknown as { insertOoxml(x: string, l: string): void }).insertOoxml(
        toFlatOpc(para("x")),
        "After",
      );
      await context.sync();
    }).catch((e: unknown) => e);
    expect(String(err)).toMatch(/Fake Word host: Paragraph\.insertOoxml at "After" is not implemented/);
  });
});
