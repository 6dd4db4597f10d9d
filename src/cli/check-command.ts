/**
 * `vbhc check <file>... [--format text|json|sarif]` and `vbhc fix <in> -o <out>`: the check engine on .docx and
 * .txt files. Exit 0: no errors; 1: errors found; 2: an input could not be read.
 */
import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import { CliExit } from "./cli-exit";
import { readCodifiedCatalog, readNationalCatalog } from "./cite-command";
import { createCatalogLookup } from "../core/citations/catalog";
import { allRules, fixUntilStable, runChecks, type CheckOptions, type CheckResult, type Finding } from "../core/checks";
import { snapshotFromText, type DocumentSnapshot } from "../core/model/document";
import { applyTextEdits, type Edit, type TextEdit } from "../core/model/edits";
import { DocxReadError, readDocx } from "../docx/read-docx";
import { applyEditsToDocx } from "../docx/edit-docx";

/** Plain-text inputs above this size are refused (a real document is far smaller). */
export const MAX_TXT_BYTES = 10 * 1024 * 1024;

export interface LoadedFile {
  kind: "txt" | "docx";
  doc: DocumentSnapshot;
  bytes: Uint8Array;
  /** For .txt: how lines end and whether the file had a BOM and a final newline, to write it back the same way. */
  eol?: string;
  bom?: boolean;
  finalNewline?: boolean;
}

function kindOf(file: string): "txt" | "docx" {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt") return "txt";
  if (ext === ".docx") return "docx";
  throw new CliExit(
    2,
    `${file}: unsupported file type "${ext || "(none)"}"; vbhc reads .docx and .txt.`,
    `${file}: không hỗ trợ loại tệp "${ext || "(không có)"}"; vbhc đọc tệp .docx và .txt.`,
  );
}

/** Reads a .txt or .docx file into a snapshot; unreadable input throws CliExit with code 2. */
export async function loadFile(file: string): Promise<LoadedFile> {
  const kind = kindOf(file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new CliExit(
      2,
      `${file}: file not found or not readable.`,
      `${file}: không tìm thấy tệp hoặc không đọc được.`,
    );
  }
  if (kind === "docx") {
    try {
      return { kind, bytes, doc: await readDocx(bytes) };
    } catch (err) {
      if (err instanceof DocxReadError) throw new CliExit(2, `${file}: ${err.english}`, `${file}: ${err.vietnamese}`);
      throw err;
    }
  }
  if (bytes.length > MAX_TXT_BYTES) {
    throw new CliExit(
      2,
      `${file}: too large (${bytes.length} bytes; the limit is ${MAX_TXT_BYTES}).`,
      `${file}: tệp quá lớn (${bytes.length} byte; giới hạn ${MAX_TXT_BYTES}).`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliExit(
      2,
      `${file}: not UTF-8 text; save it as UTF-8 (Unicode) first.`,
      `${file}: không phải văn bản UTF-8; hãy lưu tệp ở dạng UTF-8 (Unicode) trước.`,
    );
  }
  const eol = /\r\n/.test(text) ? "\r\n" : /\r(?!\n)/.test(text) ? "\r" : "\n";
  return {
    kind,
    bytes,
    doc: snapshotFromText(text),
    eol,
    bom: text.startsWith("\uFEFF"),
    finalNewline: /(\r\n|\n|\r)$/.test(text),
  };
}

/** The catalog lookup for citation rules, when the national catalog is available. */
function checkOptions(): CheckOptions {
  try {
    return { catalogLookup: createCatalogLookup(readNationalCatalog(), readCodifiedCatalog()) };
  } catch {
    return {};
  }
}

export interface JsonFinding {
  ruleId: string;
  severity: Finding["severity"];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  ref: string;
  fix: string | null;
}

export interface JsonFile {
  file: string;
  paragraphs: number;
  findings: JsonFinding[];
  /** Rules that could not judge this input (layout rules on plain text). */
  notEvaluated: string[];
  /** Present when the file could not be read. */
  error?: string;
}

export function toJsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: f.paragraph + 1,
    column: f.start + 1,
    endLine: (f.endParagraph ?? f.paragraph) + 1,
    endColumn: f.end + 1,
    excerpt: f.excerpt,
    ref: f.ref,
    fix: f.fix ? f.fix.description : null,
  };
}

const SARIF_LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function toSarif(files: readonly JsonFile[]): unknown {
  const rules = allRules();
  const used = new Set(files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const driverRules = rules
    .filter((r) => used.has(r.id))
    .map((r) => ({
      id: r.id,
      shortDescription: { text: r.meta.title },
      properties: { ref: r.meta.ref, family: r.meta.family },
    }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "vbhc", rules: driverRules } },
        results: files.flatMap((f) =>
          f.findings.map((x) => ({
            ruleId: x.ruleId,
            level: SARIF_LEVEL[x.severity],
            message: { text: x.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.file.split(path.sep).join("/") },
                  region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn },
                },
              },
            ],
            properties: { ref: x.ref, excerpt: x.excerpt },
          })),
        ),
      },
    ],
  };
}

function textReport(f: JsonFile): string {
  if (f.error) return `${f.file}\n  ${f.error}\n`;
  const lines = [`${f.file}`];
  for (const x of f.findings) {
    lines.push(
      `  ${x.line}:${x.column}  ${x.severity}  ${x.message}  [${x.ruleId}]${x.fix ? ` (sửa được: ${x.fix})` : ""}`,
    );
  }
  const n = (s: string) => f.findings.filter((x) => x.severity === s).length;
  lines.push(`  ${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} thông tin (errors, warnings, info)`);
  if (f.notEvaluated.length) {
    lines.push(`  Không đánh giá được (no layout in this input / không có định dạng): ${f.notEvaluated.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

function toJsonFile(file: string, doc: DocumentSnapshot, result: CheckResult): JsonFile {
  return {
    file,
    paragraphs: doc.paragraphs.length,
    findings: result.findings.map(toJsonFinding),
    notEvaluated: result.notEvaluated,
  };
}

/** Writes text paragraphs back with the file's own line endings. */
function textBytes(loaded: LoadedFile, paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs.join(loaded.eol ?? "\n") + (loaded.finalNewline ? (loaded.eol ?? "\n") : "");
  return new TextEncoder().encode((loaded.bom ? "\uFEFF" : "") + body);
}

export async function runCheck(
  files: readonly string[],
  format: string,
  setExit: (code: number) => void,
): Promise<string> {
  const options = checkOptions();
  const out: JsonFile[] = [];
  for (const file of files) {
    try {
      const loaded = await loadFile(file);
      const result = runChecks(loaded.doc, options);
      if (result.findings.some((f) => f.severity === "error")) setExit(1);
      out.push(toJsonFile(file, loaded.doc, result));
    } catch (err) {
      if (!(err instanceof CliExit)) throw err;
      setExit(2);
      out.push({ file, paragraphs: 0, findings: [], notEvaluated: [], error: err.message });
      if (format !== "text") process.stderr.write(`${err.message}\n`);
    }
  }
  if (format === "json") return `${JSON.stringify({ version: 1, files: out }, null, 2)}\n`;
  if (format === "sarif") return `${JSON.stringify(toSarif(out), null, 2)}\n`;
  return out.map(textReport).join("\n");
}

export interface FixSummary {
  applied: number;
  passes: number;
  remaining: Finding[];
}

/** Applies the safe fixes to `input` and writes `output`; returns what was done. */
export async function runFix(input: string, output: string): Promise<FixSummary> {
  const loaded = await loadFile(input);
  const outKind = kindOf(output);
  if (outKind !== loaded.kind) {
    throw new CliExit(
      2,
      `The output must have the same type as the input (${loaded.kind}).`,
      `Tệp kết quả phải cùng loại với tệp đầu vào (${loaded.kind}).`,
    );
  }
  let bytes = loaded.bytes;
  let texts = loaded.doc.paragraphs.map((p) => p.text);
  const applyFn = async (doc: DocumentSnapshot, edits: Edit[]): Promise<DocumentSnapshot> => {
    if (loaded.kind === "docx") {
      bytes = (await applyEditsToDocx(bytes, edits)).bytes;
      return readDocx(bytes);
    }
    // Plain text carries no formatting: only text edits apply.
    texts = applyTextEdits(
      texts,
      edits.filter((e): e is TextEdit => e.kind === "text"),
    );
    return { ...doc, paragraphs: texts.map((text, index) => ({ index, text, inTable: false })) };
  };
  const r = await fixUntilStable(loaded.doc, applyFn, checkOptions());
  fs.writeFileSync(output, loaded.kind === "docx" ? bytes : textBytes(loaded, texts));
  return { applied: r.applied, passes: r.passes, remaining: r.result.findings };
}

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("Check .docx or .txt documents against NĐ 30/2020 (exit 0: no errors, 1: errors, 2: unreadable)")
    .argument("<files...>", ".docx or .txt files (a .txt has one paragraph per line)")
    .option("--format <format>", "text, json or sarif", "text")
    .action(async (files: string[], opts: { format: string }) => {
      if (!["text", "json", "sarif"].includes(opts.format)) {
        throw new CliExit(
          2,
          `Unknown format "${opts.format}"; use text, json or sarif.`,
          `Định dạng "${opts.format}" không hợp lệ; dùng text, json hoặc sarif.`,
        );
      }
      process.stdout.write(await runCheck(files, opts.format, setExit));
    });
  program
    .command("fix")
    .description("Apply the safe fixes (renumbering, NFC, fixed strings, leading zeros) and check again")
    .argument("<in>", "input .docx or .txt")
    .requiredOption("-o, --output <out>", "output file (same type as the input)")
    .action(async (input: string, opts: { output: string }) => {
      if (path.resolve(input) === path.resolve(opts.output)) {
        throw new CliExit(
          2,
          "The output must be a different file from the input.",
          "Tệp kết quả phải khác tệp đầu vào.",
        );
      }
      const r = await runFix(input, opts.output);
      const errors = r.remaining.filter((f) => f.severity === "error").length;
      const warnings = r.remaining.filter((f) => f.severity === "warning").length;
      process.stdout.write(
        `${opts.output}: applied ${r.applied} edit(s) in ${r.passes} pass(es); ${errors} error(s) and ${warnings} warning(s) left.\n` +
          `${opts.output}: đã sửa ${r.applied} chỗ sau ${r.passes} lượt; còn ${errors} lỗi và ${warnings} cảnh báo cần xem lại.\n`,
      );
      if (errors > 0) setExit(1);
    });
}
