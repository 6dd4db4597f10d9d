/**
 * Document round trip: build a document in the fake Word host, export it as .docx, convert it with
 * LibreOffice to PDF and text, and check that text, order and the table layout survive.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { toFlatOpc } from "../../src/docx/flat-opc";
import { createFakeWord } from "../../src/word/fake";
import { createOfficeAdapter } from "../../src/word/office-adapter";
import { convertWithLibreOffice, pdfBoxes, pdfText } from "../helpers/libreoffice";
import { para } from "../unit/docx/helpers";

jest.setTimeout(180_000);

let outDir: string;
beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-roundtrip-"));
});
afterAll(async () => {
  await fs.rm(outDir, { recursive: true, force: true });
});

/** Lines of LibreOffice's text export, without the BOM and trailing empty lines. */
async function txtLines(file: string): Promise<string[]> {
  const text = (await fs.readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\n/);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

const cell = (text: string, width: number) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${para(text)}</w:tc>`;

describe("fake host → .docx → LibreOffice", () => {
  it("keeps Vietnamese text, paragraph order and a two-column table's left/right layout", async () => {
    const fake = createFakeWord({ text: "" });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    const table =
      `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5200"/></w:tblGrid>` +
      `<w:tr>${cell("ỦY BAN NHÂN DÂN", 3800)}${cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 5200)}</w:tr>` +
      `<w:tr>${cell("SỞ THÔNG TIN", 3800)}${cell("Độc lập - Tự do - Hạnh phúc", 5200)}</w:tr></w:tbl>`;
    await adapter.insertOoxml(toFlatOpc(table), "start");
    await adapter.insertOoxml(
      toFlatOpc(
        para("BÁO CÁO", '<w:jc w:val="center"/>', "<w:rPr><w:b/></w:rPr>") +
          para("Kết quả thực hiện nhiệm vụ quý III năm 2024", '<w:jc w:val="center"/>') +
          para(
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
            '<w:ind w:firstLine="720"/>',
          ) +
          para("Nơi nhận:", "", "<w:rPr><w:b/><w:i/></w:rPr>"),
      ),
      "end",
    );
    const bytes = await fake.exportDocx();
    const docx = path.join(outDir, "fake-host.docx");
    await fs.writeFile(docx, bytes);

    const expected = [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "SỞ THÔNG TIN",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Kết quả thực hiện nhiệm vụ quý III năm 2024",
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
      "Nơi nhận:",
    ];
    expect(fake.model.texts().filter((t) => t !== "")).toEqual(expected);

    // Text export: every piece of text, in order.
    const txt = await txtLines(await convertWithLibreOffice(docx, "txt", outDir));
    expect(txt.filter((l) => l.trim() !== "").map((l) => l.trim())).toEqual(expected);

    // PDF: every line survives; the paragraphs after the table keep their order (pdftotext may
    // read a table column by column, so the table is checked by positions below).
    const pdf = await convertWithLibreOffice(docx, "pdf", outDir);
    const flat = (await pdfText(pdf)).replace(/\s+/g, " ");
    for (const line of expected) expect({ line, found: flat.includes(line) }).toEqual({ line, found: true });
    let at = 0;
    for (const line of expected.slice(4)) {
      const found = flat.indexOf(line, at);
      expect({ line, found: found >= 0 }).toEqual({ line, found: true });
      at = found + line.length;
    }
    const words = await pdfBoxes(pdf);
    const first = (w: string) => {
      const box = words.find((b) => b.text === w);
      if (!box) throw new Error(`no word ${w} in the PDF`);
      return box;
    };
    const left = first("ỦY");
    const right = first("CỘNG");
    expect(left.xMax).toBeLessThan(right.xMin);
    expect(Math.abs(left.yMin - right.yMin)).toBeLessThan(2); // same row
    expect(first("SỞ").yMin).toBeGreaterThan(left.yMax); // second row under the first
    expect(first("SỞ").xMax).toBeLessThan(first("Độc").xMin);
    const below = first("BÁO");
    expect(below.yMin).toBeGreaterThan(first("Độc").yMax); // the title comes after the table
  });
});
