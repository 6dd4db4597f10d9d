import JSZip from "jszip";
import { DocxReadError, readDocx } from "../../../src/docx/read-docx";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { para } from "./helpers";

/** Replaces or adds parts of a package built by our writer. */
async function withParts(bytes: Uint8Array, parts: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array" });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("readDocx structure", () => {
  it("numbers paragraphs in body order through tables and nested tables, with cell coordinates", async () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(para("N1"))}${cell(para("N2"))}</w:tr></w:tbl>`;
    const body =
      para("Trước") +
      `<w:tbl><w:tr>${cell(para("A1"))}${cell(para("B1") + nested + para("B1 sau"))}</w:tr>` +
      `<w:tr>${cell(para("A2"))}${cell(para("B2"))}</w:tr></w:tbl>` +
      para("Sau");
    const snap = await readDocx(await writeDocxPackage({ bodyXml: body }));
    expect(snap.paragraphs.map((p) => [p.text, p.inTable, p.cell ?? null])).toEqual([
      ["Trước", false, null],
      ["A1", true, { table: 0, row: 0, cell: 0 }],
      ["B1", true, { table: 0, row: 0, cell: 1 }],
      ["N1", true, { table: 1, row: 0, cell: 0 }],
      ["N2", true, { table: 1, row: 0, cell: 1 }],
      ["B1 sau", true, { table: 0, row: 0, cell: 1 }],
      ["A2", true, { table: 0, row: 1, cell: 0 }],
      ["B2", true, { table: 0, row: 1, cell: 1 }],
      ["Sau", false, null],
    ]);
    expect(snap.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("reads text through tabs, breaks, hyperlinks, insertions and content controls, but not deletions", async () => {
    const body =
      "<w:p><w:r><w:t>Một</w:t><w:tab/><w:t>hai</w:t><w:br/><w:t>ba</w:t></w:r>" +
      '<w:hyperlink r:id="x"><w:r><w:t xml:space="preserve"> liên kết</w:t></w:r></w:hyperlink>' +
      "<w:ins><w:r><w:t> thêm</w:t></w:r></w:ins><w:del><w:r><w:delText> xoá</w:delText></w:r></w:del>" +
      '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent><w:r><w:t> điều khiển</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:br w:type="page"/><w:t>.</w:t></w:r></w:p>';
    const snap = await readDocx(await writeDocxPackage({ bodyXml: body }));
    expect(snap.paragraphs[0].text).toBe("Một\thai\nba liên kết thêm điều khiển.");
  });
});

describe("readDocx formatting", () => {
  const styles =
    `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="24"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base style"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:jc w:val="both"/><w:ind w:firstLine="720"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived style"/><w:basedOn w:val="Base"/>` +
    `<w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="Em"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>` +
    `</w:styles>`;

  it("resolves defaults → basedOn chain → run style → direct formatting", async () => {
    const body =
      para("Thường") +
      para("Kế thừa", '<w:pStyle w:val="Derived"/>') +
      para("Nghiêng", '<w:pStyle w:val="Derived"/>', '<w:rPr><w:rStyle w:val="Em"/><w:b w:val="0"/></w:rPr>') +
      para("Treo", '<w:pStyle w:val="Base"/><w:ind w:left="720" w:hanging="360"/><w:jc w:val="center"/>') +
      '<w:p><w:pPr><w:pStyle w:val="Base"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Đậm</w:t></w:r><w:r><w:t> thường</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">  </w:t></w:r></w:p>';
    const bytes = await withParts(await writeDocxPackage({ bodyXml: body }), { "word/styles.xml": styles });
    const [normal, derived, em, hang, mixed] = (await readDocx(bytes)).paragraphs;
    expect(normal).toMatchObject({ style: "Normal", alignment: "left", spaceAfter: 8, firstLineIndent: 0 });
    expect(normal.font).toMatchObject({ name: "Arial", size: 12, bold: false });
    expect(normal.lineSpacing).toEqual({ rule: "multiple", value: 1.08 });
    expect(derived).toMatchObject({ style: "Derived style", alignment: "justified", firstLineIndent: 36 });
    expect(derived).toMatchObject({ spaceBefore: 6, spaceAfter: 6 });
    expect(derived.font).toMatchObject({ name: "Times New Roman", size: 14, bold: true, italic: false });
    expect(em.font).toMatchObject({ bold: false, italic: true, size: 14 });
    expect(hang).toMatchObject({ firstLineIndent: -18, leftIndent: 36, alignment: "centered" });
    // Bold differs between the non-empty runs; whitespace-only runs do not count.
    expect(mixed.font).toMatchObject({ name: "Times New Roman", size: 14 });
    expect(mixed.font?.bold).toBeUndefined();
  });

  it("reads list level and exact line spacing", async () => {
    const body =
      para("Mục", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>') +
      para("Không danh sách", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>') +
      para("Chính xác", '<w:spacing w:line="360" w:lineRule="exact"/>');
    const snap = await readDocx(await writeDocxPackage({ bodyXml: body }));
    expect(snap.paragraphs[0].list).toEqual({ level: 1 });
    expect(snap.paragraphs[1].list).toBeUndefined();
    expect(snap.paragraphs[2].lineSpacing).toEqual({ rule: "exact", value: 18 });
  });
});

describe("readDocx page setup", () => {
  const pgSz = '<w:pgSz w:w="11906" w:h="16838"/>';
  const pgMar =
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>';
  const pageField = (jc: string, size = 26) =>
    `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:r><w:rPr><w:sz w:val="${size}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r><w:rPr><w:sz w:val="${size}"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;

  it("reads A4 size and margins in millimetres and a centred page number in the header, none on page 1", async () => {
    const snap = await readDocx(
      await writeDocxPackage({
        bodyXml: para("x"),
        headers: { default: pageField("center"), first: para("") },
        sectPrXml:
          '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/>' +
          `<w:headerReference w:type="first" r:id="rIdHdrFirst"/>${pgSz}${pgMar}<w:titlePg/></w:sectPr>`,
      }),
    );
    const ps = snap.pageSetup!;
    expect(ps.width).toBeCloseTo(210, 0);
    expect(ps.height).toBeCloseTo(297, 0);
    expect(ps.marginTop).toBeCloseTo(20, 0);
    expect(ps.marginLeft).toBeCloseTo(30, 0);
    expect(ps.orientation).toBe("portrait");
    expect(ps.pageNumbers).toEqual({ position: "header", alignment: "centered", differentFirstPage: true, size: 13 });
  });

  it("sees a fldSimple page number in the footer, and a first-page header with the field as numbered", async () => {
    const footer =
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>';
    const bytes = await writeDocxPackage({
      bodyXml: para("x"),
      headers: { default: para("Không số"), first: pageField("center") },
      sectPrXml:
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/>' +
        '<w:footerReference w:type="default" r:id="rIdFtr"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>',
    });
    const zip = await JSZip.loadAsync(bytes);
    zip.file("word/footer1.xml", `<w:ftr ${W}>${footer}</w:ftr>`);
    const rels = (await zip.file("word/_rels/document.xml.rels")!.async("string")).replace(
      "</Relationships>",
      '<Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>',
    );
    zip.file("word/_rels/document.xml.rels", rels);
    const snap = await readDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(snap.pageSetup?.orientation).toBe("landscape");
    expect(snap.pageSetup?.pageNumbers).toMatchObject({
      position: "footer",
      alignment: "right",
      differentFirstPage: false,
    });
  });

  it("reports no page number when no header or footer has the field", async () => {
    const snap = await readDocx(await writeDocxPackage({ bodyXml: para("x") }));
    expect(snap.pageSetup?.pageNumbers).toEqual({ position: "none", differentFirstPage: false });
  });
});

describe("readDocx errors", () => {
  it("refuses text that is not a zip, saying it is text, in English and Vietnamese", async () => {
    const err = await readDocx(new TextEncoder().encode("không phải docx")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocxReadError);
    expect((err as DocxReadError).code).toBe("not-docx");
    expect((err as DocxReadError).english).toMatch(/plain-text file/);
    expect((err as DocxReadError).vietnamese).toMatch(/không phải văn bản \.docx/);
  });

  it("refuses a zip without word/document.xml as corrupt", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "xin chào");
    const err = await readDocx(await zip.generateAsync({ type: "uint8array" })).catch((e: unknown) => e);
    expect((err as DocxReadError).code).toBe("corrupt");
  });

  it("refuses malformed document XML as corrupt", async () => {
    const bytes = await withParts(await writeDocxPackage({ bodyXml: para("x") }), {
      "word/document.xml": "<w:document><oops",
    });
    expect(((await readDocx(bytes).catch((e: unknown) => e)) as DocxReadError).code).toBe("corrupt");
  });

  it("refuses an old .doc (OLE2) file and says to save it as .docx", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const err = (await readDocx(ole).catch((e: unknown) => e)) as DocxReadError;
    expect(err.code).toBe("old-doc");
    expect(err.english).toMatch(/save it as \.docx/);
    expect(err.vietnamese).toMatch(/\.docx/);
  });

  it("refuses a file over the size limit before unzipping it", async () => {
    const bytes = await writeDocxPackage({ bodyXml: para("x") });
    const err = (await readDocx(bytes, { maxBytes: bytes.length - 1 }).catch((e: unknown) => e)) as DocxReadError;
    expect(err.code).toBe("too-large");
    await expect(readDocx(bytes, { maxBytes: bytes.length })).resolves.toBeDefined();
  });
});

describe("readDocx inflation guard", () => {
  it("refuses a package whose document part inflates far beyond the limit", async () => {
    const big = para("x".repeat(400_000));
    const bytes = await writeDocxPackage({ bodyXml: big });
    // Compressed, the package is tiny; inflated, the document part is over 4 × the limit.
    expect(bytes.length).toBeLessThan(50_000);
    const err = (await readDocx(bytes, { maxPartBytes: 60_000 }).catch((e: unknown) => e)) as DocxReadError;
    expect(err).toBeInstanceOf(DocxReadError);
    expect(err.code).toBe("too-large");
    expect(err.english).toMatch(/word\/document\.xml inflates to more than/);
    await expect(readDocx(bytes, { maxPartBytes: 1_000_000 })).resolves.toBeDefined();
  });
});
