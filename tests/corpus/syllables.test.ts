/** The syllable model and the text-damage rules on real documents: valid words stay valid, alarms stay rare. */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { runChecks } from "../../src/core/checks";
import { allRules } from "../../src/core/checks/registry";
import { snapshotFromText } from "../../src/core/model/document";
import { isVietnameseSyllable, vietnameseTokens } from "../../src/core/text/syllable";
import { CORPUS_DIR, SEEDS_DIR, hasShared } from "../helpers/shared-dir";

const texts = (dir: string): [string, string][] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);

const DAMAGE_RULES = allRules().filter((r) =>
  [
    "text/invalid-syllables",
    "text/detached-marks",
    "text/telex-residue",
    "text/glued-syllables",
    "text/split-capitals",
  ].includes(r.id),
);

(hasShared() ? describe : describe.skip)("syllables on real documents", () => {
  it("every Vietnamese word of the seeds is a valid syllable", () => {
    const words = texts(SEEDS_DIR).flatMap(([, t]) => vietnameseTokens(t).map((x) => x.word));
    expect(words.length).toBeGreaterThan(5000);
    expect(words.filter((w) => !isVietnameseSyllable(w))).toEqual([]);
  });
  it("the damage rules say nothing on the seeds", () => {
    for (const [name, t] of texts(SEEDS_DIR))
      expect([name, runChecks(snapshotFromText(t), { rules: DAMAGE_RULES }).findings]).toEqual([name, []]);
  });
  it("on the text corpus, fewer than 1 in 10,000 Vietnamese words is invalid, and the damage rules stay rare", () => {
    const all = texts(path.join(CORPUS_DIR, "text"));
    const words = all.flatMap(([, t]) => vietnameseTokens(t).map((x) => x.word));
    const invalid = words.filter((w) => !isVietnameseSyllable(w));
    expect(words.length).toBeGreaterThan(100000);
    expect(invalid.length / words.length).toBeLessThan(1e-4);
    // Judged by hand: the few findings are real damage (a glued “suấtcho”, a dot below detached onto “p”).
    const findings = all.flatMap(([, t]) => runChecks(snapshotFromText(t), { rules: DAMAGE_RULES }).findings);
    expect(findings.length).toBeLessThanOrEqual(5);
    expect(findings.map((f) => f.excerpt)).toEqual(expect.arrayContaining(["suấtcho"]));
  });
  it("the capitalisation rules report only the judged slips: two in the seeds, six in the text corpus", () => {
    const caps = allRules().filter((r) => r.id.startsWith("capitalisation/"));
    const run = (dir: string): string[] =>
      texts(dir).flatMap(([, t]) => runChecks(snapshotFromText(t), { rules: caps }).findings.map((f) => f.excerpt));
    // A cited “thông báo số 89/TB-…” in lower case, and “Chỉ thị … của Thủ tướng chính phủ”.
    expect(run(SEEDS_DIR).sort()).toEqual(["Thủ tướng chính phủ", "thông báo"]);
    // “Bộ Khoa học và công nghệ” four times, “Ngân hàng nhà nước Việt Nam” and “Văn phòng Tổng bí thư”, all real slips.
    expect(run(path.join(CORPUS_DIR, "text")).length).toBeLessThanOrEqual(6);
  });
});
