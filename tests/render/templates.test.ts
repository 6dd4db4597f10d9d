/**
 * Every template through LibreOffice: the .docx converts to PDF and its text is there. Page-1 PNGs of
 * báo cáo, công văn and quyết định go to docs/images/ (linked from the README) and test-output/.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildDocx, loadTemplateRegistry } from "../../src/cli/new-command";
import { findDocumentType, FIXED } from "../../src/core/rules";
import { convertAllBeforeAll, convertWithLibreOffice, pdfText } from "../helpers/libreoffice";
import { SAMPLE_FIELDS as fields } from "../helpers/sample-fields";

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "render-templates");
const IMAGES = path.join(ROOT, "docs", "images");
const registry = loadTemplateRegistry(path.join(ROOT, "templates"));
const PICTURES: Record<string, string> = { "bao-cao": "bao-cao", "cong-van": "cong-van", "quyet-dinh": "quyet-dinh" };

/** pdftotext keeps words but may break lines differently; compare with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, " ");

// Every template's .docx goes through one LibreOffice start.
const pdfs = convertAllBeforeAll(
  "pdf",
  () => OUT,
  Object.fromEntries(
    registry.list().map((template) => [
      template.slug,
      async () => {
        fs.mkdirSync(OUT, { recursive: true });
        const file = path.join(OUT, `${template.slug}.docx`);
        fs.writeFileSync(file, await buildDocx(template, { ...fields, subject: template.subject }));
        return file;
      },
    ]),
  ),
);

describe.each(registry.list().map((t) => [t.slug, t] as const))("template %s", (slug, template) => {
  test("renders to PDF with its header, tên loại, sections and closing", async () => {
    const pdf = pdfs[slug];
    const text = flat(await pdfText(pdf));
    expect(text).toContain(FIXED.quocHieu.text);
    expect(text).toContain(FIXED.tieuNgu.text);
    const type = findDocumentType(template.type);
    if (type?.title && type.slug !== "cong-van") expect(text).toContain(type.title);
    if (type?.slug === "cong-van") expect(text).toContain("Số: 05/STTTT-VP");
    else expect(text).toContain(`Số: 05/${type?.abbr}-STTTT`);
    expect(text).toContain("Trà Vinh, ngày 05 tháng 02 năm 2026");
    // Justified lines with fallback glyphs can split a word in pdftotext ("h ết"): compare without spaces.
    const squashed = text.replace(/\s+/g, "");
    for (const p of template.intro ?? []) expect(squashed).toContain(p.replace(/\s+/g, ""));
    for (const s of template.sections)
      if (s.title) expect(text.toLocaleUpperCase("vi")).toContain(s.title.toLocaleUpperCase("vi"));
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("- Lưu: VT, VP.");
    if (PICTURES[slug]) {
      const base = path.join(OUT, `${slug}-page1`);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, base]);
      const png = fs.readFileSync(`${base}.png`);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      fs.mkdirSync(IMAGES, { recursive: true });
      fs.writeFileSync(path.join(IMAGES, `${PICTURES[slug]}.png`), png);
    }
  });
});

describe("the .dotx build", () => {
  test("writes a Word template per template file that LibreOffice opens, with draft placeholders", async () => {
    const { buildAllDotx } = await import("../../scripts/build-templates");
    const dir = path.join(OUT, "dotx");
    const written = await buildAllDotx(dir);
    expect(written.map((f) => path.basename(f, ".dotx")).sort()).toEqual(
      registry
        .list()
        .map((t) => t.slug)
        .sort(),
    );
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "bao-cao.dotx")));
    const types = await (zip.file("[Content_Types].xml") as { async(t: "string"): Promise<string> }).async("string");
    expect(types).toContain("wordprocessingml.template.main+xml");
    const text = flat(await pdfText(await convertWithLibreOffice(path.join(dir, "bao-cao.dotx"), "pdf", dir)));
    expect(text).toContain("TÊN CƠ QUAN, TỔ CHỨC BAN HÀNH");
    // The blank number's gap makes pdftotext read "Số:" and "/BC-TCQ" as two columns; the XML has the line whole.
    expect(text).toContain("/BC-TCQ");
    const xml = await (zip.file("word/document.xml") as { async(t: "string"): Promise<string> }).async("string");
    expect(xml).toMatch(/Số: [\u00a0]{6}\/BC-TCQ/);
    expect(text).toMatch(/Địa danh, ngày tháng năm/);
  });
});
