/**
 * `vbhc catalog build`: turns open data of the national legal database into the national catalog the pane
 * and `vbhc cite` read. An administrator with network access downloads the data, runs this, and publishes
 * the output at the catalog URL the pane is set to.
 */
import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import Papa from "papaparse";
import { CliExit } from "./cli-exit";
import { loadCatalog } from "../core/citations/catalog";
import {
  buildCatalog,
  readCodifiedIndex,
  readDatasetMetadata,
  readDatasetRelations,
  readListApi,
  type SourceDocument,
  type SourceRelation,
} from "../core/citations/catalog-build";
import type { CatalogEntry } from "../core/citations/catalog-schema";
import { buildCatalogIndex } from "../core/citations/search";
import { readNationalCatalog } from "./cite-command";

/** One input file is read whole; this bounds what an input may hold (a full dataset table is ~100 MB). */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

function readInput(file: string): string {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new Error("not a file");
    size = st.size;
  } catch {
    throw new CliExit(2, `Cannot read ${file}.`, `Không đọc được tệp ${file}.`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliExit(2, `${file} is larger than 512 MB.`, `Tệp ${file} lớn hơn 512 MB.`);
  }
  return fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
}

/** Rows of a CSV (header row first) or JSON lines file, or a JSON array. */
export function readRows(file: string): Record<string, unknown>[] {
  const text = readInput(file);
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith("[")) return JSON.parse(trimmed) as Record<string, unknown>[];
    if (trimmed.startsWith("{")) {
      return trimmed
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    }
  } catch {
    throw new CliExit(2, `${file} is not valid JSON lines.`, `Tệp ${file} không phải JSON lines hợp lệ.`);
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw new CliExit(
      2,
      `${file}: unterminated quote near row ${(fatal.row ?? 0) + 2}.`,
      `${file}: dấu ngoặc kép chưa đóng gần dòng ${(fatal.row ?? 0) + 2}.`,
    );
  }
  return parsed.data;
}

interface BuildOptions {
  index?: string;
  listApi?: string[];
  metadata?: string[];
  relations?: string[];
  codified?: string[];
  curated?: string;
  noCurated?: boolean;
  output: string;
}

export function registerCatalog(program: Command, _setExit: (code: number) => void): void {
  const catalog = program.command("catalog").description("Build the national citation catalog from open data");
  catalog
    .command("build")
    .description(
      "Turn the national legal database's open data (list API pages, or a metadata and a relationships table) " +
        "into the national catalog, central issuers only, with replacements from the relations",
    )
    .option("--list-api <files...>", "pages of the list API, as saved JSON")
    .option("--metadata <files...>", "the dataset's metadata table (CSV, JSON lines or a JSON array)")
    .option("--relations <files...>", "the dataset's relationships table (doc_id, other_doc_id, relationship)")
    .option(
      "--codified <files...>",
      "a codification index (symbol,type,date,issuer,title,effective,source), lower trust",
    )
    .option("--curated <file>", "the curated catalog, which wins where it states a fact (default: the shipped one)")
    .option("--no-curated", "do not apply the shipped curated catalog")
    .requiredOption("-o, --output <file>", "where to write the catalog (JSON)")
    .option(
      "--index <file>",
      "also write the catalog's prebuilt search index (JSON), which the pane loads instead of building",
    )
    .action((opts: BuildOptions & { curated?: string | boolean }) => {
      const docs: SourceDocument[] = [];
      const relations: SourceRelation[] = [];
      for (const f of opts.listApi ?? []) {
        let page: unknown;
        try {
          page = JSON.parse(readInput(f));
        } catch (err) {
          if (err instanceof CliExit) throw err;
          throw new CliExit(2, `${f} is not valid JSON.`, `Tệp ${f} không phải JSON hợp lệ.`);
        }
        const read = readListApi(page);
        docs.push(...read.docs);
        relations.push(...read.relations);
      }
      for (const f of opts.metadata ?? []) docs.push(...readDatasetMetadata(readRows(f)));
      for (const f of opts.relations ?? []) relations.push(...readDatasetRelations(readRows(f)));
      // The codification layer goes last: on a duplicate symbol the database's own row is kept.
      for (const f of opts.codified ?? []) docs.push(...readCodifiedIndex(readRows(f)));
      if (docs.length === 0) {
        throw new CliExit(
          2,
          "No input: give --list-api, --metadata or --codified files.",
          "Chưa có dữ liệu đầu vào: cần --list-api, --metadata hoặc --codified.",
        );
      }
      let curated: CatalogEntry[] = [];
      if (typeof opts.curated === "string") {
        const loaded = loadCatalog(JSON.parse(readInput(opts.curated)) as unknown);
        curated = loaded.entries;
      } else if (opts.curated !== false) {
        curated = readNationalCatalog();
      }
      const report = buildCatalog(docs, relations, curated);
      const out = path.resolve(opts.output);
      const tmp = `${out}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, `${JSON.stringify(report.entries, null, 1)}\n`);
      fs.renameSync(tmp, out);
      if (opts.index) {
        const indexOut = path.resolve(opts.index);
        fs.writeFileSync(`${indexOut}.${process.pid}.tmp`, JSON.stringify(buildCatalogIndex(report.entries)));
        fs.renameSync(`${indexOut}.${process.pid}.tmp`, indexOut);
      }
      const replaced = report.entries.filter((e) => e.status === "replaced").length;
      process.stderr.write(
        `${report.entries.length} văn bản (${replaced} đã bị thay thế), bỏ qua ${report.skipped.length}, ` +
          `${report.overridden.length} giá trị theo danh mục đã kiểm tra. ` +
          `(${report.entries.length} documents, ${replaced} replaced; ${report.skipped.length} rows skipped; ` +
          `${report.overridden.length} values taken from the curated catalog.)\n`,
      );
    });
}
