import { toFlatOpc } from "../../../src/docx/flat-opc";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { para } from "../docx/helpers";

function setup(init: Parameters<typeof createFakeWord>[0]) {
  const fake = createFakeWord(init);
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  return { fake, adapter };
}

const TABLE_DOC =
  para("Trước bảng") +
  `<w:tbl><w:tr><w:tc>${para("Ô một")}${para("Ô một, dòng hai")}</w:tc><w:tc>${para("Ô hai")}</w:tc></w:tr></w:tbl>` +
  para("Sau bảng") +
  para("Đoạn cuối cùng");

describe("readSelection on the fake host", () => {
  it("reports what select() selected: caret, range, whole paragraph, first and last paragraph", async () => {
    const { adapter } = setup({ text: "một hai ba\nbốn năm\nsáu bảy tám" });
    const cases: [number, number | undefined, number | undefined, { paragraph: number; start: number; end: number }][] =
      [
        [0, 0, 0, { paragraph: 0, start: 0, end: 0 }],
        [0, 4, 7, { paragraph: 0, start: 4, end: 7 }],
        [1, 0, 0, { paragraph: 1, start: 0, end: 0 }],
        [1, 3, 3, { paragraph: 1, start: 3, end: 3 }],
        [1, undefined, undefined, { paragraph: 1, start: 0, end: 7 }],
        [2, 11, 11, { paragraph: 2, start: 11, end: 11 }],
        [2, 4, 11, { paragraph: 2, start: 4, end: 11 }],
      ];
    for (const [p, s, e, want] of cases) {
      await adapter.select(p, s, e);
      expect(await adapter.readSelection()).toEqual({
        ...want,
        endParagraph: want.paragraph,
        hasText: want.end > want.start,
        inTable: false,
      });
    }
  });

  it("counts table-cell paragraphs like readSnapshot, inside the table and after it", async () => {
    const { adapter } = setup({ bodyXml: TABLE_DOC });
    const texts = (await adapter.readSnapshot()).paragraphs.map((p) => p.text);
    expect(texts).toEqual(["Trước bảng", "Ô một", "Ô một, dòng hai", "Ô hai", "Sau bảng", "Đoạn cuối cùng"]);
    for (let i = 0; i < texts.length; i++) {
      for (const [s, e] of [
        [0, 0],
        [2, 5],
        [texts[i].length, texts[i].length],
      ]) {
        await adapter.select(i, s, e);
        expect(await adapter.readSelection()).toEqual({
          paragraph: i,
          start: s,
          end: e,
          endParagraph: i,
          hasText: e > s,
          inTable: i >= 1 && i <= 3,
        });
      }
    }
  });

  it("a selection running into the next paragraph ends, for its first paragraph, at that paragraph's end", async () => {
    const { fake, adapter } = setup({ text: "một hai\nba bốn" });
    const [a, b] = fake.model.paragraphs();
    fake.model.selectionSpan = { start: { para: a, offset: 4 }, end: { para: b, offset: 5 } };
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 4, endParagraph: 1, end: 5 });
    expect(await adapter.readSelection()).toEqual({
      paragraph: 0,
      start: 4,
      end: 7,
      endParagraph: 1,
      hasText: true,
      inTable: false,
    });
  });

  it("makes one sync whatever the size of the document, and changes nothing", async () => {
    const syncs = async (n: number): Promise<number> => {
      const lines = Array.from({ length: n }, (_, i) => `Đoạn ${i}`);
      const { fake, adapter } = setup({ text: lines.join("\n") });
      await adapter.select(n - 1, 2, 4);
      const before = adapter.syncCount;
      expect(await adapter.readSelection()).toMatchObject({ paragraph: n - 1, start: 2, end: 4 });
      expect(fake.model.texts()).toEqual(lines);
      expect(fake.model.undoDepth).toBe(0);
      return adapter.syncCount - before;
    };
    const small = await syncs(10);
    const large = await syncs(1000);
    expect(small).toBe(1);
    expect(large).toBe(small);
  });
});

describe("readSelection in a content control", () => {
  it("names the control's tag when the selection is inside it, and nothing at its edges", async () => {
    const { adapter, fake } = setup({ text: "Căn cứ  và Y" });
    await adapter.select(0, 7, 7);
    await adapter.insertContentControl("Luật A", "vbhc:cite:a", "Trích dẫn", "selection");
    // The control holds "Luật A", wherever the insert put it (spacing may be added around it).
    const at = fake.model.texts()[0].indexOf("Luật A");
    expect(at).toBeGreaterThan(0);
    await adapter.select(0, at + 2, at + 2);
    expect(await adapter.readSelection()).toMatchObject({ paragraph: 0, start: at + 2, controlTag: "vbhc:cite:a" });
    await adapter.select(0, at + 1, at + 4);
    expect((await adapter.readSelection())?.controlTag).toBe("vbhc:cite:a");
    await adapter.select(0, at + 6, at + 6);
    expect((await adapter.readSelection())?.controlTag).toBeUndefined();
    await adapter.select(0, 2, 2);
    expect((await adapter.readSelection())?.controlTag).toBeUndefined();
  });
});

describe("inserting after the selection's paragraph", () => {
  it("adds a new paragraph after the cursor's paragraph and keeps the selected text and the selection", async () => {
    const { fake, adapter } = setup({ text: "một hai\nba bốn\nnăm" });
    await adapter.select(1, 3, 6);
    const before = adapter.syncCount;
    await adapter.insertOoxml(toFlatOpc(para("Mới", '<w:jc w:val="both"/>')), "after-selection-paragraph");
    expect(adapter.syncCount - before).toBe(1);
    expect(fake.model.texts()).toEqual(["một hai", "ba bốn", "Mới", "năm"]);
    expect(fake.model.selection).toEqual({ paragraph: 1, start: 3, endParagraph: 1, end: 6 });
    expect((await adapter.readSnapshot()).paragraphs[2].alignment).toBe("justified");
    // One undo step takes it all back.
    expect(fake.model.undo()).toBe(true);
    expect(fake.model.texts()).toEqual(["một hai", "ba bốn", "năm"]);
  });

  it("works in a table cell and after the last paragraph", async () => {
    const { fake, adapter } = setup({ bodyXml: TABLE_DOC });
    await adapter.select(1, 2, 2);
    await adapter.insertOoxml(toFlatOpc(para("Trong ô")), "after-selection-paragraph");
    await adapter.select(6);
    await adapter.insertOoxml(toFlatOpc(para("Cuối")), "after-selection-paragraph");
    const snap = await adapter.readSnapshot();
    expect(snap.paragraphs.map((p) => p.text)).toEqual([
      "Trước bảng",
      "Ô một",
      "Trong ô",
      "Ô một, dòng hai",
      "Ô hai",
      "Sau bảng",
      "Đoạn cuối cùng",
      "Cuối",
    ]);
    expect(snap.paragraphs[2].inTable).toBe(true);
    expect(fake.model.selection).toEqual({ paragraph: 6, start: 0, endParagraph: 6, end: 14 });
  });

  it("puts a content control in a new paragraph after the cursor's paragraph", async () => {
    const { fake, adapter } = setup({ text: "một\nhai" });
    await adapter.select(0, 1, 2);
    await adapter.insertContentControl("Số: 1", "vbhc:so", "Số", "after-selection-paragraph");
    expect(fake.model.texts()).toEqual(["một", "Số: 1", "hai"]);
    expect(await adapter.findContentControls("vbhc:")).toEqual([
      { tag: "vbhc:so", title: "Số", text: "Số: 1", paragraph: 1 },
    ]);
  });
});

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
