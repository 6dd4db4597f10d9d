import JSZip from "jszip";
import type { ParagraphSnapshot } from "../../../src/core/model/document";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { applyTextEdits, type Edit, type TextEdit } from "../../../src/core/model/edits";
import { toFlatOpc } from "../../../src/docx/flat-opc";
import { createFakeWord } from "../../../src/word/fake";
import {
  createOfficeAdapter,
  escapeWordSearch,
  fitsWordSearch,
  searchablePiece,
  WORD_SEARCH_MAX,
} from "../../../src/word/office-adapter";
import type { WordAdapter } from "../../../src/word/adapter";
import { para } from "../docx/helpers";

function setup(init: Parameters<typeof createFakeWord>[0]) {
  const fake = createFakeWord(init);
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  return { fake, adapter };
}

/** Syncs one call makes. */
async function syncsOf(adapter: WordAdapter, call: () => Promise<unknown>): Promise<number> {
  const before = adapter.syncCount;
  await call();
  return adapter.syncCount - before;
}

const docOf = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Đoạn ${i} có ab và ab; Sở Thông tin ${i % 7}`).join("\n");

describe("office adapter on the fake host", () => {
  it("reads a snapshot that matches the model, including tables and formatting", async () => {
    const { fake, adapter } = setup({
      bodyXml:
        para(
          "QUỐC HIỆU",
          '<w:jc w:val="center"/><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>',
          '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>',
        ) +
        `<w:tbl><w:tr><w:tc>${para("Trái")}</w:tc><w:tc>${para("Phải\tcó tab")}</w:tc></w:tr></w:tbl>` +
        para("Thân bài", '<w:ind w:firstLine="720"/><w:jc w:val="both"/>'),
    });
    const snap = await adapter.readSnapshot();
    expect(snap.source).toBe("word");
    expect(snap.paragraphs.map((p) => p.text)).toEqual(fake.model.texts());
    expect(snap.paragraphs[0]).toMatchObject({
      alignment: "centered",
      spaceAfter: 6,
      lineSpacing: { rule: "multiple", value: 1.15 },
      font: { name: "Times New Roman", size: 13, bold: true, italic: false },
      inTable: false,
    });
    expect(snap.paragraphs.map((p) => p.inTable)).toEqual([false, true, true, false]);
    expect(snap.paragraphs[3]).toMatchObject({ alignment: "justified", firstLineIndent: 36 });
  });

  it("makes the same number of syncs for 10 and 1000 paragraphs", async () => {
    const counts = async (n: number): Promise<number[]> => {
      const { adapter } = setup({ text: docOf(n) });
      const edits: Edit[] = Array.from({ length: Math.min(n, 50) }, (_, i) => ({
        kind: "text" as const,
        paragraph: i,
        start: 0,
        end: 4,
        expected: "Đoạn",
        replacement: "ĐOẠN",
      }));
      return [
        await syncsOf(adapter, () => adapter.readSnapshot()),
        await syncsOf(adapter, () => adapter.select(n - 1, 12, 14)),
        await syncsOf(adapter, () => adapter.applyEdits(edits)),
        await syncsOf(adapter, () => adapter.insertOoxml(toFlatOpc(para("Mới")), "end")),
        await syncsOf(adapter, () => adapter.insertContentControl("Số: 1", "vbhc:so", "Số", "start")),
        await syncsOf(adapter, () => adapter.findContentControls("vbhc:")),
        await syncsOf(adapter, () => adapter.updateContentControls(new Map([["vbhc:so", "Số: 2"]]))),
      ];
    };
    const small = await counts(10);
    const large = await counts(1000);
    expect(large).toEqual(small);
    expect(small).toEqual([1, 3, 2, 1, 1, 1, 2]);
  });

  it("selects the right occurrence of repeated substrings", async () => {
    const text = "ab ab xab ab^ab";
    const { fake, adapter } = setup({ text: `khác\n${text}` });
    for (let at = text.indexOf("ab"); at >= 0; at = text.indexOf("ab", at + 1)) {
      await adapter.select(1, at, at + 2);
      expect(fake.model.selection).toEqual({ paragraph: 1, start: at, endParagraph: 1, end: at + 2 });
    }
    await adapter.select(1, 11, 13);
    expect(fake.model.selection).toEqual({ paragraph: 1, start: 11, endParagraph: 1, end: 13 });
    await adapter.select(1, 4, 4);
    expect(fake.model.selection).toEqual({ paragraph: 1, start: 4, endParagraph: 1, end: 4 });
    await adapter.select(0);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 0, endParagraph: 0, end: 4 });
  });

  it("selects ranges longer than Word's 255-character search limit", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `câu ${i} dài;`).join(" ");
    const { fake, adapter } = setup({ text: long });
    expect(long.length).toBeGreaterThan(400);
    await adapter.select(0, 3, long.length - 2);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 3, endParagraph: 0, end: long.length - 2 });
  });

  it("applies many edits in two syncs and one undo step, end of document first", async () => {
    const lines = docOf(30).split("\n");
    const { fake, adapter } = setup({ text: lines.join("\n") });
    const edits: TextEdit[] = [];
    lines.forEach((line, i) => {
      const second = line.indexOf("ab", line.indexOf("ab") + 1);
      edits.push({ kind: "text", paragraph: i, start: second, end: second + 2, expected: "ab", replacement: "AB" });
      edits.push({ kind: "text", paragraph: i, start: 0, end: 4, expected: "Đoạn", replacement: "Đ." });
    });
    const depth = fake.model.undoDepth;
    const syncs = await syncsOf(adapter, async () => {
      expect(await adapter.applyEdits(edits)).toEqual({ applied: edits.length, skipped: 0 });
    });
    expect(syncs).toBe(2);
    expect(fake.model.texts()).toEqual(applyTextEdits(lines, edits));
    expect(fake.model.undoDepth).toBe(depth + 1);
    fake.model.undo();
    expect(fake.model.texts()).toEqual(lines);
  });

  it("skips edits whose expected text is gone and applies format edits", async () => {
    const { fake, adapter } = setup({ text: "Kính gửi: Sở Nội vụ\nNơi nhận:" });
    const result = await adapter.applyEdits([
      { kind: "text", paragraph: 0, start: 0, end: 4, expected: "Kinh", replacement: "Kính" },
      { kind: "text", paragraph: 0, start: 10, end: 12, expected: "Sở", replacement: "SỞ" },
      { kind: "format", paragraph: 1, font: { bold: true, size: 12 }, alignment: "left" },
      { kind: "text", paragraph: 0, start: 9, end: 9, expected: "", replacement: "\t" },
    ]);
    expect(result).toEqual({ applied: 3, skipped: 1 });
    expect(fake.model.texts()).toEqual(["Kính gửi:\t SỞ Nội vụ", "Nơi nhận:"]);
    const snap = await adapter.readSnapshot();
    expect(snap.paragraphs[1].font).toMatchObject({ bold: true, size: 12 });
  });

  it("measures Word's search limit on the escaped text: a table row of 250 characters with tabs still applies", async () => {
    // Six tabs and a caret escape to two characters each: 250 characters become 257 for Word.
    const row = `${"STT\tĐơn vị\tSố lượng\t^".repeat(10)}`.padEnd(250, "x").slice(0, 250);
    expect(row.length).toBe(250);
    expect(fitsWordSearch(row)).toBe(false);
    for (const from of ["start", "end"] as const) {
      const piece = searchablePiece(row, from);
      expect(escapeWordSearch(piece).length).toBeLessThanOrEqual(WORD_SEARCH_MAX);
      expect(escapeWordSearch(piece).length).toBeGreaterThan(WORD_SEARCH_MAX - 2);
    }
    const { fake, adapter } = setup({ text: `Bảng: ${row} hết` });
    // The fake host refuses a search string over 255 characters, as Word does.
    expect(
      await adapter.applyEdits([
        { kind: "text", paragraph: 0, start: 6, end: 256, expected: row, replacement: "[bảng]" },
      ]),
    ).toEqual({ applied: 1, skipped: 0 });
    expect(fake.model.texts()).toEqual(["Bảng: [bảng] hết"]);
    await adapter.select(0, 6, 6);
    await adapter.select(0, 0, fake.model.texts()[0].length);
    expect(fake.model.selection).toMatchObject({ start: 0, end: "Bảng: [bảng] hết".length });
  });

  it("selects a long range whose escaped text passes the limit", async () => {
    const row = Array.from({ length: 40 }, (_, i) => `${i}\t^\t`).join("");
    expect(row.length).toBeLessThan(WORD_SEARCH_MAX);
    expect(fitsWordSearch(row)).toBe(false);
    const { fake, adapter } = setup({ text: `a${row}b` });
    await adapter.select(0, 1, 1 + row.length);
    expect(fake.model.selection).toEqual({ paragraph: 0, start: 1, endParagraph: 0, end: 1 + row.length });
  });

  it("escapes Word's special characters in searches", async () => {
    expect(escapeWordSearch("a^b\tc\nd")).toBe("a^^b^tc^ld");
    const { fake, adapter } = setup({ text: "x ^p y ^t z" });
    await adapter.select(0, 2, 4);
    expect(fake.model.selection).toMatchObject({ start: 2, end: 4 });
    await adapter.applyEdits([{ kind: "text", paragraph: 0, start: 7, end: 9, expected: "^t", replacement: "T" }]);
    expect(fake.model.texts()).toEqual(["x ^p y T z"]);
  });

  it("finds and updates content controls with their paragraph, also when texts repeat", async () => {
    const { fake, adapter } = setup({ text: "a\nb" });
    await adapter.insertContentControl("12", "vbhc:so", "Số", "end");
    await adapter.insertContentControl("12", "vbhc:ngay", "Ngày", "start");
    await adapter.insertContentControl("khác", "other", "Khác", "end");
    const found = await adapter.findContentControls("vbhc:");
    expect(found).toEqual([
      { tag: "vbhc:ngay", title: "Ngày", text: "12", paragraph: 0 },
      { tag: "vbhc:so", title: "Số", text: "12", paragraph: 3 },
    ]);
    expect(await adapter.updateContentControls(new Map([["vbhc:so", "34"]]))).toBe(1);
    expect(fake.model.texts()).toEqual(["12", "a", "b", "34", "khác"]);
  });

  it("leaves an emptied control at paragraph -1 in one sync instead of comparing it with every paragraph", async () => {
    const { adapter } = setup({ text: Array.from({ length: 50 }, (_, i) => `đoạn ${i}`).join("\n") });
    await adapter.insertContentControl("Nghị định số 30/2020/NĐ-CP", "vbhc:cite:a", "Trích dẫn", "end");
    await adapter.insertContentControl("x", "vbhc:cite:b", "Trích dẫn", "end");
    await adapter.updateContentControls(new Map([["vbhc:cite:b", ""]]));
    const before = adapter.syncCount;
    const found = await adapter.findContentControls("vbhc:cite:");
    expect(adapter.syncCount - before).toBe(1);
    expect(found.map((c) => [c.tag, c.paragraph])).toEqual([
      ["vbhc:cite:a", 50],
      ["vbhc:cite:b", -1],
    ]);
  });

  it("inserts OOXML at the start, the end and the selection", async () => {
    const { fake, adapter } = setup({ text: "giữa" });
    await adapter.insertOoxml(toFlatOpc(para("đầu")), "start");
    await adapter.insertOoxml(toFlatOpc(para("cuối")), "end");
    await adapter.select(1, 2, 2);
    await adapter.insertOoxml(toFlatOpc(para("-")), "selection");
    expect(fake.model.texts()).toEqual(["đầu", "gi-ữa", "cuối"]);
  });

  it("refuses a search hit whose text differs: Word's Find also finds curly quotes for straight ones", async () => {
    // The curly “x” comes first, so Word's first hit for "x" (straight) is the curly one: the edit must be skipped
    // rather than land on it.
    const text = 'Ông nói “x” rồi "x".';
    const { fake, adapter } = setup({ text });
    const at = text.indexOf('"x"');
    expect(
      await adapter.applyEdits([
        { kind: "text", paragraph: 0, start: at, end: at + 3, expected: '"x"', replacement: "«x»" },
      ]),
    ).toEqual({ applied: 0, skipped: 1 });
    expect(fake.model.texts()).toEqual([text]);
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

  it("rewrites tagged controls from their own text in two syncs, whatever their number", async () => {
    const { fake, adapter } = setup({ text: "a" });
    for (let i = 0; i < 20; i++) await adapter.insertContentControl(`cũ ${i};`, `vbhc:cite:${i}`, "Trích dẫn", "end");
    await adapter.insertContentControl("khác", "other", "Khác", "end");
    const before = adapter.syncCount;
    const n = await adapter.rewriteContentControls("vbhc:cite:", ({ tag, text }) =>
      tag.endsWith(":3") ? undefined : text.replace("cũ", "mới"),
    );
    expect(adapter.syncCount - before).toBe(2);
    expect(n).toBe(19);
    const texts = fake.model.texts();
    expect(texts[4]).toBe("cũ 3;");
    expect(texts[5]).toBe("mới 4;");
    expect(texts[21]).toBe("khác");
  });

  it("reads page setup only where the host has it", async () => {
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

describe("office adapter: fixes keep formatting", () => {
  it("a fix over the whole tiêu ngữ keeps its bold and size, and the re-check sees them", async () => {
    const { runChecks } = await import("../../../src/core/checks");
    const { fake, adapter } = setup({
      bodyXml:
        para(
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          '<w:jc w:val="center"/>',
          '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>',
        ) + para("Độc lập – Tự do – Hạnh phúc", '<w:jc w:val="center"/>', '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'),
    });
    const before = runChecks(await adapter.readSnapshot());
    const fix = before.findings.find((f) => f.ruleId === "fixed-string/tieu-ngu")?.fix;
    expect(fix).toBeDefined();
    const result = await adapter.applyEdits(fix!.edits);
    expect(result).toEqual({ applied: 1, skipped: 0 });
    expect(fake.model.texts()[1]).toBe("Độc lập - Tự do - Hạnh phúc");
    const snap = await adapter.readSnapshot();
    expect(snap.paragraphs[1].font).toMatchObject({ bold: true, size: 14 });
    const after = runChecks(snap);
    expect(after.findings.filter((f) => f.paragraph === 1).map((f) => f.ruleId)).toEqual([]);
  });
});

describe("office adapter: inline citations at the selection", () => {
  const ND30 = "Nghị định số 30/2020/NĐ-CP";
  const LUAT = "Luật Lưu trữ";
  const controlsOf = (fake: ReturnType<typeof createFakeWord>) =>
    fake.model
      .paragraphs()
      .flatMap((p, i) =>
        p.inlines.flatMap((x) => (x.kind === "control" ? [[i, x.tag, x.runs.map((r) => r.text).join("")]] : [])),
      );

  it("a second citation at the same caret is its own control beside the first (no error, no nesting), in two syncs each", async () => {
    const { fake, adapter } = setup({ text: "Căn cứ\nỦY BAN NHÂN DÂN" });
    await adapter.select(0, 6, 6);
    expect(
      await syncsOf(adapter, () => adapter.insertContentControl(ND30, "vbhc:cite:a", "Trích dẫn", "selection")),
    ).toBe(2);
    await adapter.select(0, 6, 6);
    await adapter.insertContentControl(LUAT, "vbhc:cite:b", "Trích dẫn", "selection");
    expect(fake.model.texts()).toEqual([`Căn cứ ${LUAT} ${ND30}`, "ỦY BAN NHÂN DÂN"]);
    expect(
      controlsOf(fake)
        .map(([, tag]) => tag)
        .sort(),
    ).toEqual(["vbhc:cite:a", "vbhc:cite:b"]);
    expect(
      controlsOf(fake)
        .map(([, , text]) => text)
        .sort(),
    ).toEqual([LUAT, ND30].sort());
  });

  it("never goes inside an existing citation: a caret in it moves after the control", async () => {
    const { fake, adapter } = setup({ text: "Theo đó." });
    await adapter.select(0, 4, 4);
    await adapter.insertContentControl(ND30, "vbhc:cite:a", "Trích dẫn", "selection");
    expect(fake.model.texts()).toEqual([`Theo ${ND30} đó.`]);
    await adapter.select(0, 10, 10); // inside “Nghị định …”
    await adapter.insertContentControl(LUAT, "vbhc:cite:b", "Trích dẫn", "selection");
    expect(fake.model.texts()).toEqual([`Theo ${ND30} ${LUAT} đó.`]);
    expect(controlsOf(fake)).toEqual([
      [0, "vbhc:cite:a", ND30],
      [0, "vbhc:cite:b", LUAT],
    ]);
  });

  it("keeps a selected text and inserts after it, with a space, instead of replacing it", async () => {
    const { fake, adapter } = setup({ text: "Bảng 1: số liệu\nThân bài" });
    await adapter.select(0, 0, 7); // “Bảng 1:” selected after “Đến vị trí”
    await adapter.insertContentControl(ND30, "vbhc:cite:a", "Trích dẫn", "selection");
    expect(fake.model.texts()).toEqual([`Bảng 1: ${ND30} số liệu`, "Thân bài"]);
  });

  it("does not glue a citation to the text of the paragraph it lands in", async () => {
    const { fake, adapter } = setup({ text: "ỦY BAN NHÂN DÂN\nThân bài" });
    await adapter.insertContentControl(ND30, "vbhc:cite:a", "Trích dẫn", "selection");
    expect(fake.model.texts()[0]).toBe(`${ND30} ỦY BAN NHÂN DÂN`);
    expect(controlsOf(fake)).toEqual([[0, "vbhc:cite:a", ND30]]);
  });
});

describe("office adapter: messages that reach the pane", () => {
  it("a selection that cannot be made is explained in Vietnamese", async () => {
    const { adapter } = setup({ text: "Một đoạn" });
    await expect(adapter.select(5)).rejects.toThrow("đoạn 6 không còn trong văn bản");
  });
});
