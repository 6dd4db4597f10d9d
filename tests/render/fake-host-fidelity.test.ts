/**
 * What the pane inserts must survive the fake Word host as it survives Word: a whole template inserted through
 * the Office.js adapter and exported by the fake host renders in LibreOffice exactly like the builder's own
 * .docx of the same body — the same words at the same places and the same pixels, rules and boxes included.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { loadTemplateRegistry } from "../../src/cli/new-command";
import { toFlatOpc } from "../../src/docx/flat-opc";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { createFakeWord } from "../../src/word/fake";
import { createOfficeAdapter } from "../../src/word/office-adapter";
import { convertWithLibreOffice, pdfBoxes } from "../helpers/libreoffice";
import { renderGray } from "../helpers/raster";
import { SAMPLE_FIELDS } from "../helpers/sample-fields";

jest.setTimeout(180_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-fidelity-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const registry = loadTemplateRegistry(path.resolve(__dirname, "../../templates"));

async function pdfOf(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(tmp, `${name}.docx`);
  fs.writeFileSync(file, bytes);
  return convertWithLibreOffice(file, "pdf", path.join(tmp, name));
}

describe.each(["bao-cao", "cong-van", "quyet-dinh"])("template %s inserted into the fake host", (slug) => {
  test("renders like the builder's own .docx", async () => {
    const template = registry.get(slug);
    if (!template) throw new Error(`no template ${slug}`);
    const { bodyXml } = registry.buildDocument(slug, {
      ...SAMPLE_FIELDS,
      subject: template.subject,
      urgency: "KHẨN",
    });

    const fake = createFakeWord({ text: "" });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.insertOoxml(toFlatOpc(bodyXml), "start");
    const exported = await fake.exportDocx();
    // The reference: the builder's body in a package with the fake export's own section properties.
    const documentXml = (await (await JSZip.loadAsync(exported)).file("word/document.xml")?.async("string")) ?? "";
    const sectPrXml = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(documentXml)?.[0] ?? "";
    expect(sectPrXml).toContain("<w:pgSz");
    // The rules and the độ khẩn box are still there in the exported XML.
    expect((documentXml.match(/<w:pBdr>/g) ?? []).length).toBe((bodyXml.match(/<w:pBdr>/g) ?? []).length);
    expect(documentXml).toContain('w:val="single" w:sz="8"');

    const fromFake = await pdfOf(`${slug}-fake`, exported);
    const reference = await pdfOf(`${slug}-builder`, await writeDocxPackage({ bodyXml, sectPrXml }));

    const place = (w: { text: string; page: number; xMin: number; yMin: number }) =>
      `${w.page} ${w.text} ${w.xMin.toFixed(1)} ${w.yMin.toFixed(1)}`;
    expect((await pdfBoxes(fromFake)).map(place)).toEqual((await pdfBoxes(reference)).map(place));

    const a = renderGray(fromFake, path.join(tmp, `${slug}-fake`), 72);
    const b = renderGray(reference, path.join(tmp, `${slug}-builder`), 72);
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    let differing = 0;
    for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i] - b.data[i]) > 32) differing++;
    expect(differing).toBe(0);
  });
});
