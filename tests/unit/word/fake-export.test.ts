/**
 * The playground's "Tải .docx" (the fake host's exportDocx) keeps every section of a loaded .docx: each section's
 * paper, orientation and margins, where it starts, and what else its w:sectPr held, also after the document is
 * edited, and never a reference to a header part the package does not hold.
 */
import JSZip from "jszip";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { toFlatOpc } from "../../../src/docx/flat-opc";
import { createFakeWord } from "../../../src/word/fake";
import { spanBetween, splitAtCaret, typeText } from "../../../src/word/fake/model";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { PAGE_FIELD_PARAGRAPH, para, pgMar } from "../docx/helpers";

const pageField = PAGE_FIELD_PARAGRAPH;

/** A portrait body (25 mm left margin, page numbers in its header) and a landscape annex with other margins. */
async function bodyAndAnnex(): Promise<Uint8Array> {
  const body =
    para("Thân văn bản") +
    `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/>` +
    `<w:pgSz w:w="11906" w:h="16838"/>${pgMar(20, 15, 20, 25)}<w:titlePg/></w:sectPr></w:pPr><w:r><w:t>Hết thân</w:t></w:r></w:p>` +
    para("Phụ lục") +
    para("Bảng");
  return writeDocxPackage({
    bodyXml: body,
    headers: { default: pageField },
    sectPrXml:
      `<w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
      `${pgMar(30, 20, 15, 20)}<w:pgNumType w:start="1"/><w:cols w:space="720"/><w:printerSettings r:id="rIdPrinter"/></w:sectPr>`,
  });
}

/** Every r:id the main document names has a relationship (else Word refuses the file). */
async function danglingIds(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  const ids = [...doc.matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]);
  return ids.filter((id) => !rels.includes(`Id="${id}"`));
}

const pageOf = (s: { width: number; height: number; orientation: string; marginLeft: number; marginTop: number }) => [
  Math.round(s.width),
  Math.round(s.height),
  s.orientation,
  Math.round(s.marginLeft),
  Math.round(s.marginTop),
];

describe("fake host export keeps every section", () => {
  it("a loaded body and landscape annex download with both sections, where they were", async () => {
    const bytes = await bodyAndAnnex();
    const original = (await readDocx(bytes)).sections!;
    expect(original.map(pageOf)).toEqual([
      [210, 297, "portrait", 25, 20],
      [297, 210, "landscape", 20, 30],
    ]);
    const fake = createFakeWord({ docx: bytes });
    const out = await fake.exportDocx();
    const exported = await readDocx(out);
    expect(exported.sections!.map(pageOf)).toEqual(original.map(pageOf));
    expect(exported.sections!.map((s) => s.firstParagraph)).toEqual([0, 2]);
    expect(exported.paragraphs.map((p) => p.text)).toEqual(["Thân văn bản", "Hết thân", "Phụ lục", "Bảng"]);
    // The last section's other settings come along; no reference to a header part that is not in the package.
    const xml = (await (await JSZip.loadAsync(out)).file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain('<w:pgNumType w:start="1"/>');
    expect(xml).toContain("<w:titlePg/>");
    expect(await danglingIds(out)).toEqual([]);
  });

  it("edits at the section break keep two sections: Enter, typing, and a paragraph the pane inserts after it", async () => {
    const fake = createFakeWord({ docx: await bodyAndAnnex() });
    await fake.ready;
    // Enter at the end of "Hết thân" (the paragraph that ends the body section), then a new line of text.
    fake.model.selectionSpan = spanBetween(fake.model, { paragraph: 1, offset: 8 }, { paragraph: 1, offset: 8 });
    splitAtCaret(fake.model);
    typeText(fake.model, "Nơi nhận:");
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.insertOoxml(toFlatOpc(para("Chèn sau")), { paragraph: 0, where: "after" });
    const exported = await readDocx(await fake.exportDocx());
    expect(exported.paragraphs.map((p) => p.text)).toEqual([
      "Thân văn bản",
      "Chèn sau",
      "Hết thân",
      "Nơi nhận:",
      "Phụ lục",
      "Bảng",
    ]);
    // The body still ends after "Nơi nhận:" (the break stays on the original paragraph mark), and no section is added.
    expect(exported.sections!.map((s) => [s.firstParagraph, s.orientation])).toEqual([
      [0, "portrait"],
      [4, "landscape"],
    ]);
    // Word's view of the edited document agrees: the annex now starts at paragraph 4.
    const desktop = createFakeWord({
      docx: await fake.exportDocx(),
      requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" },
    });
    await desktop.ready;
    desktop.model.selectionSpan = spanBetween(desktop.model, { paragraph: 0, offset: 0 }, { paragraph: 0, offset: 0 });
    splitAtCaret(desktop.model);
    const sections = await createOfficeAdapter({ Word: desktop.Word, Office: desktop.Office }).readSections!();
    expect(sections!.map((s) => [s.firstParagraph, s.orientation])).toEqual([
      [0, "portrait"],
      [5, "landscape"],
    ]);
  });

  it("a blank page after a loaded document downloads with one A4 portrait section", async () => {
    const fake = createFakeWord({ docx: await bodyAndAnnex() });
    await fake.load();
    const exported = await readDocx(await fake.exportDocx());
    expect(exported.sections ?? []).toHaveLength(1);
    expect(exported.pageSetup && pageOf(exported.pageSetup)).toEqual([210, 297, "portrait", 30, 20]);
  });
});
