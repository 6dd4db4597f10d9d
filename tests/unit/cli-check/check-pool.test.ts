/**
 * `vbhc check` on a folder and on many files: folders are searched recursively, a bad file is reported in
 * its place while the others are checked, and the worker-thread pool of the compiled CLI gives exactly
 * the report one process gives (JSON, SARIF and text), in input order.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { expandInputs } from "../../../src/cli/check-pool";
import { vbhc } from "../../helpers/run-cli";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-pool-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;

/** A folder of reports with numbering mistakes: .txt and .docx, one subfolder, one broken file and noise. */
async function makeFolder(dir: string, n: number): Promise<void> {
  fs.mkdirSync(path.join(dir, "con"), { recursive: true });
  for (let i = 0; i < n; i++) {
    const lines = ["BÁO CÁO", "I. MỞ ĐẦU", `III. KẾT QUẢ ${i}`, "1. Việc một", "3. Việc ba"];
    const sub = i % 5 === 0 ? "con" : "";
    if (i % 2) fs.writeFileSync(path.join(dir, sub, `bc-${String(i).padStart(3, "0")}.txt`), lines.join("\n"));
    else {
      const bytes = await writeDocxPackage({ bodyXml: lines.map(para).join("") });
      fs.writeFileSync(path.join(dir, sub, `bc-${String(i).padStart(3, "0")}.docx`), bytes);
    }
  }
  fs.writeFileSync(path.join(dir, "con", "hong.docx"), "not a zip");
  fs.writeFileSync(path.join(dir, "~$bc-000.docx"), "Word's lock file");
  fs.writeFileSync(path.join(dir, "ghi-chu.md"), "not checked");
}

describe("folders", () => {
  const dir = path.join(tmp, "folder");
  beforeAll(() => makeFolder(dir, 12));

  test("are expanded recursively to their .docx and .txt files, sorted, without Word's lock files", () => {
    const files = expandInputs([dir]).map((f) => path.relative(dir, f));
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : 1)));
    expect(files).toContain(path.join("con", "hong.docx"));
    expect(files).toContain(path.join("con", "bc-005.txt"));
    expect(files).toHaveLength(13);
    expect(files.some((f) => f.includes("~$") || f.endsWith(".md"))).toBe(false);
  });

  test("a folder is checked file by file; the broken one is reported in its place and gives exit 2", async () => {
    const r = await vbhc("check", dir, "--format", "json");
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out) as { files: { file: string; error?: string; findings: unknown[] }[] };
    expect(report.files.map((f) => f.file)).toEqual(expandInputs([dir]));
    const broken = report.files.filter((f) => f.error);
    expect(broken.map((f) => path.basename(f.file))).toEqual(["hong.docx"]);
    expect(report.files.filter((f) => !f.error).every((f) => f.findings.length > 0)).toBe(true);
    expect(r.err).toContain("hong.docx");
  });

  test("an empty folder is bad input, in English and Vietnamese", async () => {
    const empty = path.join(tmp, "empty");
    fs.mkdirSync(empty);
    const r = await vbhc("check", empty);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no \.docx or \.txt file/);
    expect(r.err).toMatch(/thư mục không có tệp/);
  });

  test("--jobs must be a positive whole number", async () => {
    const r = await vbhc("check", dir, "--jobs", "0");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--jobs phải là số nguyên dương/);
  });
});

/** The compiled CLI is fresh when build/cli is newer than every source file it is built from. */
function ensureCompiledCli(): void {
  const built = path.join(ROOT, "build/cli/cli/check-worker.js");
  const newest = (dir: string): number =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .reduce(
        (m, e) =>
          Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs),
        0,
      );
  const sources = Math.max(...["src/cli", "src/core", "src/docx"].map((d) => newest(path.join(ROOT, d))));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}

describe("the worker pool of the compiled CLI", () => {
  const dir = path.join(tmp, "many");
  beforeAll(async () => {
    ensureCompiledCli();
    await makeFolder(dir, 60);
  });

  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(ROOT, "bin/vbhc.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, VBHC_PROGRESS: "1", ...env },
    });

  test.each(["json", "sarif"])("gives the one-process report in %s, in input order", async (format) => {
    const pooled = cli(["check", dir, "--format", format, "--jobs", "2"]);
    const single = await vbhc("check", dir, "--format", format);
    // The progress line shows the pool ran (one process prints none).
    expect(pooled.stderr).toContain("vbhc: 61/61 tệp (files)");
    expect(single.err).not.toContain("tệp (files)");
    expect(pooled.status).toBe(2);
    expect(single.code).toBe(2);
    expect(pooled.stdout).toBe(single.out);
  });

  test("the workers skip the rules given by --disable, as one process does", async () => {
    const args = ["check", dir, "--format", "json", "--disable", "numbering/gap,numbering/shifted"];
    const pooled = cli([...args, "--jobs", "2"]);
    const single = await vbhc(...args);
    expect(pooled.stderr).toContain("vbhc: 61/61 tệp (files)");
    expect(pooled.stdout).toBe(single.out);
    expect(pooled.stdout).not.toMatch(/numbering\/(gap|shifted)/);
    expect(cli(["check", dir, "--format", "json", "--jobs", "2"]).stdout).toMatch(/numbering\/(gap|shifted)/);
  });

  test("a file that exhausts a worker's memory is reported in its place, and every other file is checked", async () => {
    const crash = path.join(tmp, "crash");
    fs.mkdirSync(crash);
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(crash, `bc-${i + 10}.txt`), "I. MỞ ĐẦU\nIII. KẾT QUẢ\n");
    // 300,000 empty paragraphs: far more than a 64 MB worker heap holds once read.
    const bomb = await writeDocxPackage({ bodyXml: "<w:p/>".repeat(300_000) });
    fs.writeFileSync(path.join(crash, "bc-15-lon.docx"), bomb);
    const r = cli(["check", crash, "--format", "json", "--jobs", "2"], { VBHC_WORKER_HEAP_MB: "64" });
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as {
      files: { file: string; error?: { code: string; message: string }; findings: unknown[] }[];
    };
    expect(report.files.map((f) => f.file)).toEqual(expandInputs([crash]));
    const failed = report.files.filter((f) => f.error);
    expect(failed.map((f) => path.basename(f.file))).toEqual(["bc-15-lon.docx"]);
    expect(failed[0].error?.message).toMatch(/the check stopped on this file .*memory/);
    expect(failed[0].error?.message).toMatch(/dừng kiểm tra ở tệp này/);
    expect(report.files.filter((f) => !f.error).every((f) => f.findings.length > 0)).toBe(true);
  });
});
