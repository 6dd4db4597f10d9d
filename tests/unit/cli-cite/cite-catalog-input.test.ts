/** `vbhc cite --catalog`: a catalog file is bounded, must be a regular file, and its text cannot drive the terminal. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { vbhc } from "../../helpers/run-cli";
import { utf16 } from "../../helpers/bad-inputs";

jest.setTimeout(30_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-cite-catalog-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HEADER = "type,symbol,date,issuer,title\n";
const unix = process.platform === "win32" ? it.skip : it;

/** The terminal control characters (ESC, BEL, CSI, a right-to-left override) present in a string. */
const raw = (s: string): string[] => [...s].filter((c) => "\u001b\u0007\u009b\u202e".includes(c));

describe("vbhc cite --catalog refuses files it must not read", () => {
  unix("/dev/zero and a FIFO end at once with exit 2 (they would never end)", async () => {
    const fifo = path.join(tmp, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    for (const file of ["/dev/zero", fifo]) {
      const started = Date.now();
      const r = await vbhc("cite", "kh 26", "--catalog", file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not a regular file[\s\S]*không phải là tệp thông thường/);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it("a catalog over the size limit, from its size on disk", async () => {
    const big = path.join(tmp, "big.csv");
    fs.writeFileSync(big, HEADER);
    fs.truncateSync(big, 200 * 1024 * 1024);
    const r = await vbhc("cite", "kh 26", "--catalog", big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/too large \(200\.0 MB; the limit is 64\.0 MB\)[\s\S]*quá lớn/);
  });

  it("a missing catalog", async () => {
    const r = await vbhc("cite", "kh 26", "--catalog", path.join(tmp, "missing.csv"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not found[\s\S]*không tìm thấy/);
  });
});

describe("vbhc cite --catalog reads what spreadsheets save", () => {
  it("a UTF-16 CSV with a byte-order mark (Excel's “Unicode text”)", async () => {
    const file = path.join(tmp, "wide.csv");
    fs.writeFileSync(file, utf16(`${HEADER}Kế hoạch,987/KH-SNV,2022-03-29,Ủy ban nhân dân tỉnh,về dân vận\n`, "le"));
    const r = await vbhc("cite", "987/KH-SNV", "--catalog", file, "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results[0]).toMatchObject({ symbol: "987/KH-SNV", title: "về dân vận" });
  });
});

describe("vbhc cite never prints a catalog's control characters raw", () => {
  const file = path.join(tmp, "hostile.csv");
  const title = "về dân vận \u001b]0;owned\u0007\u001b[2J\u009b31m \u202eabc";
  beforeAll(() => fs.writeFileSync(file, `${HEADER}Kế hoạch,987/KH-SNV,2022-03-29,"Ủy ban\u001b[5m","${title}"\n`));

  it("text output shows them as visible escapes", async () => {
    const r = await vbhc("cite", "987/KH-SNV", "--catalog", file);
    expect(r.code).toBe(0);
    expect(raw(r.out)).toEqual([]);
    expect(r.out).toContain("\\x1b]0;owned\\x07\\x1b[2J\\x9b31m \\u202eabc");
  });

  it("JSON output escapes them and still decodes to the catalog's text", async () => {
    const r = await vbhc("cite", "987/KH-SNV", "--catalog", file, "--format", "json");
    expect(raw(r.out)).toEqual([]);
    expect(JSON.parse(r.out).results[0].title).toBe(title);
  });
});
