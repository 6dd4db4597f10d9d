/**
 * The playground's "Tải .docx" (the fake host's exportDocx) keeps every section of a loaded .docx: each section's
 * paper, orientation and margins, where it starts, and what else its w:sectPr held, its headers and footers (page
 * numbers, a different first page), styles and list numbering, also after the document is edited, and never a
 * reference to a part the package does not hold.
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

/**
 * What makes Word refuse a package, as "part: problem" lines: an r:id or r:embed a part names without a relationship
 * of that id, a relationship whose target is not in the zip, a part without a content type.
 */
async function danglingIds(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const problems: string[] = [];
  for (const path of files) {
    const slash = path.lastIndexOf("/") + 1;
    const dir = path.slice(0, slash);
    const ext = path.slice(path.lastIndexOf(".") + 1);
    if (
      path !== "[Content_Types].xml" &&
      !types.includes(`PartName="/${path}"`) &&
      !types.includes(`Extension="${ext}"`)
    )
      problems.push(`${path}: no content type`);
    if (path.endsWith(".rels")) {
      // Targets are relative to the folder that holds the _rels folder.
      const base = dir
        .replace(/_rels\/$/, "")
        .split("/")
        .filter(Boolean);
      const rels = (await zip.file(path)?.async("string")) ?? "";
      for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? "";
        const parts = target.startsWith("/") ? [] : [...base];
        for (const seg of target.split("/").filter(Boolean)) {
          if (seg === "..") parts.pop();
          else parts.push(seg);
        }
        if (!zip.file(parts.join("/"))) problems.push(`${path}: no part ${target}`);
      }
      continue;
    }
    if (!path.endsWith(".xml")) continue;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const rels = (await zip.file(`${dir}_rels/${path.slice(slash)}.rels`)?.async("string")) ?? "";
    for (const m of xml.matchAll(/\br:(?:id|embed|link)="([^"]+)"/g)) {
      if (!rels.includes(`Id="${m[1]}"`)) problems.push(`${path}: no relationship ${m[1]}`);
    }
  }
  return problems;
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

const CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** Adds a part to a package, with its content type and, when relId is given, a relationship of word/document.xml. */
async function addPart(
  zip: JSZip,
  path: string,
  data: string | Uint8Array,
  contentType: string,
  rel?: { id: string; type: string },
): Promise<void> {
  zip.file(path, data);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`),
  );
  if (!rel) return;
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${rel.id}" Type="${REL}/${rel.type}" Target="${path.replace(/^word\//, "")}"/></Relationships>`,
    ),
  );
}

const footer = (content: string) => `<w:ftr ${W_NS} ${R_NS}>${content}</w:ftr>`;
const header = (content: string) => `<w:hdr ${W_NS} ${R_NS}>${content}</w:hdr>`;
const RIGHT_PAGE_FIELD = PAGE_FIELD_PARAGRAPH.replace('w:val="center"', 'w:val="right"');

/**
 * A decree-style document in two sections. The first: page numbers centred in the default header, an empty
 * first-page header (w:titlePg: no number on page 1), a footer with a line of text, and a logo in the header (its
 * own relationship). The second: an empty header and the page number on the right of its footer, and an even-page
 * footer whose picture is missing from the package (that one cannot be carried). A list paragraph, and a style
 * of the document's own.
 */
async function headersAndFooters(): Promise<Uint8Array> {
  const body =
    para("Mở đầu", '<w:pStyle w:val="VbhcBody"/>') +
    para("Mục một", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>') +
    `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/>` +
    `<w:headerReference w:type="first" r:id="rIdHdrFirst"/><w:footerReference w:type="default" r:id="rIdFtr1"/>` +
    `<w:pgSz w:w="11906" w:h="16838"/>${pgMar(20, 15, 20, 30)}<w:titlePg/></w:sectPr></w:pPr>` +
    `<w:r><w:t>Hết phần một</w:t></w:r></w:p>` +
    para("Phụ lục");
  const base = await writeDocxPackage({
    bodyXml: body,
    headers: { default: PAGE_FIELD_PARAGRAPH, first: "<w:p/>" },
    sectPrXml:
      `<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr3"/><w:footerReference w:type="default" r:id="rIdFtr2"/>` +
      `<w:footerReference w:type="even" r:id="rIdFtrEven"/><w:pgSz w:w="11906" w:h="16838"/>${pgMar(20, 15, 20, 30)}</w:sectPr>`,
  });
  const zip = await JSZip.loadAsync(base);
  // A logo in the default header, through the header's own relationships.
  const hdr1 = (await zip.file("word/header1.xml")?.async("string")) ?? "";
  zip.file(
    "word/header1.xml",
    hdr1.replace(
      "</w:hdr>",
      `<w:p><w:r><w:drawing><a:blip ${R_NS} r:embed="rIdLogo"/></w:drawing></w:r></w:p></w:hdr>`,
    ),
  );
  zip.file(
    "word/_rels/header1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdLogo" Type="${REL}/image" Target="media/logo.png"/></Relationships>`,
  );
  await addPart(zip, "word/media/logo.png", PNG, "image/png");
  await addPart(zip, "word/header3.xml", header("<w:p/>"), `${CT_WML}.header+xml`, { id: "rIdHdr3", type: "header" });
  await addPart(zip, "word/footer1.xml", footer(para("Chân trang một")), `${CT_WML}.footer+xml`, {
    id: "rIdFtr1",
    type: "footer",
  });
  await addPart(zip, "word/footer2.xml", footer(RIGHT_PAGE_FIELD), `${CT_WML}.footer+xml`, {
    id: "rIdFtr2",
    type: "footer",
  });
  await addPart(zip, "word/footer3.xml", footer(para("Trang chẵn")), `${CT_WML}.footer+xml`, {
    id: "rIdFtrEven",
    type: "footer",
  });
  zip.file(
    "word/_rels/footer3.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdGone" Type="${REL}/image" Target="media/gone.png"/></Relationships>`,
  );
  await addPart(
    zip,
    "word/numbering.xml",
    `<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="4"/>` +
      `<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>`,
    `${CT_WML}.numbering+xml`,
    { id: "rIdNumbering", type: "numbering" },
  );
  const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  zip.file(
    "word/styles.xml",
    styles.replace(
      "</w:styles>",
      `<w:style w:type="paragraph" w:styleId="VbhcBody"><w:name w:val="Thân văn bản riêng"/>` +
        `<w:pPr><w:ind w:firstLine="567"/></w:pPr></w:style></w:styles>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

const partText = async (bytes: Uint8Array, path: string) => (await JSZip.loadAsync(bytes)).file(path)?.async("string");

describe("fake host export keeps headers, footers, styles and numbering", () => {
  it("the fixture says what the decree asks: numbers from page 2, centred in the header; in the footer after", async () => {
    const bytes = await headersAndFooters();
    const sections = (await readDocx(bytes)).sections!;
    expect(sections.map((s) => s.pageNumbers)).toEqual([
      { position: "header", differentFirstPage: true, alignment: "centered", size: 14 },
      { position: "footer", differentFirstPage: false, alignment: "right", size: 14 },
    ]);
    // Only the even footer's picture is missing, so only that part is broken.
    expect(await danglingIds(bytes)).toEqual(["word/_rels/footer3.xml.rels: no part media/gone.png"]);
  });

  it("a loaded document downloads with the same page numbers, footers, logo, list numbers and styles", async () => {
    const bytes = await headersAndFooters();
    const input = await readDocx(bytes);
    const out = await createFakeWord({ docx: bytes }).exportDocx();
    const exported = await readDocx(out);
    expect(exported.sections!.map((s) => s.pageNumbers)).toEqual(input.sections!.map((s) => s.pageNumbers));
    expect(await danglingIds(out)).toEqual([]);
    // Parts come as they were, byte for byte where the model does not edit them.
    const zipIn = await JSZip.loadAsync(bytes);
    const zipOut = await JSZip.loadAsync(out);
    for (const path of ["word/footer1.xml", "word/header1.xml", "word/media/logo.png", "word/numbering.xml"]) {
      expect(await zipOut.file(path)?.async("uint8array")).toEqual(await zipIn.file(path)?.async("uint8array"));
    }
    expect(await partText(out, "word/styles.xml")).toContain('w:styleId="VbhcBody"');
    // The list paragraph keeps its number from the document's own numbering; the style keeps its name.
    expect(exported.paragraphs[1].list).toEqual(input.paragraphs[1].list);
    expect(input.paragraphs[1].list?.marker).toBe("IV.");
    expect(exported.paragraphs[0].style).toBe("Thân văn bản riêng");
    // The even footer could not come whole: it and its reference are gone; the other references stay.
    const doc = (await partText(out, "word/document.xml")) ?? "";
    expect(zipOut.file("word/footer3.xml")).toBeNull();
    expect(doc).not.toContain("rIdFtrEven");
    expect([...doc.matchAll(/<w:(header|footer)Reference w:type="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      "header default",
      "header first",
      "footer default",
      "header default",
      "footer default",
    ]);
  });

  it("an edit through the adapter before the download keeps them", async () => {
    const bytes = await headersAndFooters();
    const input = await readDocx(bytes);
    const fake = createFakeWord({ docx: bytes });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.insertOoxml(toFlatOpc(para("Đoạn chèn")), { paragraph: 0, where: "after" });
    const out = await fake.exportDocx();
    const exported = await readDocx(out);
    expect(exported.paragraphs.map((p) => p.text)).toEqual([
      "Mở đầu",
      "Đoạn chèn",
      "Mục một",
      "Hết phần một",
      "Phụ lục",
    ]);
    expect(exported.sections!.map((s) => s.pageNumbers)).toEqual(input.sections!.map((s) => s.pageNumbers));
    expect(exported.sections!.map((s) => s.firstParagraph)).toEqual([0, 4]);
    expect(await danglingIds(out)).toEqual([]);
    // And again after a second round trip through the playground (its own download, opened again).
    const again = await createFakeWord({ docx: out }).exportDocx();
    expect((await readDocx(again)).sections!.map((s) => s.pageNumbers)).toEqual(
      input.sections!.map((s) => s.pageNumbers),
    );
    expect(await danglingIds(again)).toEqual([]);
  });

  it("a blank page after a loaded document carries nothing of it", async () => {
    const fake = createFakeWord({ docx: await headersAndFooters() });
    await fake.load();
    const out = await fake.exportDocx();
    const zip = await JSZip.loadAsync(out);
    expect(Object.keys(zip.files).filter((f) => /header|footer|numbering|media/.test(f))).toEqual([]);
    expect(await partText(out, "word/styles.xml")).not.toContain("VbhcBody");
    expect(await danglingIds(out)).toEqual([]);
  });
});
