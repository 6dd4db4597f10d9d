import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { vbhc } from "../../helpers/run-cli";
import { seedPath } from "../checks/seed-expectations";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-cli-check-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("vbhc check", () => {
  it("prints the JSON form of the product spec with 1-based lines and columns", async () => {
    const r = await vbhc("check", seedPath("000"), "--format", "json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.version).toBe(1);
    const file = json.files[0];
    expect(file.file).toBe(seedPath("000"));
    const lines = fs.readFileSync(seedPath("000"), "utf8").split("\n");
    expect(file.paragraphs).toBe(lines[lines.length - 1] === "" ? lines.length - 1 : lines.length);
    const dup = file.findings.find((f: { ruleId: string }) => f.ruleId === "numbering/duplicate");
    expect(dup).toEqual({
      ruleId: "numbering/duplicate",
      severity: "error",
      message: expect.stringContaining("đoạn 59"),
      line: 91,
      column: 1,
      endLine: 91,
      endColumn: 3,
      excerpt: "5.",
      ref: expect.stringContaining("NĐ 30/2020"),
      fix: "Thay “5” bằng “6”",
    });
    expect(file.findings.find((f: { ruleId: string }) => f.ruleId === "number/thousands").fix).toBeNull();
    expect(file.notEvaluated).toEqual(expect.arrayContaining(["layout/font", "layout/margins"]));
  });
  it("exits 0 on a text with no errors and lists layout as not evaluated in text output", async () => {
    const p = path.join(tmp, "clean.txt");
    fs.writeFileSync(
      p,
      "Số: 05/BC-UBND\nHà Nội, ngày 05 tháng 3 năm 2026\nBÁO CÁO\nI. KẾT QUẢ\n1. Việc một\n2. Việc hai\n",
    );
    const r = await vbhc("check", p);
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 lỗi");
    expect(r.out).toContain("layout/page-size");
  });
  it("writes minimal valid SARIF 2.1.0", async () => {
    const r = await vbhc("check", seedPath("004"), "--format", "sarif");
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("vbhc");
    const zero = run.results.find((x: { ruleId: string }) => x.ruleId === "date/words-zero");
    expect(zero.level).toBe("warning");
    expect(zero.locations[0].physicalLocation.region.startLine).toBe(9);
    expect(run.results.some((x: { level: string }) => x.level === "note")).toBe(true);
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain("date/words-zero");
  });
  it("exits 2 with English and Vietnamese reasons on missing, unsupported, corrupt and non-UTF-8 input", async () => {
    const bad = path.join(tmp, "bad.docx");
    fs.writeFileSync(bad, "not a zip");
    const latin1 = path.join(tmp, "latin1.txt");
    fs.writeFileSync(latin1, Buffer.from([0x43, 0xf4, 0x6e, 0x67]));
    const odt = path.join(tmp, "x.odt");
    fs.writeFileSync(odt, "x");
    for (const [file, en] of [
      [path.join(tmp, "missing.txt"), "not found"],
      [odt, "unsupported"],
      [bad, ""],
      [latin1, "UTF-8"],
    ]) {
      const r = await vbhc("check", file);
      expect(r.code).toBe(2);
      expect(r.out + r.err).toContain(en);
      expect(r.out + r.err).toMatch(/[à-ỹ]/);
    }
  });
  it("still checks the readable files when one is missing", async () => {
    const r = await vbhc("check", seedPath("004"), path.join(tmp, "missing.txt"), "--format", "json");
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files[0].findings.length).toBeGreaterThan(0);
    expect(json.files[1].error).toEqual({ code: "not-found", message: expect.stringContaining("không tìm thấy") });
  });
});

describe("vbhc fix on .txt", () => {
  it("renumbers seed 000, keeps every other character and line ending, and leaves unsafe findings", async () => {
    const out = path.join(tmp, "000-fixed.txt");
    const r = await vbhc("fix", seedPath("000"), "-o", out);
    const before = fs.readFileSync(seedPath("000"), "utf8").split("\n");
    const after = fs.readFileSync(out, "utf8").split("\n");
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((l, i) => (l !== after[i] ? [i + 1] : []));
    expect(changed).toEqual([91, 99]);
    expect(after[90]).toBe(`6${before[90].slice(1)}`);
    expect(after[98]).toBe(`7${before[98].slice(1)}`);
    // "30//2022" is an error no tool can fix: exit 1, and the message says what is left.
    expect(r.code).toBe(1);
    expect(r.out).toContain("đã sửa 2 chỗ");
    const again = JSON.parse((await vbhc("check", out, "--format", "json")).out);
    expect(again.files[0].findings.filter((f: { ruleId: string }) => f.ruleId.startsWith("numbering/"))).toEqual([]);
  });
  it("refuses to overwrite the input", async () => {
    const r = await vbhc("fix", seedPath("000"), "-o", seedPath("000"));
    expect(r.code).toBe(2);
  });
});
