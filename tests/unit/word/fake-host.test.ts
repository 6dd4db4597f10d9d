/**
 * The fake host itself: what it refuses, load/sync rules, undo steps, the selection, .docx round trip, rendering.
 * What it shares with Word (Find, live ranges, Range.paragraphs, replacements that keep formatting) is held by the
 * conformance suite (src/word/conformance/word-semantics.ts), which runs in Word too.
 */
import { readDocx } from "../../../src/docx/read-docx";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { createFakeWord } from "../../../src/word/fake";
import { renderToHtml } from "../../../src/word/fake/render-html";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { para } from "../docx/helpers";

describe("fake Word host: API semantics", () => {
  it("throws a clear error for any API member it does not implement", async () => {
    const fake = createFakeWord({ text: "a" });
    const err = await fake.Word.run(async (context) => {
      // insertBreak exists in Word but is not part of our subset.
      (context.document.body.paragraphs as unknown as { getFirstOrNullObject(): unknown }).getFirstOrNullObject();
    }).catch((e: unknown) => e);
    expect(String(err)).toBe("Error: Fake Word host: ParagraphCollection.getFirstOrNullObject is not implemented");
    const err2 = await fake.Word.run(async (context) => {
      const range = context.document.getSelection();
      (range as unknown as { insertBreak(t: string, l: string): void }).insertBreak("Page", "After");
    }).catch((e: unknown) => e);
    expect(String(err2)).toMatch(/Fake Word host: Range\.insertBreak is not implemented/);
    expect(() => (fake.Word as unknown as { createDocument(): void }).createDocument()).toThrow(
      "Fake Word host: Word.createDocument is not implemented",
    );
  });

  it("throws PropertyNotLoaded when reading a property that was not loaded and synced", async () => {
    const fake = createFakeWord({ text: "Xin chào" });
    await fake.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/not available/);
      paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(/not available/); // loaded but not yet synced
      await context.sync();
      expect(paragraphs.items[0].text).toBe("Xin chào");
      let caught: unknown;
      try {
        void paragraphs.items[0].alignment;
      } catch (e) {
        caught = e;
      }
      expect((caught as { code?: string }).code).toBe("PropertyNotLoaded");
    });
  });

  it("queues changes until sync and records each changing sync as one undo step", async () => {
    const fake = createFakeWord({ text: "một\nhai" });
    await fake.Word.run(async (context) => {
      context.document.body.insertParagraph("ba", "End");
      expect(fake.model.texts()).toEqual(["một", "hai"]);
      await context.sync();
      expect(fake.model.texts()).toEqual(["một", "hai", "ba"]);
      context.document.body.insertParagraph("bốn", "End");
      context.document.body.insertParagraph("không", "Start");
      await context.sync();
    });
    expect(fake.model.undoDepth).toBe(2);
    expect(fake.model.undo()).toBe(true);
    expect(fake.model.texts()).toEqual(["một", "hai", "ba"]);
    fake.model.undo();
    expect(fake.model.texts()).toEqual(["một", "hai"]);
    expect(fake.model.undo()).toBe(false);
  });

  it("keeps the selection where the user left it when an edit happens before it", async () => {
    const fake = createFakeWord({ text: "một hai ba" });
    const [p] = fake.model.paragraphs();
    fake.model.selectionSpan = { start: { para: p, offset: 8 }, end: { para: p, offset: 10 } };
    await fake.Word.run(async (context) => {
      const r = context.document.body.search("một", { matchCase: true });
      r.load("items");
      await context.sync();
      r.items[0].insertText("MỘT MỘT", "Replace");
      await context.sync();
    });
    expect(fake.model.texts()).toEqual(["MỘT MỘT hai ba"]);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 12, endParagraph: 0, end: 14 });
  });

  // Finding and rewriting a control by its tag is a conformance case (src/word/conformance); the page is the fake's own.
  it("draws a content control with its tag on the page", async () => {
    const fake = createFakeWord({ text: "Số: 12/BC" });
    await fake.Word.run(async (context) => {
      const found = context.document.body.search("12");
      found.load("items");
      await context.sync();
      found.items[0].insertContentControl().tag = "vbhc:so";
      await context.sync();
    });
    expect(renderToHtml(fake.model)).toContain('data-tag="vbhc:so"');
  });

  it("round-trips a .docx: load, export, read again", async () => {
    const bytes = await writeDocxPackage({
      bodyXml:
        para("Căn giữa", '<w:jc w:val="center"/>', "<w:rPr><w:b/></w:rPr>") +
        `<w:tbl><w:tr><w:tc>${para("Trái")}</w:tc><w:tc>${para("Phải")}</w:tc></w:tr></w:tbl>` +
        para("Cuối"),
    });
    const fake = createFakeWord({ docx: bytes });
    await fake.ready;
    const again = await readDocx(await fake.exportDocx());
    const first = await readDocx(bytes);
    expect(again.paragraphs.map((p) => [p.text, p.alignment, p.font?.bold, p.cell ?? null])).toEqual(
      first.paragraphs.map((p) => [p.text, p.alignment, p.font?.bold, p.cell ?? null]),
    );
  });
});

describe("renderToHtml", () => {
  it("escapes document text, numbers paragraphs and marks the selection", async () => {
    const fake = createFakeWord({ text: '<script>alert("x")</script>\nchọn & đây' });
    await fake.Word.run(async (context) => {
      const r = context.document.body.search("đây");
      r.load("items");
      await context.sync();
      r.items[0].select();
    });
    const html = renderToHtml(fake.model);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toMatch(/data-paragraph="0"[\s\S]*data-paragraph="1"/);
    expect(html).toContain('<mark class="selection">đây</mark>');
    expect(html).toContain("chọn &amp; ");
  });
});

describe("renderToHtml caret", () => {
  it("shows an empty selection as a caret mark at its place", async () => {
    const fake = createFakeWord({ text: "abc\nxyz" });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.select(0, 1, 1);
    expect(renderToHtml(fake.model)).toContain('a<mark class="selection caret"></mark>bc');
    await adapter.select(1, 3, 3);
    expect(renderToHtml(fake.model)).toContain('xyz</span><mark class="selection caret"></mark>');
  });
});
