/**
 * LibreOffice and poppler helpers for render tests (Node only).
 * Each jest worker uses its own LibreOffice profile directory, so parallel workers do not clash, and converts many
 * files per LibreOffice start where a test file can gather them first.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

export interface PdfWord {
  text: string;
  /** 1-based page number. */
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function run(cmd: string, args: string[], timeoutMs = 120_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

const FILTERS: Record<"pdf" | "txt" | "docx", string> = {
  pdf: "pdf",
  // UTF-8 text export, so Vietnamese survives.
  txt: "txt:Text (encoded):UTF8",
  docx: "docx:MS Word 2007 XML",
};

/**
 * One LibreOffice profile per process (a jest worker), reused by every conversion it makes: a fresh profile costs
 * seconds on each start. The name carries the process id, so a profile left behind by a killed worker is removed by
 * the next worker that starts.
 */
const PROFILE_PREFIX = "vbhc-lo-worker-";
let profileDir: Promise<string> | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function workerProfile(): Promise<string> {
  profileDir ??= (async () => {
    for (const name of await fs.readdir(os.tmpdir())) {
      const pid = Number(name.slice(PROFILE_PREFIX.length));
      if (name.startsWith(PROFILE_PREFIX) && pid !== process.pid && pid > 0 && !alive(pid)) {
        await fs.rm(path.join(os.tmpdir(), name), { recursive: true, force: true }).catch(() => undefined);
      }
    }
    const dir = path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}`);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  })();
  return profileDir;
}

/** Conversions of one process run one after another: two soffice processes must not share a profile. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Converts many files in one `soffice --headless --convert-to` call (one LibreOffice start for all of them);
 * resolves to the output paths in input order. Inputs must have distinct base names, as the outputs share `outDir`.
 */
export async function convertAllWithLibreOffice(
  inputPaths: readonly string[],
  format: "pdf" | "txt" | "docx",
  outDir: string,
): Promise<string[]> {
  const outs = inputPaths.map((p) => path.join(outDir, `${path.basename(p).replace(/\.[^.]+$/, "")}.${format}`));
  if (new Set(outs).size !== outs.length) throw new Error(`two inputs would write the same ${format} in ${outDir}`);
  if (outs.some((o, i) => path.resolve(o) === path.resolve(inputPaths[i]))) {
    throw new Error(`convert into another folder: an output would overwrite its input in ${outDir}`);
  }
  if (inputPaths.length === 0) return [];
  const job = queue.then(async () => {
    await fs.mkdir(outDir, { recursive: true });
    // An output left from an earlier run must not pass for this run's.
    await Promise.all(outs.map((o) => fs.rm(o, { force: true })));
    const profile = await workerProfile();
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore"];
    // A minute to start, and time per document on a loaded machine.
    await run(
      "soffice",
      [...args, "--convert-to", FILTERS[format], "--outdir", outDir, ...inputPaths],
      60_000 + 30_000 * inputPaths.length,
    );
  });
  queue = job.catch(() => undefined);
  await job;
  for (const [i, out] of outs.entries()) {
    await fs.access(out).catch(() => {
      throw new Error(`LibreOffice produced no ${format} for ${inputPaths[i]}`);
    });
  }
  return outs;
}

/** Converts one file; prefer `convertAllWithLibreOffice` for several, as each call starts LibreOffice. */
export async function convertWithLibreOffice(
  inputPath: string,
  format: "pdf" | "txt" | "docx",
  outDir: string,
): Promise<string> {
  const [out] = await convertAllWithLibreOffice([inputPath], format, outDir);
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/**
 * Words of a PDF with their boxes in points (origin top-left), from `pdftotext -bbox`.
 * poppler splits a word at each precomposed Vietnamese letter ("Vi", "ệ", "t"); pieces that touch
 * on the same line are joined back into one word.
 */
export async function pdfBoxes(pdfPath: string): Promise<PdfWord[]> {
  const merged: PdfWord[] = [];
  for (const w of await rawPdfBoxes(pdfPath)) {
    const prev = merged[merged.length - 1];
    const touching =
      prev && prev.page === w.page && Math.abs(prev.yMin - w.yMin) < 1 && w.xMin - prev.xMax < 1 && w.xMin >= prev.xMin;
    if (touching) {
      prev.text += w.text;
      prev.xMax = Math.max(prev.xMax, w.xMax);
      prev.yMin = Math.min(prev.yMin, w.yMin);
      prev.yMax = Math.max(prev.yMax, w.yMax);
    } else merged.push({ ...w });
  }
  return merged;
}

/** Words exactly as `pdftotext -bbox` reports them (Vietnamese words may come in pieces). */
export async function rawPdfBoxes(pdfPath: string): Promise<PdfWord[]> {
  const { stdout } = await run("pdftotext", ["-bbox", pdfPath, "-"]);
  const words: PdfWord[] = [];
  let page = 0;
  const re = /<page\b[^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(stdout); m; m = re.exec(stdout)) {
    if (m[0].startsWith("<page")) {
      page++;
      continue;
    }
    words.push({
      text: decodeEntities(m[5]),
      page,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    });
  }
  return words;
}

/** Plain text of a PDF in reading order (`pdftotext -layout` off, UTF-8). */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-enc", "UTF-8", pdfPath, "-"]);
  return stdout;
}

/**
 * Registers a `beforeAll` that makes every input a test file needs and converts them all in one LibreOffice start;
 * the returned record holds each output path, by the maker's key, once that hook has run.
 */
export function convertAllBeforeAll<K extends string>(
  format: "pdf" | "txt" | "docx",
  outDir: () => string,
  makers: Record<K, () => Promise<string> | string>,
): Record<K, string> {
  const outputs = {} as Record<K, string>;
  beforeAll(async () => {
    const keys = Object.keys(makers) as K[];
    const inputs = await Promise.all(keys.map((k) => makers[k]()));
    const outs = await convertAllWithLibreOffice(inputs, format, outDir());
    keys.forEach((k, i) => (outputs[k] = outs[i]));
  });
  return outputs;
}
