/**
 * The heaviest bad inputs in one batch, in a child process with a 256 MB heap: it must finish, report
 * every file, and stay far below the gigabytes these inputs used to take (maximum resident size).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BAD_DOCX } from "../../helpers/bad-inputs";

jest.setTimeout(120_000);

const HEAVY = [
  "bomb-declared.docx",
  "bomb-part.docx",
  "bomb-lying.docx",
  "bad-deflate.docx",
  "nested-tables.docx",
  "empty-paragraphs.docx",
];

it("a batch of zip bombs, a lying deflate stream, deep nesting and 10 MB of empty paragraphs stays under 300 MB", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-bad-memory-"));
  try {
    const files: string[] = [];
    for (const name of HEAVY) {
      const c = BAD_DOCX.find((x) => x.name === name);
      if (!c) throw new Error(name);
      files.push(path.join(dir, name));
      fs.writeFileSync(files[files.length - 1], await c.bytes());
    }
    const main = path.resolve(__dirname, "../../../src/cli/main");
    const script =
      `require(${JSON.stringify(main)}).main(["node", "vbhc", "check", "--format", "json", ...process.argv.slice(1)])` +
      `.then((code) => { process.stderr.write("maxRSS " + process.resourceUsage().maxRSS + "\\n"); process.exitCode = code; });`;
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=256", "--require", "tsx/cjs", "-e", script, ...files],
      {
        cwd: path.resolve(__dirname, "../../.."),
        encoding: "utf8",
        timeout: 100_000,
      },
    );
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as { files: { file: string; error?: { code: string } }[] };
    expect(report.files.map((f) => f.file)).toEqual(files);
    expect(report.files.map((f) => f.error?.code)).toEqual(HEAVY.map((n) => BAD_DOCX.find((c) => c.name === n)?.code));
    const maxRssKb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(300 * 1024);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
