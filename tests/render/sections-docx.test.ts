/**
 * Page setup per section on a .docx that LibreOffice writes from a hand-made two-page-style document: a portrait
 * body numbered in its header and a landscape annex, as two w:sectPr. Both sections' margins are read and judged
 * on their own ranges.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runChecks } from "../../src/core/checks";
import { layoutMargins } from "../../src/core/checks/rules/layout-margins";
import { layoutPageNumbers } from "../../src/core/checks/rules/layout-page-numbers";
import { layoutPageSize } from "../../src/core/checks/rules/layout-page-size";
import { readDocx } from "../../src/docx/read-docx";
import { convertWithLibreOffice } from "../helpers/libreoffice";

jest.setTimeout(120_000);

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const layout = (name: string, w: number, h: number, orient: string, [t, b, l, r]: number[]) =>
  `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${w}cm" fo:page-height="${h}cm" ` +
  `style:print-orientation="${orient}" fo:margin-top="${t}cm" fo:margin-bottom="${b}cm" fo:margin-left="${l}cm" fo:margin-right="${r}cm"/></style:page-layout>`;

/** Body: A4 portrait, left margin 2.5 cm (too narrow), page number centred in the header. Annex: A4 landscape, margins turned. */
const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
${layout("pm1", 21, 29.7, "portrait", [2, 2, 2.5, 1.5])}
${layout("pm2", 29.7, 21, "landscape", [3, 1.5, 2, 2])}
<style:style style:name="P2" style:family="paragraph" style:master-page-name="Landscape"/>
<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="PC"><text:page-number text:select-page="current">1</text:page-number></text:p></style:header></style:master-page>
<style:master-page style:name="Landscape" style:page-layout-name="pm2"/>
</office:master-styles>
<office:body><office:text>
<text:p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>
<text:p>Thân văn bản.</text:p>
<text:p text:style-name="P2">Phụ lục khổ ngang.</text:p>
</office:text></office:body></office:document>`;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-sections-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("sections of a .docx written by LibreOffice", () => {
  it("reads the portrait body and the landscape annex, and judges each on its own ranges", async () => {
    const src = path.join(dir, "sections.fodt");
    await fs.writeFile(src, FODT);
    const doc = await readDocx(new Uint8Array(await fs.readFile(await convertWithLibreOffice(src, "docx", dir))));
    expect(doc.sections?.map((s) => [s.section, s.orientation, s.firstParagraph])).toEqual([
      [1, "portrait", 0],
      [2, "landscape", 2],
    ]);
    const [body, annex] = doc.sections!;
    expect(body.marginLeft).toBeCloseTo(25, 0);
    expect(annex.marginTop).toBeCloseTo(30, 0);
    expect(body.pageNumbers).toMatchObject({ position: "header", alignment: "centered" });
    const findings = runChecks(doc, { rules: [layoutMargins, layoutPageSize, layoutPageNumbers] }).findings;
    // The body's narrow left margin is found although the last section is fine; the turned annex passes.
    expect(findings.filter((f) => f.severity !== "info").map((f) => [f.ruleId, f.section, f.message])).toEqual([
      ["layout/margins", 1, "Section 1: lề trái 25 mm chưa đúng; lề trái phải từ 30 đến 35 mm."],
    ]);
  });
});
