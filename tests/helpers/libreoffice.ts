/**
 * LibreOffice and poppler helpers for render tests (Node only).
 * Each conversion uses its own LibreOffice profile directory so parallel Jest workers do not clash.
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

/** Converts a file with `soffice --headless --convert-to`; resolves to the output file path. */
export async function convertWithLibreOffice(
  inputPath: string,
  format: "pdf" | "txt" | "docx",
  outDir: string,
): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "vbhc-lo-profile-"));
  try {
    await run("soffice", [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      FILTERS[format],
      "--outdir",
      outDir,
      inputPath,
    ]);
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const base = path.basename(inputPath).replace(/\.[^.]+$/, "");
  const out = path.join(outDir, `${base}.${format}`);
  await fs.access(out).catch(() => {
    throw new Error(`LibreOffice produced no ${format} for ${inputPath}`);
  });
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
