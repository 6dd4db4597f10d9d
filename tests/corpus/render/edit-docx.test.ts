/** A text edit on a seed as .docx: LibreOffice's text export shows exactly the asked change and nothing else. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { applyTextEdits, type TextEdit } from "../../../src/core/model/edits";
import { applyEditsToDocx } from "../../../src/docx/edit-docx";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { convertAllWithLibreOffice } from "../../helpers/libreoffice";
import { para } from "../../unit/docx/helpers";
import { describeCorpus, seedCases, seedLines } from "../seeds";

jest.setTimeout(180_000);

let outDir = "";
beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-edit-docx-"));
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

describeCorpus("applyEditsToDocx on a seed → LibreOffice", () => {
  it("changes exactly the asked text and nothing else", async () => {
    const file = seedCases()[0][1];
    const lines = seedLines(file);
    const original = path.join(outDir, "seed.docx");
    await fs.writeFile(original, await writeDocxPackage({ bodyXml: lines.map((l) => para(l)).join("") }));
    const edits: TextEdit[] = [];
    lines.forEach((line, i) => {
      const at = line.indexOf("Trà Vinh");
      if (at >= 0)
        edits.push({
          kind: "text",
          paragraph: i,
          start: at,
          end: at + 8,
          expected: "Trà Vinh",
          replacement: "TRÀ VINH",
        });
    });
    expect(edits.length).toBeGreaterThan(0);
    const out = await applyEditsToDocx(new Uint8Array(await fs.readFile(original)), edits);
    expect(out.applied).toBe(edits.length);
    const edited = path.join(outDir, "seed-edited.docx");
    await fs.writeFile(edited, out.bytes);
    const [beforeTxt, afterTxt] = await convertAllWithLibreOffice([original, edited], "txt", outDir);
    const before = await txtLines(beforeTxt);
    const after = await txtLines(afterTxt);
    expect(before).toEqual(lines);
    expect(after).toEqual(applyTextEdits(lines, edits));
  });
});
