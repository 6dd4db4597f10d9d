/**
 * The officer's sequence from an empty document, as the pane runs it (header at the start, then the section
 * scaffold, "next heading" twice and the KT. closing, each at the cursor), on the Office.js adapter over the
 * fake Word host. It used to put everything inside the left cell of the header table, and number the
 * headings "4.", "4.", "4.".
 */
import { runChecks } from "../../../src/core/checks";
import { FIXED } from "../../../src/core/rules";
import { blockPlacement, headerBlockEnd } from "../../../src/core/structure/insertion-point";
import type { DocumentSnapshot } from "../../../src/core/model/document";
import { placeAtCursor } from "../../../src/taskpane/insert-at-cursor";
import { coreHeader } from "../../../src/taskpane/tabs/header/header-core";
import { emptyForm, type HeaderForm } from "../../../src/taskpane/tabs/header/header-form";
import { coreTemplates } from "../../../src/taskpane/tabs/templates/templates-core";
import type { HeadingLevelId } from "../../../src/taskpane/tabs/templates/heading-levels";
import type { WordAdapter } from "../../../src/word/adapter";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";

const FORM: HeaderForm = {
  ...emptyForm(new Date(2026, 1, 5)),
  parentAgency: "UBND tỉnh Trà Vinh",
  agency: "Sở Thông tin và Truyền thông",
  agencyCode: "STTTT",
  unit: "VP",
  typeSlug: "bao-cao",
  number: "5",
  place: "Trà Vinh",
  date: "05/02/2026",
  subject: "Kết quả chuyển đổi số quý I năm 2026",
  copyTo: "UBND tỉnh",
  authority: "KT",
  signerTitle: "Giám đốc",
  deputyTitle: "Phó Giám đốc",
  signer: "Nguyễn Văn A",
};

/** What the pane's buttons do (TemplatesView and HeaderView), without React. */
async function insertHeading(adapter: WordAdapter, level: HeadingLevelId): Promise<string> {
  const place = await placeAtCursor(adapter);
  const marker = coreTemplates.nextHeading(place.doc, level, place.at);
  await adapter.insertOoxml(coreTemplates.toOoxml(coreTemplates.headingXml(level, marker)), place.location);
  return marker.trim();
}
async function insertAtCursor(adapter: WordAdapter, bodyXml: string): Promise<void> {
  const place = await placeAtCursor(adapter);
  await adapter.insertOoxml(coreTemplates.toOoxml(bodyXml), place.location);
}

describe("drafting a báo cáo from an empty document on the fake host", () => {
  test("header, scaffold, next heading twice, closing: each lands after the last, outside the tables", async () => {
    const fake = createFakeWord();
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.insertOoxml(coreHeader.toOoxml(coreHeader.headerXml(FORM)), "start");
    await insertAtCursor(adapter, coreTemplates.scaffoldXml("bao-cao") ?? "");
    const first = await insertHeading(adapter, "roman");
    const second = await insertHeading(adapter, "roman");
    await insertAtCursor(adapter, coreHeader.closingXml(FORM));

    const snap = await adapter.readSnapshot();
    const texts = snap.paragraphs.map((p) => p.text);
    const inTable = snap.paragraphs.map((p) => p.inTable);
    const romans = texts.filter((t) => /^[IVX]+\. /.test(t)).map((t) => t.split(" ")[0]);
    // The scaffold's four sections, then the two new ones, numbered on.
    expect(romans).toEqual(["I.", "II.", "III.", "IV.", "V.", "VI."]);
    expect([first, second]).toEqual(["V.", "VI."]);
    // Nothing the pane inserted after the header is in a table except the closing's own table, and that
    // table comes after the last heading.
    const title = texts.indexOf("BÁO CÁO");
    const scaffoldStart = texts.indexOf("I. KẾT QUẢ THỰC HIỆN");
    const noiNhan = texts.indexOf(FIXED.noiNhan.text);
    const signer = texts.indexOf("Nguyễn Văn A");
    expect(texts.indexOf(FIXED.quocHieu.text)).toBeLessThan(title);
    expect(inTable[texts.indexOf(FIXED.quocHieu.text)]).toBe(true);
    expect(inTable[title]).toBe(false);
    expect(scaffoldStart).toBeGreaterThan(title);
    expect(inTable.slice(scaffoldStart, noiNhan)).not.toContain(true);
    expect(texts.indexOf("VI. ")).toBeLessThan(noiNhan);
    expect(inTable[noiNhan]).toBe(true);
    expect(signer).toBeGreaterThan(noiNhan);
    expect(texts).toContain("KT. GIÁM ĐỐC");
    // The closing table is not nested in another table: the header table's cells hold only header lines.
    expect(fake.model.blocks.filter((b) => b.kind === "table")).toHaveLength(2);
    // The caret is at the end of what was inserted last.
    expect(fake.model.selection?.paragraph).toBeGreaterThan(signer);

    // The pane's own headings are drawn like the body: no layout finding on them.
    const report = runChecks(snap);
    const onHeadings = report.findings.filter(
      (f) => f.paragraph !== undefined && /^(V|VI)\. /.test(texts[f.paragraph] ?? ""),
    );
    expect(onHeadings.map((f) => f.ruleId)).toEqual([]);
  });

  test("headings inserted one after another follow each other and are numbered on", async () => {
    const fake = createFakeWord({ text: "I. KẾT QUẢ\n1. Việc một\n2. Việc hai\n3. Việc ba\nII. TỒN TẠI" });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.select(3, 4, 4);
    const markers = [];
    for (let i = 0; i < 3; i++) markers.push(await insertHeading(adapter, "arabic"));
    expect(markers).toEqual(["4.", "5.", "6."]);
    expect(fake.model.texts()).toEqual([
      "I. KẾT QUẢ",
      "1. Việc một",
      "2. Việc hai",
      "3. Việc ba",
      "4. ",
      "5. ",
      "6. ",
      "II. TỒN TẠI",
    ]);
  });
});

describe("blockPlacement", () => {
  const doc = (lines: string[], table: number[] = []): DocumentSnapshot => ({
    source: "txt",
    hasFormatting: false,
    paragraphs: lines.map((text, index) => ({ index, text, inTable: table.includes(index) })),
  });

  test("a caret in a table goes after the table, into the empty last paragraph when there is one", () => {
    const d = doc(["Trước", "ô 1", "ô 2", "Sau"], [1, 2]);
    expect(blockPlacement(d, { paragraph: 1, start: 0 })).toMatchObject({
      place: { paragraph: 3, where: "before" },
      at: 3,
      reason: "table",
    });
    const e = doc(["Trước", "ô 1", "ô 2", ""], [1, 2]);
    expect(blockPlacement(e, { paragraph: 2, start: 1 }).place).toEqual({ paragraph: 3, where: "fill" });
  });

  test("a selection holding text is kept: the block goes after the paragraph where it ends", () => {
    const d = doc(["một", "hai", "ba"]);
    expect(blockPlacement(d, { paragraph: 0, start: 1, endParagraph: 1, hasText: true })).toMatchObject({
      place: { paragraph: 1, where: "after" },
      at: 2,
      reason: "selection",
    });
  });

  test("an empty paragraph is filled; no cursor means the end", () => {
    const d = doc(["một", "", "ba"]);
    expect(blockPlacement(d, { paragraph: 1, start: 0 }).place).toEqual({ paragraph: 1, where: "fill" });
    expect(blockPlacement(d, undefined)).toEqual({ place: "end", at: 3, reason: "end" });
  });

  test("the header block runs through the tên loại, the trích yếu and its rule line", () => {
    const d = doc(
      [
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 1/BC-SNV",
        "Hà Nội, ngày 5 tháng 2 năm 2026",
        "",
        "BÁO CÁO",
        "Kết quả công tác",
        "",
        "Thân bài",
      ],
      [0, 1, 2, 3],
    );
    d.paragraphs[5].alignment = "centered";
    d.paragraphs[6].alignment = "centered";
    d.paragraphs[8].alignment = "justified";
    expect(headerBlockEnd(d)).toBe(7);
    expect(blockPlacement(d, { paragraph: 0, start: 0 })).toMatchObject({
      place: { paragraph: 7, where: "after" },
      reason: "header",
    });
  });
});
