/** A document written by `vbhc new` checks clean: zero errors and zero warnings, for every template, state and Party. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { runChecks } from "../../../src/core/checks";
import { readDocx } from "../../../src/docx/read-docx";

const root = path.resolve(__dirname, "../../..");
const types = fs
  .readdirSync(path.join(root, "templates"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-new-clean-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const o = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return await fn();
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe("vbhc new output checks clean", () => {
  it("has templates to check", () => {
    expect(types).toEqual(expect.arrayContaining(["bao-cao", "ke-hoach", "cong-van", "quyet-dinh"]));
  });
  it.each(types)("%s: no error or warning, layout evaluated", async (type) => {
    const out = path.join(tmp, `${type}.docx`);
    const args = [
      "new",
      type,
      "-o",
      out,
      "--parent",
      "Ủy ban nhân dân tỉnh Trà Vinh",
      "--agency",
      "Sở Thông tin và Truyền thông",
    ];
    args.push("--agency-code", "STTTT", "--unit", "VP", "--place", "Trà Vinh", "--date", "2026-03-05", "--number", "5");
    args.push("--title", "Kết quả công tác quý I", "--signer", "Nguyễn Văn A", "--signer-title", "GIÁM ĐỐC");
    args.push("--recipients", "Sở Nội vụ;Ủy ban nhân dân tỉnh", "--authority", "KT", "--deputy-title", "PHÓ GIÁM ĐỐC");
    expect(await quiet(() => main(["node", "vbhc", ...args]))).toBe(0);
    const doc = await readDocx(new Uint8Array(fs.readFileSync(out)));
    const result = runChecks(doc);
    const loud = result.findings.filter((f) => f.severity !== "info");
    expect(loud.map((f) => `${f.paragraph + 1} ${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(result.evaluated).toEqual(
      expect.arrayContaining(["layout/font", "layout/margins", "layout/first-line-indent"]),
    );
    // The number is in the header and read by the checks (not skipped as unknown).
    expect(doc.paragraphs.some((p) => /^Số:? ?05/u.test(p.text.trim()))).toBe(true);
  });
  it("an archive line given in --recipients is kept once, not doubled by “- Lưu: VT, VP.”", async () => {
    const out = path.join(tmp, "luu.docx");
    const args = ["new", "bao-cao", "-o", out, "--agency", "Sở Nội vụ", "--agency-code", "SNV", "--unit", "VP"];
    args.push("--place", "Trà Vinh", "--date", "2026-03-05", "--number", "5", "--title", "Kết quả công tác quý I");
    args.push("--signer", "Nguyễn Văn A", "--signer-title", "GIÁM ĐỐC");
    args.push("--recipients", "Như trên;Lưu: VT, CCHC.");
    expect(await quiet(() => main(["node", "vbhc", ...args]))).toBe(0);
    const doc = await readDocx(new Uint8Array(fs.readFileSync(out)));
    const luu = doc.paragraphs.map((p) => p.text.trim()).filter((t) => /^-?\s*Lưu\b/u.test(t));
    expect(luu).toEqual(["- Lưu: VT, CCHC."]);
  });
  it.each(types)("%s in the Party style: no error or warning", async (type) => {
    const out = path.join(tmp, `${type}-party.docx`);
    const args = ["new", type, "-o", out, "--party", "--parent", "Đảng bộ tỉnh Trà Vinh"];
    args.push("--agency", "Ban Thường vụ Tỉnh ủy", "--agency-code", "TU", "--unit", "VP", "--place", "Trà Vinh");
    args.push("--date", "2026-03-05", "--number", "5", "--title", "Về công tác dân vận", "--signer", "Nguyễn Văn A");
    args.push("--authority", "TM", "--signer-title", "PHÓ BÍ THƯ", "--deputy-title", "PHÓ BÍ THƯ");
    expect(await quiet(() => main(["node", "vbhc", ...args]))).toBe(0);
    const doc = await readDocx(new Uint8Array(fs.readFileSync(out)));
    const loud = runChecks(doc).findings.filter((f) => f.severity !== "info");
    expect(loud.map((f) => `${f.paragraph + 1} ${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(doc.paragraphs.some((p) => /^Số 05-/u.test(p.text.trim()))).toBe(true);
  });
});
