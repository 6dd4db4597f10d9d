/**
 * A valid package with everything Word puts in real documents at once: tracked changes, comments,
 * fields, nested tables, text boxes (DrawingML and VML), bookmarks, a footnote and several sections.
 * The reader must give each body paragraph's visible text, nothing more and nothing less.
 */
import JSZip from "jszip";
import { readDocx } from "../../../src/docx/read-docx";
import { docxWith } from "../../helpers/bad-inputs";

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'mc:Ignorable="w14"';

const t = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
const p = (inner: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
const tc = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const change = 'w:author="Chuyên viên" w:date="2026-03-05T08:00:00Z"';

const drawingTextBox =
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
  '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/>' +
  '<wp:wrapNone/><wp:docPr id="1" name="Hộp văn bản 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' +
  `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>${p(t("Chữ trong hộp"))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>` +
  "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
  `<mc:Fallback><w:pict><v:shape style="width:144pt;height:36pt"><v:textbox><w:txbxContent>${p(t("Chữ trong hộp"))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
  "</mc:AlternateContent></w:r>";

const vmlTextBox = `<w:r><w:pict><v:shape style="width:100pt;height:30pt"><v:textbox><w:txbxContent>${p(t("Hộp VML"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

const body =
  // 0: tracked insertion and deletion, a moved phrase, a comment and a bookmark.
  p(
    `<w:bookmarkStart w:id="0" w:name="dau"/>${t("Kính gửi: ")}` +
      `<w:ins w:id="1" ${change}>${t("Ủy ban nhân dân tỉnh")}</w:ins>` +
      `<w:del w:id="2" ${change}><w:r><w:delText>Sở Nội vụ</w:delText></w:r></w:del>` +
      `<w:commentRangeStart w:id="3"/>${t(" và các sở")}<w:commentRangeEnd w:id="3"/>` +
      '<w:r><w:commentReference w:id="3"/></w:r><w:bookmarkEnd w:id="0"/>' +
      `<w:moveFrom w:id="4" ${change}><w:r><w:t>cũ</w:t></w:r></w:moveFrom>` +
      `<w:moveTo w:id="5" ${change}>${t(", ngành")}</w:moveTo>`,
  ) +
  // 1: a complex field (its result is text, its instruction is not) and a simple field.
  p(
    `${t("Ngày ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${t("05/03/2026")}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `${t(", trang ")}<w:fldSimple w:instr=" PAGE ">${t("1")}</w:fldSimple>` +
      `<w:r><w:footnoteReference w:id="1"/></w:r>`,
  ) +
  // 2: a paragraph anchoring a DrawingML text box (with its VML fallback) and a VML text box.
  p(`${t("Đoạn có hộp văn bản")}${drawingTextBox}${vmlTextBox}${t(".")}`) +
  // 3: the end of a portrait section.
  p(
    t("Hết phần một"),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>',
  ) +
  // 4–8: a table with a nested table, one row inserted as a tracked change.
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
  `<w:tr>${tc(p(t("Ô 1")))}${tc(`${p(t("Ô 2"))}<w:tbl><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid><w:tr>${tc(p(t("Ô lồng")))}</w:tr></w:tbl>${p("")}`)}</w:tr>` +
  `<w:tr><w:trPr><w:ins w:id="6" ${change}/></w:trPr>${tc(p(`<w:ins w:id="7" ${change}>${t("Dòng thêm")}</w:ins>`))}</w:tr>` +
  `</w:tbl>` +
  // 9: a section of its own that is landscape, then the last one again in portrait (the body's sectPr).
  p(
    t("Phần hai, khổ ngang"),
    '<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>',
  ) +
  p(t("Phần ba")) +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/></w:sectPr>';

const comments =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${NS}>` +
  `<w:comment w:id="3" w:author="Lãnh đạo" w:date="2026-03-05T09:00:00Z">${p(t("Xem lại tên cơ quan"))}</w:comment></w:comments>`;
const footnotes =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${NS}>` +
  `<w:footnote w:id="1">${p(t("Chú thích cuối trang"))}</w:footnote></w:footnotes>`;

async function richDocx(): Promise<Uint8Array> {
  const base = await docxWith({
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`,
    "word/comments.xml": comments,
    "word/footnotes.xml": footnotes,
  });
  // Register the new parts as Word does, so the package is valid and not just readable.
  const zip = await JSZip.loadAsync(base);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ),
  );
  const relsPath = "word/_rels/document.xml.rels";
  const rels = (await zip.file(relsPath)?.async("string")) ?? "";
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' +
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readDocx on a rich, valid document", () => {
  it("reads each body paragraph's visible text in order, tables included, and nothing else", async () => {
    const snap = await readDocx(await richDocx());
    expect(snap.paragraphs.map((x) => x.text)).toEqual([
      // Insertions and moved-to text count; deletions, moved-from text and comment marks do not.
      "Kính gửi: Ủy ban nhân dân tỉnh và các sở, ngành",
      // A field reads as its result; its instruction and the footnote mark are not text.
      "Ngày 05/03/2026, trang 1",
      // A text box is a story of its own: its text is not mixed into the paragraph that anchors it.
      "Đoạn có hộp văn bản.",
      "Hết phần một",
      "Ô 1",
      "Ô 2",
      "Ô lồng",
      "",
      "Dòng thêm",
      "Phần hai, khổ ngang",
      "Phần ba",
    ]);
    expect(snap.paragraphs.map((x) => x.cell ?? null).slice(4, 9)).toEqual([
      { table: 0, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 1, row: 0, cell: 0 },
      { table: 0, row: 0, cell: 1 },
      { table: 0, row: 1, cell: 0 },
    ]);
    // Comments and footnotes are other parts: none of their text is a body paragraph.
    const all = snap.paragraphs.map((x) => x.text).join("\n");
    for (const elsewhere of [
      "Xem lại tên cơ quan",
      "Chú thích cuối trang",
      "Chữ trong hộp",
      "Hộp VML",
      "Sở Nội vụ",
      "DATE",
    ]) {
      expect(all).not.toContain(elsewhere);
    }
  });

  it("takes the page setup from the last section", async () => {
    const snap = await readDocx(await richDocx());
    expect(snap.pageSetup).toMatchObject({
      width: expect.closeTo(210, 0),
      height: expect.closeTo(297, 0),
      marginLeft: expect.closeTo(30, 0),
      marginTop: expect.closeTo(20, 0),
      orientation: "portrait",
    });
  });
});
