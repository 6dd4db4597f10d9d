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
  it("follow Word: a range that ends at the start of a paragraph does not hold it; a caret holds its paragraph", async () => {
    const { fake } = setup({ text: "a\nb\nc" });
    await fake.Word.run(async (context) => {
      const body = context.document.body;
      const paras = body.paragraphs;
      paras.load("$none");
      await context.sync();
      const toStartOfC = body.getRange("Start").expandTo(paras.items[2].getRange("Start")).paragraphs;
      const caretInB = paras.items[1].getRange("Start").paragraphs;
      const wholeB = body.getRange("Start").expandTo(paras.items[1].getRange("Whole")).paragraphs;
      const first = body.getRange("Whole").paragraphs.getFirst();
      const last = body.getRange("Whole").paragraphs.getLast();
      for (const c of [toStartOfC, caretInB, wholeB]) c.load("items/text");
      first.load("text");
      last.load("text");
      await context.sync();
      expect(toStartOfC.items.map((p) => p.text)).toEqual(["a", "b"]);
      expect(caretInB.items.map((p) => p.text)).toEqual(["b"]);
      expect(wholeB.items.map((p) => p.text)).toEqual(["a", "b"]);
      expect([first.text, last.text]).toEqual(["a", "c"]);
    });
  });

  it("a paragraph's whole range holds its mark: the whole range of an empty paragraph holds that paragraph", async () => {
    const { fake } = setup({ text: "a\n\nc" });
    await fake.Word.run(async (context) => {
      const body = context.document.body;
      const paras = body.paragraphs;
      paras.load("$none");
      await context.sync();
      const throughEmpty = body.getRange("Start").expandTo(paras.items[1].getRange("Whole")).paragraphs;
      const toEmptyStart = body.getRange("Start").expandTo(paras.items[1].getRange("Start")).paragraphs;
      throughEmpty.load("$none");
      toEmptyStart.load("$none");
      await context.sync();
      expect(throughEmpty.items).toHaveLength(2);
      expect(toEmptyStart.items).toHaveLength(1);
    });
  });

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
