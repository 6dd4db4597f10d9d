/**
 * Runs the checker over every document of the development corpus in the shared folder (the .docx files
 * and the plain texts), with the national catalog the CLI uses, and returns the errors and warnings.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { createCatalogLookup, loadCatalog } from "../../src/core/citations/catalog";
import { runChecks, type Finding } from "../../src/core/checks";
import { snapshotFromText, type DocumentSnapshot } from "../../src/core/model/document";
import { readDocx } from "../../src/docx/read-docx";
import { CORPUS_DIR } from "../helpers/shared-dir";

export interface CorpusFinding {
  /** File name relative to the corpus folder ("text/doc_000028.txt"). */
  file: string;
  /** 1-based paragraph (line of a .txt). */
  line: number;
  rule: string;
  severity: Finding["severity"];
  excerpt: string;
  message: string;
}

/** Corpus documents present in the shared folder (relative names, sorted). */
export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else if (/\.(docx|txt)$/i.test(entry.name)) out.push(r);
    }
  };
  walk("");
  return out.sort();
}

let lookup: ReturnType<typeof createCatalogLookup> | undefined;
function catalogLookup(): ReturnType<typeof createCatalogLookup> {
  const file = path.resolve(__dirname, "../../data/national-catalog.json");
  lookup ??= createCatalogLookup(loadCatalog(JSON.parse(readFileSync(file, "utf8"))).entries);
  return lookup;
}

export async function loadCorpusDoc(file: string, dir: string = CORPUS_DIR): Promise<DocumentSnapshot> {
  const bytes = readFileSync(path.join(dir, file));
  if (/\.docx$/i.test(file)) return readDocx(new Uint8Array(bytes));
  return snapshotFromText(bytes.toString("utf8").replace(/^\uFEFF/, ""));
}

/** Errors and warnings the checker gives on one corpus document. */
export async function checkCorpusDoc(file: string, dir: string = CORPUS_DIR): Promise<CorpusFinding[]> {
  const doc = await loadCorpusDoc(file, dir);
  const result = runChecks(doc, { catalogLookup: catalogLookup() });
  return result.findings
    .filter((f) => f.severity !== "info")
    .map((f) => ({
      file,
      line: f.paragraph + 1,
      rule: f.ruleId,
      severity: f.severity,
      excerpt: f.excerpt,
      message: f.message,
    }));
}
