/**
 * readDocx on .docx files written by LibreOffice (not by us) from the seed documents.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readDocx } from "../../src/docx/read-docx";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { seedFiles, seedLines } from "../unit/docx/helpers";

jest.setTimeout(120_000);

let outDir: string;
beforeAll(async () => {
  outDir = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-seeds-docx-"));
});
afterAll(async () => {
  await fs.rm(outDir, { recursive: true, force: true });
});

describe("readDocx on LibreOffice's .docx of each seed", () => {
  it.each(seedFiles())("%s: one paragraph per line, same text", async (file) => {
    const docx = await convertWithLibreOffice(file, "docx", outDir);
    const snap = await readDocx(new Uint8Array(await fs.readFile(docx)));
    const lines = seedLines(file);
    expect(snap.paragraphs).toHaveLength(lines.length);
    expect(snap.paragraphs.map((p) => p.text)).toEqual(lines);
    expect(snap.source).toBe("docx");
    expect(snap.pageSetup?.width).toBeGreaterThan(100);
    // LibreOffice writes real style and font information; the reader resolves it.
    expect(snap.paragraphs.every((p) => typeof p.font?.size === "number")).toBe(true);
  });
});
