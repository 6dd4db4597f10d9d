import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { vbhc } from "../../helpers/run-cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-cli-check-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("vbhc check", () => {
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
    const p = path.join(tmp, "words-zero.txt");
    fs.writeFileSync(p, "Hà Nội, ngày 25 tháng 03 năm 2024\n");
    const r = await vbhc("check", p, path.join(tmp, "missing.txt"), "--format", "json");
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files[0].findings.length).toBeGreaterThan(0);
    expect(json.files[1].error).toEqual({ code: "not-found", message: expect.stringContaining("không tìm thấy") });
  });
});

describe("vbhc check: why rules were not evaluated", () => {
  it("groups them by cause, in JSON and in both languages in text", async () => {
    const p = path.join(tmp, "plain.txt");
    fs.writeFileSync(p, "BÁO CÁO\nNội dung đoạn một.\n");
    const json = JSON.parse((await vbhc("check", p, "--format", "json")).out);
    const by = json.files[0].notEvaluatedBy as { cause: string; rules: string[] }[];
    expect(by.find((g) => g.cause === "no-formatting")?.rules).toEqual(
      expect.arrayContaining(["layout/margins", "layout/font"]),
    );
    expect(by.flatMap((g) => g.rules).sort()).toEqual([...json.files[0].notEvaluated].sort());
    const text = (await vbhc("check", p)).out;
    expect(text).toContain("Not evaluated (no layout in this input / không có định dạng): ");
  });
});

describe("vbhc check --disable and the profile's disabledRules", () => {
  const doc = () => {
    const p = path.join(tmp, "tone.txt");
    fs.writeFileSync(p, "Số: 05/BC-UBND\nỦy ban nhân dân xã Hoà Bình báo cáo kết quả thực hiện.\n");
    return p;
  };
  const rules = (out: string): string[] =>
    (JSON.parse(out) as { files: { findings: { ruleId: string }[] }[] }).files[0].findings.map((f) => f.ruleId);
  it("skips the rules given by --disable or by the agency profile", async () => {
    const p = doc();
    const all = await vbhc("check", p, "--format", "json");
    expect(rules(all.out)).toContain("text/tone-placement");
    const off = await vbhc("check", p, "--format", "json", "--disable", "text/tone-placement, date/words-zero");
    expect(off.code).toBe(0);
    expect(rules(off.out)).not.toContain("text/tone-placement");
    const profile = path.join(tmp, "agency.json");
    fs.writeFileSync(profile, JSON.stringify({ agency: "UBND xã Hoà Bình", disabledRules: ["text/tone-placement"] }));
    const viaProfile = await vbhc("check", p, "--format", "json", "--profile", profile);
    expect(rules(viaProfile.out)).not.toContain("text/tone-placement");
    expect(rules(viaProfile.out).length).toBe(rules(all.out).length - 1);
  });
  it("refuses an unknown rule id in English and Vietnamese with exit 2", async () => {
    const p = doc();
    const r = await vbhc("check", p, "--disable", "text/tone-placment");
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown rule id "text/tone-placment"');
    expect(r.err).toContain("Không có quy tắc");
    expect(r.err).toContain("text/tone-placement");
    const profile = path.join(tmp, "bad-agency.json");
    fs.writeFileSync(profile, JSON.stringify({ disabledRules: ["no-such-rule"] }));
    const viaProfile = await vbhc("check", p, "--profile", profile);
    expect(viaProfile.code).toBe(2);
    expect(viaProfile.err).toContain('"no-such-rule"');
  });
});

describe("vbhc fix on .txt", () => {
  it("refuses to overwrite the input", async () => {
    const p = path.join(tmp, "input.txt");
    const text = "I. KẾT QUẢ\n1. Việc một\n3. Việc hai\n";
    fs.writeFileSync(p, text);
    const r = await vbhc("fix", p, "-o", p);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(p, "utf8")).toBe(text);
  });
});
