import { allRules, runChecks } from "../../../src/core/checks";
import { snapshotFromText } from "../../../src/core/model/document";
import { applyTextEdits } from "../../../src/core/model/edits";
import { SAMPLE_DOCUMENT_LINES, SAMPLE_DOCUMENT_TEXT } from "../../../src/playground/sample-document";
import { isSafeFix } from "../../../src/core/checks";
import {
  coreCheckRunner,
  coreRenumber,
  coreSafeFixes,
  runChunked,
} from "../../../src/taskpane/tabs/checks/check-runner";

const doc = snapshotFromText(SAMPLE_DOCUMENT_TEXT);

describe("the Kiểm tra tab's binding to core", () => {
  test("chunked checking finds exactly what one engine run finds, and reports progress up to the total", async () => {
    const progress: Array<[number, number]> = [];
    const chunked = await runChunked(doc, allRules(), {}, (d, t) => progress.push([d, t]));
    const whole = runChecks(doc, {});
    expect(chunked.findings).toEqual(whole.findings);
    expect([...chunked.notEvaluated].sort()).toEqual([...whole.notEvaluated].sort());
    expect(progress.length).toBeGreaterThan(2);
    expect(progress[progress.length - 1]).toEqual([allRules().length, allRules().length]);
    expect(progress.every(([d, t], i) => d <= t && (i === 0 || d >= progress[i - 1][0]))).toBe(true);
  });

  test("skips the rules the agency profile turns off", async () => {
    const hoa = snapshotFromText("Ủy ban nhân dân xã Hoà Bình báo cáo kết quả thực hiện.");
    const ids = async (disabled?: string[]) =>
      (await coreCheckRunner(hoa, () => undefined, disabled)).result.findings.map((f) => f.ruleId);
    expect(await ids()).toContain("text/tone-placement");
    expect(await ids(["text/tone-placement"])).not.toContain("text/tone-placement");
  });

  test("finds the sample's planted mistakes on the right paragraphs", async () => {
    const { result, ruleTitle, isNumbering } = await coreCheckRunner(doc, () => undefined);
    const at = (line: string) => SAMPLE_DOCUMENT_LINES.indexOf(line);
    const on = (p: number) => result.findings.filter((f) => f.paragraph === p);
    expect(on(at("Độc lập – Tự do – Hạnh phúc")).length).toBeGreaterThan(0);
    expect(on(at("Lam Sơn, ngày 25 tháng 06 năm 2026")).some((f) => f.excerpt.includes("06"))).toBe(true);
    const grouping = SAMPLE_DOCUMENT_LINES.findIndex((l) => l.includes("12.4567"));
    expect(on(grouping).some((f) => f.excerpt.includes("12.4567"))).toBe(true);
    const duplicate = SAMPLE_DOCUMENT_LINES.indexOf("2. Cải cách thủ tục hành chính");
    expect(on(duplicate).some((f) => isNumbering?.(f.ruleId))).toBe(true);
    // Layout rules cannot judge plain text: not evaluated, never passed.
    expect(result.notEvaluated.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => typeof ruleTitle(f.ruleId) === "string")).toBe(true);
  });

  test("renumbering fixes section I's duplicated item and the one after it, touching only the numbers", () => {
    const edits = coreRenumber(doc);
    const fixed = applyTextEdits(SAMPLE_DOCUMENT_LINES, edits);
    expect(fixed).toContain("3. Cải cách thủ tục hành chính");
    expect(fixed).toContain("4. Chuyển đổi số trong hoạt động của cơ quan");
    const changed = fixed.filter((l, i) => l !== SAMPLE_DOCUMENT_LINES[i]);
    expect(changed).toHaveLength(2);
  });

  test("'Sửa tất cả' takes the safe fixes only, and applying them leaves no safe fix behind", async () => {
    const { result } = await coreCheckRunner(doc, () => undefined);
    const safe = result.findings.filter((f) => isSafeFix(f));
    const unsafe = result.findings.filter((f) => f.fix && !isSafeFix(f));
    expect(safe.length).toBeGreaterThan(1);
    const edits = coreSafeFixes(doc, result.findings);
    const safeEdits = new Set(safe.flatMap((f) => f.fix?.edits ?? []));
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((e) => safeEdits.has(e))).toBe(true);
    for (const f of unsafe) for (const e of f.fix?.edits ?? []) expect(edits).not.toContain(e);
  });
});
