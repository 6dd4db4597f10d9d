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
import { convertAllWithLibreOffice, pdfBoxes } from "../helpers/libreoffice";
import { renderGray } from "../helpers/raster";
import { SAMPLE_FIELDS } from "../helpers/sample-fields";

jest.setTimeout(180_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-fidelity-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const registry = loadTemplateRegistry(path.resolve(__dirname, "../../templates"));

const SLUGS = ["bao-cao", "cong-van", "quyet-dinh"];

interface Built {
  bodyXml: string;
  documentXml: string;
  sectPrXml: string;
  fromFake: string;
  reference: string;
}
const built = new Map<string, Built>();

/** Each template inserted into the fake host and exported, and the builder's own .docx of it. */
async function build(
  slug: string,
): Promise<{ slug: string; bodyXml: string; documentXml: string; sectPrXml: string; files: [string, string] }> {
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
  const fromFake = path.join(tmp, `${slug}-fake.docx`);
  const reference = path.join(tmp, `${slug}-builder.docx`);
  fs.writeFileSync(fromFake, exported);
  fs.writeFileSync(reference, await writeDocxPackage({ bodyXml, sectPrXml }));
  return { slug, bodyXml, documentXml, sectPrXml, files: [fromFake, reference] };
}

// All six documents go through one LibreOffice start.
beforeAll(async () => {
  const all = await Promise.all(SLUGS.map(build));
  const pdfs = await convertAllWithLibreOffice(
    all.flatMap((x) => x.files),
    "pdf",
    path.join(tmp, "pdf"),
  );
  all.forEach((x, i) => built.set(x.slug, { ...x, fromFake: pdfs[2 * i], reference: pdfs[2 * i + 1] }));
});

describe.each(SLUGS)("template %s inserted into the fake host", (slug) => {
  test("renders like the builder's own .docx", async () => {
    const { bodyXml, documentXml, sectPrXml, fromFake, reference } = built.get(slug) as Built;
    expect(sectPrXml).toContain("<w:pgSz");
    // The rules and the độ khẩn box are still there in the exported XML.
    expect((documentXml.match(/<w:pBdr>/g) ?? []).length).toBe((bodyXml.match(/<w:pBdr>/g) ?? []).length);
    expect(documentXml).toContain('w:val="single" w:sz="8"');

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
