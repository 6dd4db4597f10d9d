/**
 * `vbhc check <file>... [--format text|json|sarif]` and `vbhc fix <in> -o <out>`: the check engine on .docx and
 * .txt files. Exit 0: no errors; 1: errors found; 2: an input could not be read.
 */
import * as path from "path";
import type { Command } from "commander";
import { CliExit } from "./cli-exit";
import { readCodifiedCatalog, readNationalCatalog } from "./cite-command";
import { createCatalogLookup } from "../core/citations/catalog";
import {
  allRules,
  fixUntilStable,
  notEvaluatedCause,
  runChecks,
  type NotEvaluatedCause,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type NotEvaluatedItem,
  type RefusedFix,
  type RunOptions,
} from "../core/checks";
import { snapshotFromText, type DocumentSnapshot } from "../core/model/document";
import { applyTextEdits, type Edit, type TextEdit } from "../core/model/edits";
import { DEFAULT_MAX_DOCX_BYTES, DocxReadError, readDocx } from "../docx/read-docx";
import { decodeText, encodeText, readInputFile, type TextEncoding } from "./read-input";
import { safeJson, visible, visibleLines } from "./terminal-text";
import { assertNotInput, writeFileAtomic } from "./write-output";
import { applyEditsToDocx } from "../docx/edit-docx";
import { checkMany, expandInputs, parseJobs } from "./check-pool";
import { readProfile } from "./new-command";

/** Plain-text inputs above this size are refused (a real document is far smaller). */
export const MAX_TXT_BYTES = 10 * 1024 * 1024;

export interface LoadedFile {
  kind: "txt" | "docx";
  doc: DocumentSnapshot;
  bytes: Uint8Array;
  /** For .txt: how lines end, the encoding and byte-order mark, and a final newline, to write it back the same way. */
  eol?: string;
  encoding?: TextEncoding;
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
    "unsupported",
  );
}

/** Reads a .txt or .docx file into a snapshot; unreadable input throws CliExit with code 2. */
export async function loadFile(file: string): Promise<LoadedFile> {
  const kind = kindOf(file);
  const bytes = readInputFile(file, kind === "docx" ? DEFAULT_MAX_DOCX_BYTES : MAX_TXT_BYTES);
  if (kind === "docx") {
    try {
      return { kind, bytes, doc: await readDocx(bytes) };
    } catch (err) {
      if (err instanceof DocxReadError) {
        throw new CliExit(2, `${file}: ${err.english}`, `${file}: ${err.vietnamese}`, err.code);
      }
      throw err;
    }
  }
  const { text, encoding, bom } = decodeText(bytes, file);
  const eol = /\r\n/.test(text) ? "\r\n" : /\r(?!\n)/.test(text) ? "\r" : "\n";
  return {
    kind,
    bytes,
    doc: snapshotFromText(text),
    eol,
    encoding,
    bom,
    finalNewline: /(\r\n|\n|\r)$/.test(text),
  };
}

/** The catalog lookup for citation rules, when the national catalog is available (read once per process or worker). */
let cachedOptions: CheckOptions | undefined;
function checkOptions(): CheckOptions {
  if (cachedOptions) return cachedOptions;
  try {
    cachedOptions = { catalogLookup: createCatalogLookup(readNationalCatalog(), readCodifiedCatalog()) };
  } catch {
    cachedOptions = {};
  }
  return cachedOptions;
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
  /** Page-level findings (margins, paper, page numbers): the 1-based section, with line 0 and no columns. */
  section?: number;
}

/** A place a rule that ran could not judge (a cited document the catalog does not date); never a finding. */
export interface JsonNotEvaluatedItem {
  ruleId: string;
  /** status-unknown, not-in-catalog, replacement-undated or not-identified. */
  code: NotEvaluatedItem["code"];
  /** Why, in Vietnamese. */
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
}

export interface JsonFile {
  file: string;
  paragraphs: number;
  findings: JsonFinding[];
  /** Rules that could not judge this input (layout rules on plain text). */
  notEvaluated: string[];
  /** The same rules grouped by why they could not judge it. */
  notEvaluatedBy?: { cause: NotEvaluatedCause; rules: string[] }[];
  /** Places inside rules that ran which they could not judge; always written, absent only in older reports. */
  notEvaluatedItems?: JsonNotEvaluatedItem[];
  /** Present when the file could not be read (or checked); its findings are then empty. */
  error?: JsonFileError;
}

export interface JsonFileError {
  /** not-found, not-a-file, unsupported, too-large, empty, not-docx, corrupt, old-doc, encrypted, unsafe-xml, too-complex, encoding, check-failed. */
  code: string;
  /** The reason in English, then on a second line in Vietnamese. */
  message: string;
}

export function toJsonFinding(f: Finding): JsonFinding {
  if (f.section !== undefined) {
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
      excerpt: f.excerpt,
      ref: f.ref,
      fix: f.fix ? f.fix.description : null,
      section: f.section,
    };
  }
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

export function toJsonNotEvaluatedItem(x: NotEvaluatedItem): JsonNotEvaluatedItem {
  return {
    ruleId: x.ruleId,
    code: x.code,
    reason: x.reason,
    line: x.paragraph + 1,
    column: x.start + 1,
    endLine: x.paragraph + 1,
    endColumn: x.end + 1,
    excerpt: x.excerpt,
  };
}

/** English for the text report's second language, by reason code. */
const NOT_EVALUATED_EN: Record<NotEvaluatedItem["code"], string> = {
  "status-unknown": "status unknown in the catalog",
  "not-in-catalog": "not in the catalog",
  "replacement-undated": "no replacement date in the catalog",
  "not-identified": "document not identified in the catalog",
};

/** The SARIF rule id of a place not evaluated: its own id, so viewers list it apart from the rule's warnings. */
const notEvaluatedSarifId = (ruleId: string): string => `${ruleId}/not-evaluated`;

const uriOf = (file: string): string => file.split(path.sep).join("/");

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
  const unjudgedRules = new Set(files.flatMap((f) => (f.notEvaluatedItems ?? []).map((x) => x.ruleId)));
  const unjudgedDriverRules = rules
    .filter((r) => unjudgedRules.has(r.id))
    .map((r) => ({
      id: notEvaluatedSarifId(r.id),
      shortDescription: { text: `${r.meta.title}: không đánh giá được (not evaluated)` },
      defaultConfiguration: { level: "note" },
      properties: { ref: r.meta.ref, family: r.meta.family, notEvaluated: true },
    }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "vbhc", rules: [...driverRules, ...unjudgedDriverRules] } },
        invocations: [
          {
            executionSuccessful: files.every((f) => !f.error),
            toolExecutionNotifications: files.flatMap((f) =>
              f.error
                ? [
                    {
                      level: "error",
                      descriptor: { id: f.error.code },
                      message: { text: f.error.message },
                      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f.file) } } }],
                    },
                  ]
                : [],
            ),
          },
        ],
        results: [
          ...files.flatMap((f) =>
            f.findings.map((x) => ({
              ruleId: x.ruleId,
              level: SARIF_LEVEL[x.severity],
              message: { text: x.message },
              locations: [
                x.section === undefined
                  ? {
                      physicalLocation: {
                        artifactLocation: { uri: uriOf(f.file) },
                        region: {
                          startLine: x.line,
                          startColumn: x.column,
                          endLine: x.endLine,
                          endColumn: x.endColumn,
                        },
                      },
                    }
                  : {
                      // A page-level finding has no text region: it is about a section of the file.
                      physicalLocation: { artifactLocation: { uri: uriOf(f.file) } },
                      logicalLocations: [{ name: `section ${x.section}`, fullyQualifiedName: `section[${x.section}]` }],
                    },
              ],
              properties: { ref: x.ref, excerpt: x.excerpt },
            })),
          ),
          ...notEvaluatedResults(files),
        ],
      },
    ],
  };
}

/**
 * Places not evaluated as SARIF notes under their own rule id: viewers (GitHub code scanning, the VS Code SARIF
 * viewer) list notes, where run notifications are mostly not shown, and a note fails no gate.
 */
function notEvaluatedResults(files: readonly JsonFile[]): unknown[] {
  return files.flatMap((f) =>
    (f.notEvaluatedItems ?? []).map((x) => ({
      ruleId: notEvaluatedSarifId(x.ruleId),
      level: "note",
      message: { text: `${x.excerpt}: ${x.reason} (${NOT_EVALUATED_EN[x.code]}).` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(f.file) },
            region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn },
          },
        },
      ],
      properties: { notEvaluated: true, code: x.code, excerpt: x.excerpt },
    })),
  );
}

function textReport(f: JsonFile): string {
  if (f.error) return `${visible(f.file)}\n${visibleLines(f.error.message).replace(/^/gm, "  ")}\n`;
  const lines = [visible(f.file)];
  for (const x of f.findings) {
    const where = x.section === undefined ? `${x.line}:${x.column}` : `section ${x.section}`;
    lines.push(
      visible(`  ${where}  ${x.severity}  ${x.message}  [${x.ruleId}]${x.fix ? ` (sửa được: ${x.fix})` : ""}`),
    );
  }
  const n = (s: string) => f.findings.filter((x) => x.severity === s).length;
  lines.push(`  ${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} thông tin (errors, warnings, info)`);
  for (const g of f.notEvaluatedBy ?? []) {
    lines.push(`  Not evaluated (${CAUSE_TEXT[g.cause]}): ${g.rules.join(", ")}`);
  }
  const places = f.notEvaluatedItems ?? [];
  if (places.length) {
    lines.push(`  Trích dẫn chưa đánh giá được hiệu lực (citations not evaluated, status unknown): ${places.length}`);
    for (const x of places) {
      lines.push(
        visible(`    ${x.line}:${x.column}  ${x.excerpt}: ${x.reason} (${NOT_EVALUATED_EN[x.code]})  [${x.ruleId}]`),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Why rules were not evaluated, in English / Vietnamese. */
const CAUSE_TEXT: Record<NotEvaluatedCause, string> = {
  "other-language": "not in Vietnamese / văn bản không viết bằng tiếng Việt",
  "citizen-form": "a citizen's form, outside NĐ 30 / đơn, tờ khai của công dân",
  "not-administrative":
    "no NĐ 30 header (quốc hiệu, số, tên loại), layout not judged / chưa có thể thức NĐ 30, chưa đánh giá dàn trang",
  "no-formatting": "no layout in this input / không có định dạng",
  "no-page-setup": "no page setup in this input / không đọc được khổ giấy, lề",
  "no-page-numbers": "page numbering unreadable / không đọc được số trang",
  "no-data": "not enough in the document / không đủ dữ liệu",
};

function toJsonFile(file: string, doc: DocumentSnapshot, result: CheckResult): JsonFile {
  const family = new Map(allRules().map((r) => [r.id, r.meta.family]));
  const by = new Map<NotEvaluatedCause, string[]>();
  for (const id of result.notEvaluated) {
    const cause = notEvaluatedCause(id, family.get(id), doc);
    by.set(cause, [...(by.get(cause) ?? []), id]);
  }
  return {
    file,
    paragraphs: doc.paragraphs.length,
    findings: result.findings.map(toJsonFinding),
    notEvaluated: result.notEvaluated,
    notEvaluatedBy: [...by].map(([cause, rules]) => ({ cause, rules })),
    notEvaluatedItems: (result.notEvaluatedItems ?? []).map(toJsonNotEvaluatedItem),
  };
}

/** Writes text paragraphs back with the file's own line endings, encoding and byte-order mark. */
function textBytes(loaded: LoadedFile, paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs.join(loaded.eol ?? "\n") + (loaded.finalNewline ? (loaded.eol ?? "\n") : "");
  return encodeText(body, loaded.encoding ?? "utf-8", loaded.bom ?? false);
}

const errorOf = (err: CliExit): JsonFileError => ({ code: err.reason, message: err.message });

/**
 * Reads and checks one file. Never throws: a file that cannot be read, or that breaks a check, comes
 * back with `error` set, so a batch reports every other file. Exit: 0 clean, 1 errors found, 2 error.
 */
/** The report of a file that could not be read or checked: no findings, and why. */
export function failedReport(file: string, error: JsonFileError): JsonFile {
  return { file, paragraphs: 0, findings: [], notEvaluated: [], notEvaluatedItems: [], error };
}

export async function checkFile(file: string, options: RunOptions): Promise<{ report: JsonFile; exit: number }> {
  const failed = (error: JsonFileError) => ({ report: failedReport(file, error), exit: 2 });
  let loaded: LoadedFile;
  try {
    loaded = await loadFile(file);
  } catch (err) {
    if (err instanceof CliExit) return failed(errorOf(err));
    const detail = err instanceof Error ? err.message : String(err);
    return failed({
      code: "corrupt",
      message: `${file}: cannot be read (${detail}).\n${file}: không đọc được tệp (${detail}).`,
    });
  }
  try {
    const result = runChecks(loaded.doc, options);
    return {
      report: toJsonFile(file, loaded.doc, result),
      exit: result.findings.some((f) => f.severity === "error") ? 1 : 0,
    };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return failed({
      code: "check-failed",
      message: `${file}: the checks stopped on this document (${detail}).\n${file}: việc kiểm tra văn bản này bị dừng (${detail}).`,
    });
  }
}

export async function runCheck(
  files: readonly string[],
  format: string,
  setExit: (code: number) => void,
  disabled: readonly string[] = [],
): Promise<string> {
  const options: RunOptions = disabled.length > 0 ? { ...checkOptions(), disabled } : checkOptions();
  const out: JsonFile[] = [];
  for (const file of files) {
    const { report, exit } = await checkFile(file, options);
    setExit(exit);
    out.push(report);
    if (report.error && format !== "text") process.stderr.write(`${visibleLines(report.error.message)}\n`);
  }
  return formatReport(out, format);
}

/** The report of checked files in one format (one report however the files were checked). */
export function formatReport(out: readonly JsonFile[], format: string): string {
  if (format === "json") return `${safeJson({ version: 1, files: out })}\n`;
  if (format === "sarif") return `${safeJson(toSarif(out))}\n`;
  return out.map(textReport).join("\n");
}

export interface FixSummary {
  applied: number;
  passes: number;
  remaining: Finding[];
  /** Fixes not applied because the re-read result would not have checked clean. */
  refused: RefusedFix[];
  /** Set when a written result did not read back as planned (that batch was not kept). */
  problem?: { en: string; vi: string };
}

/**
 * Applies the safe fixes to `input` and writes `output` (which may be the input only when inPlace); returns what
 * was done. Every batch is verified in core on the snapshot before it is written, and the written file is read
 * back and compared with the plan; only a result that read back as planned is written out.
 */
export async function runFix(input: string, output: string, opts: { inPlace?: boolean } = {}): Promise<FixSummary> {
  if (!opts.inPlace) assertNotInput(input, output);
  const loaded = await loadFile(input);
  const outKind = kindOf(output);
  if (outKind !== loaded.kind) {
    throw new CliExit(
      2,
      `The output must have the same type as the input (${loaded.kind}).`,
      `Tệp kết quả phải cùng loại với tệp đầu vào (${loaded.kind}).`,
    );
  }
  // The bytes (docx) or lines (txt) behind each snapshot, so the one the fixer keeps is the one written.
  const bytesOf = new WeakMap<DocumentSnapshot, Uint8Array>([[loaded.doc, loaded.bytes]]);
  const textsOf = new WeakMap<DocumentSnapshot, string[]>([[loaded.doc, loaded.doc.paragraphs.map((p) => p.text)]]);
  const applyFn = async (doc: DocumentSnapshot, edits: Edit[]): Promise<DocumentSnapshot> => {
    if (loaded.kind === "docx") {
      const bytes = (await applyEditsToDocx(bytesOf.get(doc) ?? loaded.bytes, edits)).bytes;
      const next = await readDocx(bytes);
      bytesOf.set(next, bytes);
      return next;
    }
    // Plain text carries no formatting: only text edits apply.
    const texts = applyTextEdits(
      textsOf.get(doc) ?? doc.paragraphs.map((p) => p.text),
      edits.filter((e): e is TextEdit => e.kind === "text"),
    );
    const next = { ...doc, paragraphs: texts.map((text, index) => ({ index, text, inTable: false })) };
    textsOf.set(next, texts);
    return next;
  };
  let r: Awaited<ReturnType<typeof fixUntilStable>>;
  try {
    r = await fixUntilStable(loaded.doc, applyFn, checkOptions());
  } catch (err) {
    if (err instanceof CliExit) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new CliExit(
      2,
      `${input}: the fixes stopped on this document (${detail}); nothing was written.`,
      `${input}: việc sửa văn bản này bị dừng (${detail}); chưa ghi gì.`,
      "fix-failed",
    );
  }
  // Written only now, whole, and atomically: a failure above leaves no output at all.
  writeFileAtomic(
    output,
    loaded.kind === "docx"
      ? (bytesOf.get(r.doc) ?? loaded.bytes)
      : textBytes(loaded, textsOf.get(r.doc) ?? r.doc.paragraphs.map((p) => p.text)),
  );
  return { applied: r.applied, passes: r.passes, remaining: r.result.findings, refused: r.refused, problem: r.problem };
}

/**
 * The rule ids to skip: the agency profile's `disabledRules` and `--disable a,b`, each a known rule id. An
 * unknown id is refused rather than ignored, so a typo does not silently leave a rule running.
 */
export function disabledRules(list: string | undefined, profileFile?: string): string[] {
  const fromProfile = profileFile ? (readProfile(profileFile).disabledRules ?? []) : [];
  const ids = [...fromProfile, ...(list ?? "").split(",")].map((s) => s.trim()).filter((s) => s.length > 0);
  const known = new Set(allRules().map((r) => r.id));
  const unknown = [...new Set(ids.filter((id) => !known.has(id)))];
  if (unknown.length > 0) {
    const family = unknown[0].split("/")[0] ?? "";
    const near = [...known].filter((id) => id.startsWith(`${family}/`)).slice(0, 12);
    const hint = near.length > 0 ? ` (${near.join(", ")})` : "";
    throw new CliExit(
      2,
      `Unknown rule id ${unknown.map((u) => `"${u}"`).join(", ")} in --disable or the profile; rule ids are those of the report${hint}.`,
      `Không có quy tắc ${unknown.map((u) => `"${u}"`).join(", ")} (trong --disable hoặc hồ sơ cơ quan); mã quy tắc là mã in trong báo cáo${hint}.`,
    );
  }
  return [...new Set(ids)];
}

export function registerCheck(program: Command, setExit: (code: number) => void): void {
  program
    .command("check")
    .description("Check .docx or .txt documents against NĐ 30/2020 (exit 0: no errors, 1: errors, 2: unreadable)")
    .argument("<files...>", ".docx or .txt files, or folders (searched recursively for .docx and .txt)")
    .option("--format <format>", "text, json or sarif", "text")
    .option("--jobs <n>", "worker threads for many files (default: one per core; 1 checks in this process)")
    .option("--disable <rules>", "rule ids to skip, separated by commas (e.g. text/tone-placement)")
    .option("--profile <agency.json>", "agency profile; its disabledRules are skipped too")
    .action(async (files: string[], opts: { format: string; jobs?: string; disable?: string; profile?: string }) => {
      if (!["text", "json", "sarif"].includes(opts.format)) {
        throw new CliExit(
          2,
          `Unknown format "${opts.format}"; use text, json or sarif.`,
          `Định dạng "${opts.format}" không hợp lệ; dùng text, json hoặc sarif.`,
        );
      }
      const disabled = disabledRules(opts.disable, opts.profile);
      process.stdout.write(await checkMany(expandInputs(files), opts.format, setExit, parseJobs(opts.jobs), disabled));
    });
  program
    .command("fix")
    .description("Apply the safe fixes (renumbering, NFC, fixed strings, leading zeros) and check again")
    .argument("<in>", "input .docx or .txt")
    .option("-o, --output <out>", "output file (same type as the input, never the input itself)")
    .option("--in-place", "overwrite the input (written to a temporary file, then renamed over it)")
    .action(async (input: string, opts: { output?: string; inPlace?: boolean }) => {
      if (!opts.output === !opts.inPlace) {
        throw new CliExit(
          2,
          "Give either -o <out> (a new file) or --in-place (overwrite the input).",
          "Hãy dùng -o <tệp kết quả> (tệp mới) hoặc --in-place (ghi đè tệp đầu vào), chỉ một trong hai.",
        );
      }
      const output = opts.output ?? input;
      const r = await runFix(input, output, { inPlace: opts.inPlace });
      const errors = r.remaining.filter((f) => f.severity === "error").length;
      const warnings = r.remaining.filter((f) => f.severity === "warning").length;
      process.stdout.write(
        visibleLines(
          `${output}: applied ${r.applied} edit(s) in ${r.passes} pass(es); ${errors} error(s) and ${warnings} warning(s) left.\n` +
            `${output}: đã sửa ${r.applied} chỗ sau ${r.passes} lượt; còn ${errors} lỗi và ${warnings} cảnh báo cần xem lại.`,
        ) + "\n",
      );
      // Refused fixes are said plainly: each was checked on the result and would have made it worse.
      for (const x of r.refused) {
        const where = `${x.finding.paragraph + 1}:${x.finding.start + 1} [${x.finding.ruleId}]`;
        process.stdout.write(`  ${where} fix not applied: ${x.reason}.\n  ${where} không tự sửa: ${x.reasonVi}.\n`);
      }
      if (r.problem) process.stderr.write(`${r.problem.en}\n${r.problem.vi}\n`);
      if (errors > 0) setExit(1);
    });
}
