import * as fs from "fs";
import * as path from "path";
import { escapeXml } from "../../../src/core/xml-escape";

export const SEEDS_DIR = path.resolve(__dirname, "../../../../shared/seeds");

/** Seed documents (.txt) read at test time; each line is one paragraph. */
export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(SEEDS_DIR, f));
}

/** [file name, full path] pairs, so test titles name the seed and not a machine path. */
export function seedCases(): [string, string][] {
  return seedFiles().map((f) => [path.basename(f), f]);
}

export function seedLines(file: string): string[] {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** A paragraph of body XML with one plain run per piece (tabs kept as w:tab). */
export function para(text: string, pPr = "", rPr = ""): string {
  const runs = text
    .split(/(\t)/)
    .filter((s) => s !== "")
    .map((s) =>
      s === "\t" ? `<w:r>${rPr}<w:tab/></w:r>` : `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r>`,
    )
    .join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
}
