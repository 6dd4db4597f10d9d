/**
 * `vbhc check` on many files: folders are expanded to the .docx and .txt files under them, and the files
 * are checked by a pool of worker threads, one per core, in chunks. Each worker runs the same runCheck as
 * one process does, so the result is the same report, in input order, however it was computed. Progress
 * goes to stderr when it is a terminal. Workers need the compiled CLI (build/cli); run from TypeScript
 * sources (tsx, ts-jest), or for few files, the check runs in this process.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { CliExit } from "./cli-exit";
import { failedReport, formatReport, runCheck, type JsonFile } from "./check-command";

/** Below this many files a pool costs more (start-up, catalog load per worker) than it saves. */
export const POOL_MIN_FILES = 16;

/** What a worker is asked: check these files; and what it answers. */
export interface ChunkRequest {
  id: number;
  files: string[];
}
/** What every worker is started with: the rule ids to skip. */
export interface WorkerSetup {
  disabled: readonly string[];
}
export interface ChunkResult {
  id: number;
  files: JsonFile[];
  code: number;
}

const CHECKED = new Set([".docx", ".txt"]);

/** Files in a folder and its subfolders that vbhc checks, in a stable (sorted) order. Word's lock files (~$…) are skipped. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(full));
    else if (e.isFile() && CHECKED.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith("~$")) out.push(full);
  }
  return out;
}

/** The command line's inputs with every folder replaced by the files under it; other arguments stay as given. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = fs.statSync(input).isDirectory();
    } catch {
      // Not there: runCheck reports it as unreadable, in its place.
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const found = filesUnder(input);
    if (found.length === 0) {
      throw new CliExit(
        2,
        `${input}: no .docx or .txt file in this folder.`,
        `${input}: thư mục không có tệp .docx hoặc .txt nào.`,
      );
    }
    out.push(...found);
  }
  return out;
}

/** --jobs: a positive whole number; undefined means one worker per core. */
export function parseJobs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new CliExit(
      2,
      `--jobs must be a positive whole number, got "${raw}".`,
      `--jobs phải là số nguyên dương, không phải "${raw}".`,
    );
  }
  return Number(raw);
}

/** The compiled worker beside this module, or undefined when running from TypeScript sources. */
function workerScript(): string | undefined {
  const file = path.join(__dirname, "check-worker.js");
  return __filename.endsWith(".js") && fs.existsSync(file) ? file : undefined;
}

/** Splits files into chunks small enough to balance the workers and large enough to amortise each message. */
function chunksOf(files: readonly string[], workers: number): string[][] {
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (workers * 8))));
  const out: string[][] = [];
  for (let i = 0; i < files.length; i += size) out.push(files.slice(i, i + size));
  return out;
}

/** Progress on a terminal, or wherever VBHC_PROGRESS=1 asks for it (a CI log). */
const showProgress = (): boolean => Boolean(process.stderr.isTTY) || process.env.VBHC_PROGRESS === "1";

function progress(done: number, total: number): void {
  if (showProgress()) process.stderr.write(`\rvbhc: ${done}/${total} tệp (files)`);
}

/** Heap limit of one worker (VBHC_WORKER_HEAP_MB overrides): a file that needs more stops its worker, not the batch. */
export function workerHeapMb(): number {
  const v = Number(process.env.VBHC_WORKER_HEAP_MB);
  return Number.isInteger(v) && v >= 32 ? v : 1536;
}

/** The report of a file whose worker stopped while checking it (out of memory, a crash). */
function stoppedOn(file: string, reason: string): JsonFile {
  return failedReport(file, {
    code: "check-failed",
    message: `${file}: the check stopped on this file (${reason}).\n${file}: dừng kiểm tra ở tệp này (${reason}).`,
  });
}

interface Task {
  /** Index of the task's first file in the input. */
  start: number;
  files: string[];
}

/**
 * Checks the chunks on `count` workers and resolves with one report per input file, in input order. A
 * worker that stops (out of memory, a crash) is replaced; its chunk is checked again one file at a time,
 * and a single file that stops a worker is reported as such.
 */
function runPool(
  script: string,
  chunks: string[][],
  count: number,
  total: number,
  disabled: readonly string[],
): Promise<{ files: JsonFile[]; code: number }> {
  return new Promise((resolve) => {
    const files: JsonFile[] = new Array(total);
    const queue: Task[] = [];
    let at = 0;
    for (const c of chunks) {
      queue.push({ start: at, files: c });
      at += c.length;
    }
    let code = 0;
    let done = 0;
    let live = 0;
    const finish = () => {
      if (done === total && live === 0) resolve({ files, code });
    };
    const settle = (task: Task, reports: JsonFile[], c: number) => {
      reports.forEach((r, k) => (files[task.start + k] = r));
      code = Math.max(code, c);
      done += task.files.length;
      progress(done, total);
    };
    const start = () => {
      const w = new Worker(script, {
        resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() },
        workerData: { disabled } satisfies WorkerSetup,
      });
      live++;
      let current: Task | undefined;
      const feed = () => {
        current = queue.shift();
        if (current) w.postMessage({ id: current.start, files: current.files } satisfies ChunkRequest);
        else void w.terminate();
      };
      w.on("message", (r: ChunkResult) => {
        if (current) settle(current, r.files, r.code);
        feed();
      });
      let failure = "";
      w.on("error", (err) => (failure = err.message));
      w.on("exit", () => {
        live--;
        const lost = current;
        current = undefined;
        if (lost) {
          // The worker stopped in the middle of a chunk: retry its files alone, or report the one file.
          if (lost.files.length > 1) lost.files.forEach((f, k) => queue.push({ start: lost.start + k, files: [f] }));
          else settle(lost, [stoppedOn(lost.files[0], failure || "worker stopped")], 2);
          if (queue.length) start();
        }
        finish();
      });
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
}

/**
 * Checks every file and returns one report in the input order. Uses worker threads when there are many
 * files, more than one job and the compiled worker is there; otherwise checks in this process.
 */
export async function checkMany(
  files: readonly string[],
  format: string,
  setExit: (code: number) => void,
  jobs?: number,
  disabled: readonly string[] = [],
): Promise<string> {
  const script = workerScript();
  const count = Math.min(jobs ?? os.availableParallelism(), Math.ceil(files.length / 2));
  if (!script || count < 2 || files.length < POOL_MIN_FILES) return runCheck(files, format, setExit, disabled);
  const chunks = chunksOf(files, count);
  progress(0, files.length);
  const result = await runPool(script, chunks, count, files.length, disabled);
  if (showProgress()) process.stderr.write("\n");
  setExit(result.code);
  if (format !== "text") {
    for (const f of result.files) if (f.error) process.stderr.write(`${f.error.message}\n`);
  }
  return formatReport(result.files, format);
}
