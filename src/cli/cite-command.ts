/**
 * `vbhc cite <query> [--limit N] [--format json|text] [--catalog org.csv|org.json]`: searches the national
 * catalog (plus an organisation catalog when given) and prints results with their three citation forms.
 */
import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import { CliExit } from "./cli-exit";
import { decodeText, readInputFile } from "./read-input";
import { safeJson, visible } from "./terminal-text";
import { formatDateSlash, parseIsoDate } from "../core/rules/dates";
import { loadCatalog } from "../core/citations/catalog";
import type { CatalogEntry } from "../core/citations/catalog-schema";
import { formatCanCu, formatFull, formatShort } from "../core/citations/format";
import { importCatalog } from "../core/citations/org-catalog";
import { CatalogSearch, type CatalogSearchResult } from "../core/citations/search";

/**
 * Reads data/national-catalog.json from the project, walking up from this file, so the command works
 * both from the sources (tsx) and from the compiled build. Other Node commands (vbhc check) can use it too.
 */
export function readNationalCatalog(): CatalogEntry[] {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, "data", "national-catalog.json");
    if (fs.existsSync(file)) return loadCatalog(JSON.parse(fs.readFileSync(file, "utf8"))).entries;
    dir = path.dirname(dir);
  }
  throw new CliExit(
    2,
    "The national catalog (data/national-catalog.json) was not found.",
    "Không tìm thấy danh mục văn bản quốc gia (data/national-catalog.json).",
  );
}

/** An organisation catalog above this size is refused before it is read (a catalog of 100,000 documents is about 20 MB). */
export const MAX_CATALOG_BYTES = 64 * 1024 * 1024;

export interface CiteJsonResult {
  id: string;
  type: string;
  symbol: string;
  date: string;
  issuer: string;
  title: string;
  status: CatalogEntry["status"];
  replacedBy: string | null;
  citation: { full: string; short: string; canCu: string };
}

export function toJsonResult(r: CatalogSearchResult): CiteJsonResult {
  const e = r.entry;
  return {
    id: e.id,
    type: e.type,
    symbol: e.symbol,
    date: e.date,
    issuer: e.issuer,
    title: e.title,
    status: e.status,
    replacedBy: e.replacedBy,
    citation: { full: formatFull(e), short: formatShort(e), canCu: formatCanCu(e) },
  };
}

function dmy(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDateSlash(d) : "";
}

function textLines(results: readonly CatalogSearchResult[]): string {
  if (results.length === 0) return "Không tìm thấy văn bản nào. (No document found.)\n";
  return results
    .map((r, i) => {
      const e = r.entry;
      const head = [e.type, e.symbol, dmy(e.date), e.issuer].filter(Boolean).join(" · ");
      // Catalog text may hold control characters: shown escaped, never sent raw to the terminal.
      return `${i + 1}. ${visible(head)} [${visible(r.statusLabel)}]\n   ${visible(formatFull(e))}\n`;
    })
    .join("");
}

export function registerCite(program: Command, _setExit: (code: number) => void): void {
  program
    .command("cite")
    .description("Search the citation catalog and print citations (full, short, căn cứ)")
    .argument("[query...]", 'what to look for, e.g. "nghi dinh 30 van thu", "ct 33 ttg", "33/CT-TTg"')
    .option("--limit <n>", "number of results", "10")
    .option("--format <format>", "text or json", "text")
    .option("--catalog <file>", "an organisation catalog (CSV or JSON) searched with the national one")
    .action((words: string[], opts: { limit: string; format: string; catalog?: string }) => {
      const query = words.join(" ").trim();
      if (!query) {
        throw new CliExit(2, "The query is empty: give words to search for.", "Chưa nhập nội dung cần tìm.");
      }
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new CliExit(
          2,
          "--limit must be a whole number from 1 to 1000.",
          "--limit phải là số nguyên từ 1 đến 1000.",
        );
      }
      if (opts.format !== "json" && opts.format !== "text") {
        throw new CliExit(2, "--format must be json or text.", "--format phải là json hoặc text.");
      }
      let org: CatalogEntry[] = [];
      if (opts.catalog) {
        // A regular file under the limit (so /dev/zero or a pipe cannot hang the command), UTF-8 or UTF-16.
        const { text } = decodeText(readInputFile(opts.catalog, MAX_CATALOG_BYTES), opts.catalog);
        const imported = importCatalog(text, path.basename(opts.catalog));
        for (const err of imported.errors)
          process.stderr.write(`${visible(`${path.basename(opts.catalog)}: ${err}`)}\n`);
        org = imported.entries;
      }
      const search = new CatalogSearch({ national: readNationalCatalog(), org });
      const results = search.search(query, { limit });
      if (opts.format === "json") {
        process.stdout.write(`${safeJson({ query, results: results.map(toJsonResult) })}\n`);
      } else {
        process.stdout.write(textLines(results));
      }
    });
}
