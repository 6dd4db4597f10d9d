/**
 * readDocx on .docx files written by LibreOffice (not by us). The seeds as LibreOffice's .docx are in the corpus
 * project (tests/corpus/render/).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { readDocx } from "../../src/docx/read-docx";
import { convertWithLibreOffice } from "../helpers/libreoffice";

jest.setTimeout(120_000);

let outDir: string;
beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-seeds-docx-"));
});
afterAll(async () => {
  await fs.rm(outDir, { recursive: true, force: true });
});

describe("readDocx on LibreOffice's rewrite of our package", () => {
  it("still finds the centred header page number, absent on page 1, and the page margins", async () => {
    const pageField =
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p>';
    const ours = await writeDocxPackage({
      bodyXml: Array.from({ length: 80 }, (_, i) => `<w:p><w:r><w:t>Dòng ${i}</w:t></w:r></w:p>`).join(""),
      headers: { default: pageField, first: "<w:p/>" },
      sectPrXml:
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/><w:headerReference w:type="first" r:id="rIdHdrFirst"/>' +
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>',
    });
    const input = path.join(outDir, "ours-in.docx");
    await fs.writeFile(input, ours);
    // Convert into a subfolder so the output name does not collide with the input.
    const rewritten = await convertWithLibreOffice(input, "docx", path.join(outDir, "lo"));
    const snap = await readDocx(new Uint8Array(await fs.readFile(rewritten)));
    expect(snap.paragraphs).toHaveLength(80);
    expect(snap.pageSetup?.pageNumbers).toMatchObject({
      position: "header",
      alignment: "centered",
      differentFirstPage: true,
    });
    expect(snap.pageSetup?.marginLeft).toBeCloseTo(30, 0);
    expect(snap.pageSetup?.marginRight).toBeCloseTo(15, 0);
  });
});
