/**
 * The development corpus: every real document in the shared folder is checked, every error and warning must
 * carry a judgment (tests/corpus/judgments.tsv: file, line, rule, true|false, why), and the number of findings
 * judged false per rule may not rise above tests/corpus/false-alarm-ceiling.json. Per-rule counts and the judged
 * precision are printed on every run, so a change in false alarms shows. Only the documents present are read.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { checkCorpusDoc, corpusFiles, type CorpusFinding } from "./corpus-run";

interface Judgment {
  verdict: boolean;
  why: string;
}

function readJudgments(): Map<string, Judgment> {
  const lines = readFileSync(path.join(__dirname, "judgments.tsv"), "utf8").split("\n").slice(1);
  const out = new Map<string, Judgment>();
  for (const l of lines) {
    if (!l.trim()) continue;
    const [file, line, rule, verdict, why] = l.split("\t");
    out.set(`${file}|${line}|${rule}`, { verdict: verdict === "true", why });
  }
  return out;
}

const keyOf = (f: CorpusFinding) => `${f.file}|${f.line}|${f.rule}`;
const files = corpusFiles();

describe("development corpus", () => {
  (files.length ? it : it.skip)(
    `every error and warning on the ${files.length} corpus documents is judged, and false alarms do not rise`,
    async () => {
      const judgments = readJudgments();
      const ceiling = JSON.parse(readFileSync(path.join(__dirname, "false-alarm-ceiling.json"), "utf8")) as Record<
        string,
        number
      >;
      const findings: CorpusFinding[] = [];
      for (const f of files) findings.push(...(await checkCorpusDoc(f)));
      const perRule = new Map<string, { true: number; false: number }>();
      const unjudged: CorpusFinding[] = [];
      for (const f of findings) {
        const j = judgments.get(keyOf(f));
        if (!j) {
          unjudged.push(f);
          continue;
        }
        const c = perRule.get(f.rule) ?? { true: 0, false: 0 };
        c[j.verdict ? "true" : "false"]++;
        perRule.set(f.rule, c);
      }
      const t = [...perRule.values()].reduce((a, c) => a + c.true, 0);
      const fa = [...perRule.values()].reduce((a, c) => a + c.false, 0);
      const numbering = [...perRule.entries()]
        .filter(([rule]) => rule.startsWith("numbering/"))
        .reduce((a, [, c]) => ({ true: a.true + c.true, false: a.false + c.false }), { true: 0, false: 0 });
      const pct = (yes: number, no: number) =>
        `${yes}/${yes + no} = ${yes + no ? ((100 * yes) / (yes + no)).toFixed(1) : "n/a"}%`;
      const rows = [...perRule.entries()]
        .sort((a, b) => b[1].true + b[1].false - (a[1].true + a[1].false))
        .map(
          ([rule, c]) => `  ${rule.padEnd(34)} ${String(c.true).padStart(5)} true ${String(c.false).padStart(5)} false`,
        );
      // A figure for every run, not an assertion: this is how the checker does on real documents.
      console.log(
        [
          `Corpus: ${files.length} documents, ${findings.length} errors and warnings, ${unjudged.length} unjudged`,
          ...rows,
          `Judged precision: ${pct(t, fa)}`,
          `  without the numbering rules: ${pct(t - numbering.true, fa - numbering.false)}`,
        ].join("\n"),
      );
      expect(unjudged.map((f) => `${keyOf(f)} ${f.excerpt} — ${f.message}`)).toEqual([]);
      const risen = [...perRule.entries()]
        .filter(([rule, c]) => c.false > (ceiling[rule] ?? 0))
        .map(([rule, c]) => `${rule}: ${c.false} judged false, ceiling ${ceiling[rule] ?? 0}`);
      expect(risen).toEqual([]);
    },
    180_000,
  );
});
