/**
 * A loaded document with page numbers from page 2 (NĐ 30: centred at the top, none on the first page) and a
 * footer, edited in the fake host and downloaded, as LibreOffice lays it out.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { toFlatOpc } from "../../src/docx/flat-opc";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { createFakeWord } from "../../src/word/fake";
import { createOfficeAdapter } from "../../src/word/office-adapter";
import { convertWithLibreOffice, pdfBoxes, pdfText } from "../helpers/libreoffice";
import { PAGE_FIELD_PARAGRAPH, para, pgMar } from "../unit/docx/helpers";

jest.setTimeout(180_000);

let outDir: string;
beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-fake-headers-"));
});
afterAll(async () => {
  await fs.rm(outDir, { recursive: true, force: true });
});

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Three pages, each paragraph after the first on a page of its own; the footer added to our own package. */
async function threePages(): Promise<Uint8Array> {
  const newPage = "<w:pageBreakBefore/>";
  const base = await writeDocxPackage({
    bodyXml: para("Trang đầu") + para("Trang giữa", newPage) + para("Trang cuối", newPage),
    headers: { default: PAGE_FIELD_PARAGRAPH, first: "<w:p/>" },
    sectPrXml:
      `<w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/>` +
      `<w:headerReference w:type="first" r:id="rIdHdrFirst"/><w:footerReference w:type="default" r:id="rIdFtr"/>` +
      `<w:pgSz w:w="11906" w:h="16838"/>${pgMar(20, 15, 20, 30)}<w:titlePg/></w:sectPr>`,
  });
  const zip = await JSZip.loadAsync(base);
  zip.file("word/footer1.xml", `<w:ftr ${W_NS}>${para("Chân trang riêng")}</w:ftr>`);
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    ),
  );
  const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
  zip.file(
    "word/_rels/document.xml.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdFtr" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("fake host download → LibreOffice", () => {
  it("shows the page number centred at the top from page 2, and the footer, after an edit", async () => {
    const fake = createFakeWord({ docx: await threePages() });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.insertOoxml(toFlatOpc(para("Đoạn thêm")), { paragraph: 0, where: "after" });
    const docx = path.join(outDir, "loaded-and-edited.docx");
    await fs.writeFile(docx, await fake.exportDocx());
    const pdf = await convertWithLibreOffice(docx, "pdf", outDir);
    const pages = (await pdfText(pdf))
      .split("\f")
      .filter((p) => p.trim() !== "")
      .map((p) =>
        p
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean),
      );
    expect(pages).toEqual([
      ["Trang đầu", "Đoạn thêm"],
      ["2", "Trang giữa", "Chân trang riêng"],
      ["3", "Trang cuối", "Chân trang riêng"],
    ]);
    // Centred between the margins (30 mm left, 15 mm right on A4: the middle is 112.5 mm from the left edge).
    const number = (await pdfBoxes(pdf)).find((w) => w.page === 2 && w.text === "2");
    const middlePt = (112.5 / 25.4) * 72;
    expect(Math.abs((number!.xMin + number!.xMax) / 2 - middlePt)).toBeLessThan(6);
  });
});
