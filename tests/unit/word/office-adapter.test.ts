/**
 * The adapter on the fake host where a test needs what only the fake has: its undo history, a loaded .docx with
 * styles, list numbering without a numbering part. Everything expressible through the Word API is in the
 * conformance suite (src/word/conformance/cases.ts, run by conformance.test.ts here and in Word).
 */
import JSZip from "jszip";
import type { ParagraphSnapshot } from "../../../src/core/model/document";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { applyTextEdits, type TextEdit } from "../../../src/core/model/edits";
import { toFlatOpc } from "../../../src/docx/flat-opc";
import { createFakeWord } from "../../../src/word/fake";
import {
  createOfficeAdapter,
  escapeWordSearch,
  fitsWordSearch,
  searchablePiece,
  WORD_SEARCH_MAX,
} from "../../../src/word/office-adapter";
import { para } from "../docx/helpers";

function setup(init: Parameters<typeof createFakeWord>[0]) {
  const fake = createFakeWord(init);
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  return { fake, adapter };
}

describe("office adapter on the fake host", () => {
  it("measures Word's search limit on the escaped text", () => {
    // Six tabs and a caret escape to two characters each: 250 characters become 257 for Word.
    const row = `${"STT\tĐơn vị\tSố lượng\t^".repeat(10)}`.padEnd(250, "x").slice(0, 250);
    expect(fitsWordSearch(row)).toBe(false);
    for (const from of ["start", "end"] as const) {
      const piece = searchablePiece(row, from);
      expect(escapeWordSearch(piece).length).toBeLessThanOrEqual(WORD_SEARCH_MAX);
      expect(escapeWordSearch(piece).length).toBeGreaterThan(WORD_SEARCH_MAX - 2);
    }
    expect(escapeWordSearch("a^b\tc\nd")).toBe("a^^b^tc^ld");
  });

  it("applies a batch of edits as one undo step", async () => {
    const lines = ["Đoạn 0 có ab và ab", "Đoạn 1 có ab và ab"];
    const { fake, adapter } = setup({ text: lines.join("\n") });
    const edits: TextEdit[] = lines.map((_, i) => ({
      kind: "text",
      paragraph: i,
      start: 0,
      end: 4,
      expected: "Đoạn",
      replacement: "Đ.",
    }));
    const depth = fake.model.undoDepth;
    expect(await adapter.applyEdits(edits)).toEqual({ applied: 2, skipped: 0 });
    expect(fake.model.texts()).toEqual(applyTextEdits(lines, edits));
    expect(fake.model.undoDepth).toBe(depth + 1);
    fake.model.undo();
    expect(fake.model.texts()).toEqual(lines);
  });

  it("inserts after the selection's paragraph as one undo step", async () => {
    const { fake, adapter } = setup({ text: "một hai\nba bốn\nnăm" });
    await adapter.select(1, 3, 6);
    await adapter.insertOoxml(toFlatOpc(para("Mới")), "after-selection-paragraph");
    expect(fake.model.texts()).toEqual(["một hai", "ba bốn", "Mới", "năm"]);
    expect(fake.model.undo()).toBe(true);
    expect(fake.model.texts()).toEqual(["một hai", "ba bốn", "năm"]);
  });

  it("reads Word list paragraphs: isNullObject is known after the sync without a load", async () => {
    const numbered = (t: string) => para(t, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>');
    const { adapter } = setup({ bodyXml: numbered("Một") + numbered("Hai") + para("Thường") });
    const snap = await adapter.readSnapshot();
    expect(snap.paragraphs.map((p) => p.list)).toEqual([
      { level: 0, marker: "1." },
      { level: 0, marker: "2." },
      undefined,
    ]);
  });

  it("reads page setup where the host has WordApiDesktop 1.3, with the model's values", async () => {
    expect(await setup({ text: "a" }).adapter.readPageSetup()).toBeUndefined();
    const desktop = setup({ text: "a", requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" } });
    const ps = await desktop.adapter.readPageSetup();
    expect(ps).toMatchObject({ width: 210, height: 297, marginLeft: 30, marginRight: 15, orientation: "portrait" });
  });
});

describe("office adapter on a .docx with styles", () => {
  it("reads the same text and formatting as readDocx", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const styles =
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="TieuDe"><w:name w:val="Tiêu đề"/><w:basedOn w:val="Normal"/>` +
      `<w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style></w:styles>`;
    const zip = await JSZip.loadAsync(
      await writeDocxPackage({
        bodyXml: para("BÁO CÁO", '<w:pStyle w:val="TieuDe"/>') + para("Nội dung", '<w:ind w:firstLine="567"/>'),
      }),
    );
    zip.file("word/styles.xml", styles);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const expected = await readDocx(bytes);
    const { adapter } = setup({ docx: bytes });
    const snap = await adapter.readSnapshot();
    const pick = (p: ParagraphSnapshot) => [
      p.text,
      p.style,
      p.alignment,
      p.firstLineIndent,
      p.spaceAfter,
      p.font?.bold,
      p.font?.size,
    ];
    expect(snap.paragraphs.map(pick)).toEqual(expected.paragraphs.map(pick));
    expect(snap.paragraphs[0]).toMatchObject({
      style: "Tiêu đề",
      alignment: "centered",
      font: { bold: true, size: 13 },
    });
  });
});

describe("findContentControls on the fake host", () => {
  it("loads no paragraph text, and each paragraph about once, to place the controls", async () => {
    const { adapter } = setup({ text: Array.from({ length: 300 }, (_, i) => `đoạn ${i}`).join("\n") });
    for (const [i, tag] of [
      [10, "vbhc:cite:a"],
      [150, "vbhc:cite:b"],
      [299, "vbhc:cite:c"],
    ] as const) {
      await adapter.select(i, 2, 2);
      await adapter.insertContentControl("Luật", tag, "Trích dẫn", "selection");
    }
    // Count what the adapter loads: paragraph items handed out with text, and in all.
    const host = await import("../../../src/word/fake/host");
    const proto = host.FakeParagraphCollection.prototype as unknown as {
      _snapshot(props: readonly string[]): void;
      items: unknown[];
    };
    const original = proto._snapshot;
    let items = 0;
    let withText = 0;
    proto._snapshot = function (this: typeof proto, props: readonly string[]) {
      original.call(this, props);
      items += this.items.length;
      if (props.some((p) => p.endsWith("text"))) withText += this.items.length;
    };
    try {
      const found = await adapter.findContentControls("vbhc:cite:");
      expect(found.map((c) => c.paragraph)).toEqual([10, 150, 299]);
    } finally {
      proto._snapshot = original;
    }
    expect(withText).toBe(0);
    expect(items).toBeLessThanOrEqual(300 + 3);
  });
});
