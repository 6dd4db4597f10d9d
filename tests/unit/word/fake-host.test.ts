import { toFlatOpc } from "../../../src/docx/flat-opc";
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

  it("searches like Word: non-overlapping, ^ codes, case", async () => {
    const fake = createFakeWord({ text: "aaaa ^ A\ta" });
    await fake.Word.run(async (context) => {
      const body = context.document.body;
      const aa = body.search("aa", { matchCase: true });
      const caret = body.search("^^", { matchCase: true });
      const tab = body.search("^t", { matchCase: true });
      const anyCase = body.search("a", { matchCase: false });
      for (const r of [aa, caret, tab, anyCase]) r.load("items/text");
      await context.sync();
      expect(aa.items.map((r) => r.text)).toEqual(["aa", "aa"]);
      expect(caret.items.map((r) => r.text)).toEqual(["^"]);
      expect(tab.items.map((r) => r.text)).toEqual(["\t"]);
      expect(anyCase.items).toHaveLength(6);
    });
    const tooLong = await fake.Word.run(async (context) => {
      const r = context.document.body.search("x".repeat(256));
      r.load("items");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(String(tooLong)).toMatch(/too long/);
  });

  it("keeps ranges live, as Word does: an edit earlier in the paragraph moves the ranges after it", async () => {
    const fake = createFakeWord({ text: "ab cd ab cd\nsau" });
    await fake.Word.run(async (context) => {
      const hits = context.document.body.search("cd", { matchCase: true });
      hits.load("items/text");
      await context.sync();
      const [first, second] = hits.items;
      // Lengthen the text before the second hit, then replace the second hit: it must still be "cd".
      first.insertText("CDCDCD", "Replace");
      second.insertText("XY", "Replace");
      second.load("text");
      await context.sync();
      expect(second.text).toBe("XY");
    });
    expect(fake.model.texts()).toEqual(["ab CDCDCD ab XY", "sau"]);
    // A deletion before a range and a paragraph split before it move it too.
    await fake.Word.run(async (context) => {
      const hits = context.document.body.search("XY", { matchCase: true });
      hits.load("items");
      await context.sync();
      const target = hits.items[0];
      const head = context.document.body.search("ab CDCDCD ", { matchCase: true });
      head.load("items");
      await context.sync();
      head.items[0].insertText("", "Replace");
      target.load("text");
      await context.sync();
      expect(target.text).toBe("XY");
      target.insertText("Z", "End");
      await context.sync();
    });
    expect(fake.model.texts()).toEqual(["ab XYZ", "sau"]);
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

  it("searches as loosely as Word: case-insensitive by default, straight quotes find curly ones", async () => {
    const fake = createFakeWord({ text: "Sở NỘI VỤ, sở nội vụ; “a” 'b' ‘b’ \"a\"" });
    await fake.Word.run(async (context) => {
      const body = context.document.body;
      const byDefault = body.search("sở nội vụ");
      const exact = body.search("sở nội vụ", { matchCase: true });
      const straight = body.search('"a"', { matchCase: true });
      const curly = body.search("‘b’", { matchCase: true });
      for (const r of [byDefault, exact, straight, curly]) r.load("items/text");
      await context.sync();
      expect(byDefault.items.map((r) => r.text)).toEqual(["Sở NỘI VỤ", "sở nội vụ"]);
      expect(exact.items.map((r) => r.text)).toEqual(["sở nội vụ"]);
      expect(straight.items.map((r) => r.text)).toEqual(["“a”", '"a"']);
      expect(curly.items.map((r) => r.text)).toEqual(["‘b’"]);
    });
  });

  it("inserts our flat OPC at the selection, merging with the paragraph around it", async () => {
    const fake = createFakeWord({ text: "Trước|Sau" });
    await fake.Word.run(async (context) => {
      const bar = context.document.body.search("|");
      bar.load("items");
      await context.sync();
      bar.items[0].select();
      await context.sync();
      context.document.getSelection().insertOoxml(toFlatOpc(para("A") + para("B")), "Replace");
      await context.sync();
    });
    expect(fake.model.texts()).toEqual(["TrướcA", "BSau"]);
  });

  it("inserts content controls and finds them by tag", async () => {
    const fake = createFakeWord({ text: "Số: 12/BC" });
    await fake.Word.run(async (context) => {
      const found = context.document.body.search("12");
      found.load("items");
      await context.sync();
      const cc = found.items[0].insertContentControl();
      cc.tag = "vbhc:so";
      cc.title = "Số";
      await context.sync();
      const byTag = context.document.contentControls.getByTag("vbhc:so");
      byTag.load("items/text,items/title");
      await context.sync();
      expect(byTag.items.map((c) => [c.text, c.title])).toEqual([["12", "Số"]]);
      byTag.items[0].insertText("13", "Replace");
      await context.sync();
    });
    expect(fake.model.texts()).toEqual(["Số: 13/BC"]);
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

describe("fake Word host: replacing text keeps its formatting", () => {
  const bold13 = '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>';
  const runsOf = (fake: ReturnType<typeof createFakeWord>, i: number) =>
    fake.model.paragraphs()[i].inlines.flatMap((x) => (x.kind === "run" ? [x] : x.runs));

  it("a replacement covering the whole run takes that run's bold and size, as Word does", async () => {
    const fake = createFakeWord({ bodyXml: para("Độc lập – Tự do – Hạnh phúc", "", bold13) });
    await fake.Word.run(async (context) => {
      const hits = context.document.body.search("Độc lập – Tự do – Hạnh phúc", { matchCase: true });
      hits.load("items/text");
      await context.sync();
      hits.items[0].insertText("Độc lập - Tự do - Hạnh phúc", "Replace");
      await context.sync();
    });
    expect(fake.model.texts()).toEqual(["Độc lập - Tự do - Hạnh phúc"]);
    expect(runsOf(fake, 0).map((r) => [r.text, r.props.bold, r.props.size])).toEqual([
      ["Độc lập - Tự do - Hạnh phúc", true, 13],
    ]);
  });

  it("takes the first replaced run's formatting, not the next run's, when whole runs go", async () => {
    const fake = createFakeWord({
      bodyXml: `<w:p><w:r>${bold13}<w:t>ĐẢNG</w:t></w:r><w:r><w:t xml:space="preserve"> thường</w:t></w:r></w:p>`,
    });
    await fake.Word.run(async (context) => {
      const hits = context.document.body.search("ĐẢNG", { matchCase: true });
      hits.load("items/text");
      await context.sync();
      hits.items[0].insertText("ĐOÀN", "Replace");
      await context.sync();
    });
    expect(runsOf(fake, 0).map((r) => [r.text, r.props.bold ?? false])).toEqual([
      ["ĐOÀN", true],
      [" thường", false],
    ]);
  });
});
