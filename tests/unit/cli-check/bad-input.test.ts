/**
 * Bad input through the CLI: every case exits 2 with a reason in English and Vietnamese, within 5 s, and a
 * batch still reports every other file in one valid JSON or SARIF report. The table of what was tried is
 * written to test-output/bad-inputs.md.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { vbhc } from "../../helpers/run-cli";
import { checkFile } from "../../../src/cli/check-command";
import { readInputFile } from "../../../src/cli/read-input";
import { allRules, type Rule } from "../../../src/core/checks";
import { BAD_DOCX, docxWith, paraXml, utf16 } from "../../helpers/bad-inputs";

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-bad-input-"));
const rows: string[] = [];
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  const out = path.resolve(__dirname, "../../../test-output");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, "bad-inputs.md"),
    ["| input | exit | error.code | message (English) | ms |", "| --- | --- | --- | --- | --- |", ...rows].join("\n") +
      "\n",
  );
});

const write = (name: string, bytes: Uint8Array | string): string => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
};

const CLEAN = "Số: 05/BC-UBND\nHà Nội, ngày 05 tháng 3 năm 2026\nBÁO CÁO\nI. KẾT QUẢ\n1. Việc một\n2. Việc hai\n";
const WITH_ERROR = CLEAN.replace("2. Việc hai", "1. Việc hai");
const VIETNAMESE = /[ăâđêôơưạ-ỹ]/;

/** Runs `vbhc check --format json` on one file and checks the common promises of a refusal. */
async function refused(what: string, file: string, code: string, english: RegExp): Promise<void> {
  const started = Date.now();
  const r = await vbhc("check", file, "--format", "json");
  const ms = Date.now() - started;
  const entry = JSON.parse(r.out).files[0];
  const [en, vi] = entry.error.message.split("\n");
  rows.push(`| ${what} | ${r.code} | ${entry.error.code} | ${en.replace(file, path.basename(file))} | ${ms} |`);
  expect(r.code).toBe(2);
  expect(entry.error.code).toBe(code);
  expect(en).toMatch(english);
  expect(vi).toMatch(VIETNAMESE);
  expect(entry.findings).toEqual([]);
  expect(r.err).toContain(vi);
  expect(ms).toBeLessThan(5000);
}

describe("vbhc check refuses each bad .docx with exit 2 and a reason, within 5 s", () => {
  it.each(BAD_DOCX.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    await refused(c.what, write(c.name, await c.bytes()), c.code, c.english);
  });
});

describe("vbhc check refuses bad files before reading them", () => {
  it("a 200 MB .docx, from its size on disk (a sparse file: nothing is read)", async () => {
    const file = path.join(tmp, "huge.docx");
    fs.writeFileSync(file, "PK\u0003\u0004");
    fs.truncateSync(file, 200 * 1024 * 1024);
    await refused("a 200 MB .docx", file, "too-large", /too large \(200\.0 MB; the limit is 50\.0 MB\)/);
  });

  it("a 200 MB .txt", async () => {
    const file = path.join(tmp, "huge.txt");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 200 * 1024 * 1024);
    await refused("a 200 MB .txt", file, "too-large", /too large/);
  });

  const unix = process.platform === "win32" ? it.skip : it;
  unix("a FIFO and a link to /dev/zero (which would never end)", async () => {
    const fifo = path.join(tmp, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await refused("a FIFO named .txt", fifo, "not-a-file", /not a regular file/);
    const zero = path.join(tmp, "zero.docx");
    fs.symlinkSync("/dev/zero", zero);
    await refused("a symlink to /dev/zero named .docx", zero, "not-a-file", /not a regular file/);
  });

  it("a folder named .docx is searched as a folder, and one with no document is refused in both languages", async () => {
    const dir = path.join(tmp, "folder.docx");
    fs.mkdirSync(dir);
    const r = await vbhc("check", dir, "--format", "json");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/\.docx|\.txt/);
    expect(r.err.split("\n").filter((l) => l.trim()).length).toBeGreaterThanOrEqual(2);
  });
});

describe("vbhc check on text encodings", () => {
  it("refuses invalid UTF-8, legacy 8-bit encodings, UTF-16 without a byte-order mark and binary data", async () => {
    await refused(
      "invalid UTF-8 (a lone continuation byte)",
      write("invalid.txt", Buffer.from([0x41, 0x80, 0x42])),
      "encoding",
      /not UTF-8/,
    );
    // "Công" in Windows-1258 (ô is 0xF4) and in TCVN3 (ô is 0xAB alone): both are invalid UTF-8.
    await refused(
      "Windows-1258 text",
      write("cp1258.txt", Buffer.from([0x43, 0xf4, 0x6e, 0x67, 0x0a])),
      "encoding",
      /TCVN3, VNI or Windows-1258/,
    );
    await refused(
      "TCVN3 text",
      write("tcvn3.txt", Buffer.from([0x43, 0xab, 0x6e, 0x67, 0x0a])),
      "encoding",
      /legacy encoding/,
    );
    await refused(
      "UTF-16 without a byte-order mark",
      write("utf16-nobom.txt", utf16(CLEAN, "le", false)),
      "encoding",
      /UTF-16 text without a byte-order mark/,
    );
    await refused(
      "binary data named .txt",
      write("binary.txt", Buffer.from([0x41, 0, 0, 0, 7, 0, 0, 0, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47])),
      "encoding",
      /binary/,
    );
  });

  it.each([
    ["utf-16le", "le"],
    ["utf-16be", "be"],
  ] as const)("reads %s with a byte-order mark as the UTF-8 text reads", async (_name, endian) => {
    const plain = JSON.parse((await vbhc("check", write("plain.txt", WITH_ERROR), "--format", "json")).out).files[0];
    const r = await vbhc("check", write(`wide-${endian}.txt`, utf16(WITH_ERROR, endian)), "--format", "json");
    expect(r.code).toBe(1);
    const wide = JSON.parse(r.out).files[0];
    expect(wide.paragraphs).toBe(plain.paragraphs);
    expect(wide.findings).toEqual(plain.findings);
    expect(wide.findings.some((f: { ruleId: string }) => f.ruleId === "numbering/duplicate")).toBe(true);
  });
});

describe("one bad file does not lose the batch", () => {
  it("JSON: reports the readable files and the unreadable one, and exit 2 wins over 1", async () => {
    const a = write("a.docx", await docxWith({}, paraXml("BÁO CÁO") + paraXml("I. KẾT QUẢ")));
    const bad = write("bad.docx", await BAD_DOCX.find((c) => c.name === "bad-deflate.docx")!.bytes());
    const nested = write("deep.docx", await BAD_DOCX.find((c) => c.name === "nested-tables.docx")!.bytes());
    const c = write("c.txt", WITH_ERROR);
    const r = await vbhc("check", a, bad, nested, c, "--format", "json");
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.version).toBe(1);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([a, bad, nested, c]);
    const [fa, fbad, fnested, fc] = json.files;
    expect(fa.error).toBeUndefined();
    expect(fa.paragraphs).toBe(2);
    expect(fbad.error.code).toBe("corrupt");
    expect(fnested.error.code).toBe("too-complex");
    expect(fc.error).toBeUndefined();
    expect(fc.findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
    for (const f of [fbad, fnested]) expect(f).toMatchObject({ paragraphs: 0, findings: [], notEvaluated: [] });
  });

  it("SARIF: one valid log, the unreadable file as a tool execution notification", async () => {
    const a = write("s-a.txt", WITH_ERROR);
    const bad = write("s-bad.docx", "");
    const r = await vbhc("check", a, bad, "--format", "sarif");
    expect(r.code).toBe(2);
    const run = JSON.parse(r.out).runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const [note] = run.invocations[0].toolExecutionNotifications;
    expect(note.level).toBe("error");
    expect(note.descriptor.id).toBe("empty");
    expect(note.locations[0].physicalLocation.artifactLocation.uri).toBe(bad.split(path.sep).join("/"));
    expect(note.message.text).toMatch(/empty[\s\S]*rỗng/);
  });

  it("text: the error is printed in its place and the other files are still checked", async () => {
    const r = await vbhc(
      "check",
      write("t-a.txt", CLEAN),
      write("t-bad.docx", "xin chào"),
      write("t-c.txt", WITH_ERROR),
    );
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/t-bad\.docx\n {2}.*plain-text file[^\n]*\n {2}.*tệp văn bản thuần/);
    expect(r.out.match(/lỗi, \d+ cảnh báo/g)).toHaveLength(2);
  });
});

/** The terminal control characters (ESC, BEL, a right-to-left override) present in a string. */
const raw = (s: string): string[] => [...s].filter((c) => "\u001b\u0007\u202e".includes(c));

describe("control characters never reach the terminal raw", () => {
  it("text output shows ESC, CR and bidi overrides in file names and text as escapes; JSON keeps them escaped", async () => {
    const file = write("esc\u001b[2J\u202e.txt", `${WITH_ERROR}Việc \u001b]0;title\u0007 \u202eba\n`);
    const bad = write("esc\u001b[31m.docx", "");
    const r = await vbhc("check", file, bad);
    expect(raw(r.out)).toEqual([]);
    expect(r.out).not.toContain("\r");
    expect(r.out).toContain("esc\\x1b[2J\\u202e.txt");
    expect(r.out).toContain("esc\\x1b[31m.docx");
    const json = await vbhc("check", file, bad, "--format", "json");
    expect(raw(json.out + json.err + r.err)).toEqual([]);
    expect(JSON.parse(json.out).files.map((f: { file: string }) => f.file)).toEqual([file, bad]);
  });
});

describe("checkFile, the per-file step a batch reuses", () => {
  it("turns a failure inside the checks into this file's error instead of ending the batch", async () => {
    const file = write("any.txt", CLEAN);
    const breaking: Rule = {
      ...allRules()[0],
      check: () => {
        throw new RangeError("Out of range");
      },
    };
    const { report, exit } = await checkFile(file, { rules: [breaking] });
    expect(exit).toBe(2);
    expect(report.error?.code).toBe("check-failed");
    expect(report.error?.message).toMatch(/checks stopped on this document \(Out of range\)\.\n.*bị dừng/);
    const ok = await checkFile(file, { rules: allRules() });
    expect(ok).toMatchObject({ exit: 0, report: { paragraphs: 6 } });
    expect(ok.report.error).toBeUndefined();
  });
});

describe("readInputFile", () => {
  const linux = process.platform === "linux" ? it : it.skip;
  linux("reads a file that reports size 0 but has content (/proc) to its end, within the limit", () => {
    const bytes = readInputFile("/proc/self/status", 1024 * 1024);
    expect(new TextDecoder().decode(bytes)).toMatch(/^Name:[\s\S]*\nPid:/);
    expect(() => readInputFile("/proc/self/status", 16)).toThrow(/too large/);
  });
});
