/**
 * Headings numbered by Word's list numbering, in real .docx files that LibreOffice writes from HTML lists: the
 * reader gives each paragraph the marker Word draws, the checks read those headings in sequence with the
 * typed ones, and neither a fix nor renumbering touches a number Word draws itself.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runChecks } from "../../src/core/checks";
import { applyTextEdits } from "../../src/core/model/edits";
import { renumber } from "../../src/core/numbering";
import { analyzeStructure } from "../../src/core/structure";
import { readDocx } from "../../src/docx/read-docx";
import { convertAllBeforeAll } from "../helpers/libreoffice";

jest.setTimeout(120_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-word-lists-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HTML = {
  continued:
    "<p>BÁO CÁO</p><p>I. KẾT QUẢ THỰC HIỆN</p>" +
    "<ol><li>Công tác chỉ đạo, điều hành</li><li>Công tác tuyên truyền</li></ol>" +
    "<p>3. Công tác kiểm tra</p><ol type='a'><li>Kiểm tra định kỳ</li><li>Kiểm tra đột xuất</li></ol>" +
    "<p>II. PHƯƠNG HƯỚNG</p><ol><li>Tiếp tục chỉ đạo</li></ol>",
  repeated:
    "<p>BÁO CÁO</p><p>I. KẾT QUẢ THỰC HIỆN</p>" +
    "<ol><li>Công tác chỉ đạo, điều hành</li><li>Công tác tuyên truyền</li></ol><p>2. Công tác kiểm tra</p>" +
    "<p>II. PHƯƠNG HƯỚNG</p><p>1. Tiếp tục chỉ đạo</p><ol><li>Đẩy mạnh tuyên truyền</li></ol>",
};

// Both HTML pages become Word lists in one LibreOffice start.
const docx = convertAllBeforeAll(
  "docx",
  () => path.join(tmp, "docx"),
  Object.fromEntries(
    Object.entries(HTML).map(([name, body]) => [
      name,
      () => {
        const html = path.join(tmp, `${name}.html`);
        fs.writeFileSync(html, `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
        return html;
      },
    ]),
  ) as Record<keyof typeof HTML, () => string>,
);

const docxOf = async (name: keyof typeof HTML) => readDocx(new Uint8Array(fs.readFileSync(docx[name])));

const numbering = (doc: Awaited<ReturnType<typeof readDocx>>) =>
  runChecks(doc).findings.filter((f) => f.ruleId.startsWith("numbering/"));

describe("Word list numbering", () => {
  test("the reader gives list paragraphs Word's markers, and typed numbers continue them without a finding", async () => {
    const doc = await docxOf("continued");
    const markers = doc.paragraphs.filter((p) => p.list).map((p) => p.list?.marker);
    expect(markers).toEqual(["1.", "2.", "a.", "b.", "1."]);
    const s = analyzeStructure(doc);
    const underI = s.headings.filter((h) => h.parent === 0);
    expect(underI.map((h) => [h.number, h.auto ?? false])).toEqual([
      ["1", true],
      ["2", true],
      ["3", false],
    ]);
    // Without the markers "3." would look like a list starting at 3, and renumbering would make it "1.".
    expect(numbering(doc)).toEqual([]);
    expect(renumber(doc)).toEqual([]);
  });

  test("a typed number that repeats Word's is fixed in the text; one Word draws is reported without a text fix", async () => {
    const doc = await docxOf("repeated");
    const found = numbering(doc).map((f) => [f.paragraph, f.ruleId, f.fix !== undefined]);
    const typed2 = doc.paragraphs.findIndex((p) => p.text.startsWith("2. Công tác kiểm tra"));
    const auto1 = doc.paragraphs.findIndex((p) => p.text === "Đẩy mạnh tuyên truyền");
    expect(found).toEqual([
      [typed2, "numbering/duplicate", true],
      [auto1, "numbering/duplicate", false],
    ]);
    const auto = numbering(doc).find((f) => f.paragraph === auto1);
    expect(auto?.message).toContain("Word đánh tự động");
    // Renumbering edits only the typed number; the text of Word's list items is never touched.
    const edits = renumber(doc);
    expect(edits.map((e) => [e.paragraph, e.expected, e.replacement])).toEqual([[typed2, "2", "3"]]);
    const after = applyTextEdits(
      doc.paragraphs.map((p) => p.text),
      edits,
    );
    expect(after[typed2]).toBe("3. Công tác kiểm tra");
    expect(after[auto1]).toBe("Đẩy mạnh tuyên truyền");
  });
});
