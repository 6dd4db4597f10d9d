/** vbhc fix never loses the input: no partial output, no overwrite unless --in-place, links seen through. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { vbhc } from "../../helpers/run-cli";
import { BAD_DOCX, docxWith, documentXml, paraXml, utf16 } from "../../helpers/bad-inputs";
import { readDocx } from "../../../src/docx/read-docx";

jest.setTimeout(30_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-fix-output-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const BROKEN = "BÁO CÁO\nI. KẾT QUẢ\n1. Việc một\n1. Việc hai\n";
const FIXED = "BÁO CÁO\nI. KẾT QUẢ\n1. Việc một\n2. Việc hai\n";

let n = 0;
/** A fresh folder holding in.txt with the given content. */
function setup(content: string | Uint8Array = BROKEN): { dir: string; input: string } {
  const dir = path.join(tmp, `case-${n++}`);
  fs.mkdirSync(dir);
  const input = path.join(dir, "in.txt");
  fs.writeFileSync(input, content);
  return { dir, input };
}

const unix = process.platform === "win32" ? it.skip : it;

describe("vbhc fix refuses an output that is the input", () => {
  it("by the same path, spelled differently", async () => {
    const { dir, input } = setup();
    const r = await vbhc("fix", input, "-o", path.join(dir, ".", "..", path.basename(dir), "in.txt"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is the input file itself[\s\S]*chính là tệp đầu vào/);
    expect(fs.readFileSync(input, "utf8")).toBe(BROKEN);
  });

  unix("through a symlink to the input, a hard link to it, or a symlinked folder", async () => {
    const { dir, input } = setup();
    const sym = path.join(dir, "sym.txt");
    fs.symlinkSync(input, sym);
    const hard = path.join(dir, "hard.txt");
    fs.linkSync(input, hard);
    const linkedDir = path.join(tmp, `linked-${n}`);
    fs.symlinkSync(dir, linkedDir);
    for (const out of [sym, hard, path.join(linkedDir, "in.txt")]) {
      const r = await vbhc("fix", input, "-o", out);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--in-place");
    }
    expect(fs.readFileSync(input, "utf8")).toBe(BROKEN);
    expect(fs.readdirSync(dir).sort()).toEqual(["hard.txt", "in.txt", "sym.txt"]);
  });

  it("asks for exactly one of -o and --in-place", async () => {
    const { dir, input } = setup();
    expect((await vbhc("fix", input)).code).toBe(2);
    const both = await vbhc("fix", input, "-o", path.join(dir, "out.txt"), "--in-place");
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/either -o <out> \(a new file\) or --in-place[\s\S]*chỉ một trong hai/);
    expect(fs.readdirSync(dir)).toEqual(["in.txt"]);
  });
});

describe("vbhc fix writes whole files or nothing", () => {
  it("--in-place overwrites the input with the fixed text, keeping its permissions", async () => {
    const { dir, input } = setup();
    fs.chmodSync(input, 0o640);
    const r = await vbhc("fix", input, "--in-place");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input, "utf8")).toBe(FIXED);
    expect(fs.statSync(input).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(["in.txt"]);
  });

  unix("--in-place on a symlink fixes the file it points to and keeps the link", async () => {
    const { dir, input } = setup();
    const sym = path.join(dir, "sym.txt");
    fs.symlinkSync(input, sym);
    expect((await vbhc("fix", sym, "--in-place")).code).toBe(0);
    expect(fs.lstatSync(sym).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(input, "utf8")).toBe(FIXED);
  });

  it("leaves no output and no temporary file when the output cannot be written", async () => {
    const { dir, input } = setup();
    const out = path.join(dir, "out.txt");
    fs.mkdirSync(out); // a folder where the file should go: the final rename fails
    fs.writeFileSync(path.join(out, "keep"), "x");
    const r = await vbhc("fix", input, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write the output \(\w+\); nothing was changed/);
    expect(fs.readdirSync(dir).sort()).toEqual(["in.txt", "out.txt"]);
    expect(fs.readdirSync(out)).toEqual(["keep"]);
    expect(fs.readFileSync(input, "utf8")).toBe(BROKEN);
  });

  it("writes nothing for an input it cannot read", async () => {
    const dir = path.join(tmp, `bad-${n++}`);
    fs.mkdirSync(dir);
    const input = path.join(dir, "in.docx");
    fs.writeFileSync(input, await BAD_DOCX.find((c) => c.name === "bomb-lying.docx")!.bytes());
    const r = await vbhc("fix", input, "-o", path.join(dir, "out.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/more data than its zip entry declares/);
    expect(fs.readdirSync(dir)).toEqual(["in.docx"]);
  });
});

describe("vbhc fix keeps a text file's encoding, byte-order mark and line ends", () => {
  it.each([
    [
      "UTF-8 with a byte-order mark",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BROKEN)]),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXED)]),
    ],
    ["UTF-8 with CRLF", Buffer.from(BROKEN.replace(/\n/g, "\r\n")), Buffer.from(FIXED.replace(/\n/g, "\r\n"))],
    ["UTF-16LE with a byte-order mark", Buffer.from(utf16(BROKEN, "le")), Buffer.from(utf16(FIXED, "le"))],
    [
      "UTF-16BE with a byte-order mark, CRLF",
      Buffer.from(utf16(BROKEN.replace(/\n/g, "\r\n"), "be")),
      Buffer.from(utf16(FIXED.replace(/\n/g, "\r\n"), "be")),
    ],
  ])("%s", async (_name, before, after) => {
    const { dir, input } = setup(before);
    const out = path.join(dir, "out.txt");
    expect((await vbhc("fix", input, "-o", out)).code).toBe(0);
    expect(fs.readFileSync(out)).toEqual(after);
    // Fixing again changes nothing.
    expect((await vbhc("fix", out, "--in-place")).code).toBe(0);
    expect(fs.readFileSync(out)).toEqual(after);
  });
});

describe("vbhc fix on a .docx whose document.xml is UTF-16", () => {
  it("fixes it (exit 0) and writes the part as UTF-8 with a matching declaration", async () => {
    const dir = path.join(tmp, `docx16-${n++}`);
    fs.mkdirSync(dir);
    const input = path.join(dir, "in.docx");
    const lines = BROKEN.trim().split("\n");
    const xml = documentXml(lines.map(paraXml).join(""), '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
    fs.writeFileSync(input, await docxWith({ "word/document.xml": utf16(xml, "le") }));
    const out = path.join(dir, "out.docx");
    const r = await vbhc("fix", input, "-o", out);
    expect(r.code).toBe(0);
    const fixed = await readDocx(new Uint8Array(fs.readFileSync(out)));
    expect(fixed.paragraphs.map((p) => p.text)).toEqual(FIXED.trim().split("\n"));
    const part = await (await JSZip.loadAsync(fs.readFileSync(out))).file("word/document.xml")!.async("uint8array");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(part);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });
});

describe("vbhc new reads its profile and writes its output with the same guards", () => {
  unix(
    "a profile that is /dev/zero ends at once; the output is written whole, with no temporary file left",
    async () => {
      const dir = path.join(tmp, `new-${n++}`);
      fs.mkdirSync(dir);
      const out = path.join(dir, "bao-cao.docx");
      const bad = await vbhc("new", "bao-cao", "-o", out, "--profile", "/dev/zero");
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/not a regular file[\s\S]*không phải là tệp thông thường/);
      expect(fs.readdirSync(dir)).toEqual([]);
      const fields = ["--agency", "Sở Nội vụ", "--agency-code", "SNV", "--unit", "VP", "--place", "Trà Vinh"];
      fields.push("--date", "2026-03-05", "--number", "5", "--title", "Kết quả công tác", "--signer", "Nguyễn Văn A");
      fields.push("--signer-title", "Giám đốc");
      const made = await vbhc("new", "bao-cao", "-o", out, ...fields);
      expect(made.err).toBe("");
      expect(made.code).toBe(0);
      expect(fs.readdirSync(dir)).toEqual(["bao-cao.docx"]);
      expect(fs.readFileSync(out).subarray(0, 4)).toEqual(Buffer.from("PK\u0003\u0004"));
    },
  );
});
