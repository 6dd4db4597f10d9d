/**
 * Times `vbhc check` and `vbhc fix` (the compiled CLI, each in its own process) against
 * `soffice --headless --convert-to txt` of the same file, in the same run. Used by the render speed test and by
 * `npm run bench`. LibreOffice gets its own profile, created by a first conversion that is not timed.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

const ROOT = path.resolve(__dirname, "../..");
const COMPILED = path.join(ROOT, "build/cli/cli/main.js");

export interface Timing {
  ms: number;
  /** Peak resident memory in MB (vbhc runs only). */
  peakMb?: number;
}

/** Runs a command; resolves with its wall time and, for vbhc, the peak memory it reports on stderr. */
function timed(cmd: string, args: string[], timeoutMs = 300_000): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, _out, stderr) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      // vbhc check exits 1 when it finds errors: that is a result, not a failure.
      if (err && (err as { code?: unknown }).code !== 1) reject(err);
      else {
        const rss = /maxrss:(\d+)/.exec(String(stderr));
        resolve(rss ? { ms, peakMb: Number(rss[1]) / 1024 } : { ms });
      }
    });
    child.on("error", reject);
  });
}

/** `vbhc ...args` in a fresh Node process, which reports its peak resident memory (KB) when it ends. */
const vbhcProcess = (args: string[]): Promise<Timing> =>
  timed(process.execPath, [
    "-e",
    `require(${JSON.stringify(COMPILED)}).main(["node","vbhc",...${JSON.stringify(args)}])` +
      `.then((c)=>{process.stderr.write("maxrss:"+process.resourceUsage().maxRSS+"\\n");process.exit(c)})`,
  ]);

/** True when the compiled CLI is there (npm run build:cli). */
export const cliBuilt = (): boolean => fs.existsSync(COMPILED);

export interface SpeedRun {
  check: Timing;
  fix: Timing;
  soffice: Timing;
}

/** Times check, fix and LibreOffice's text conversion of `docx` (a path), best of `runs` each. */
export async function measureAgainstLibreOffice(docx: string, runs = 2): Promise<SpeedRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-speed-"));
  const profile = pathToFileURL(path.join(dir, "lo-profile")).href;
  const soffice = () =>
    timed("soffice", [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "txt",
      "--outdir",
      dir,
      docx,
    ]);
  const best = async (f: () => Promise<Timing>): Promise<Timing> => {
    let b: Timing | undefined;
    for (let i = 0; i < runs; i++) {
      const t = await f();
      if (!b || t.ms < b.ms) b = t;
    }
    return b as Timing;
  };
  try {
    await soffice(); // creates the profile; not timed
    const check = await best(() => vbhcProcess(["check", docx]));
    const fix = await best(() => vbhcProcess(["fix", docx, "-o", path.join(dir, "fixed.docx")]));
    const lo = await best(soffice);
    return { check, fix, soffice: lo };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
