/**
 * Safe means provably safe: before a batch of fixes is written, it is applied to a copy of the snapshot and the
 * copy is read again (structure and every check). A batch that would create a new error or warning, or change a
 * heading number that no applied finding reported, is refused; the fixes are then tried in smaller groups down to
 * one by one with the same verification, and what still fails is refused with its reason. Pure: used by the CLI's
 * `fix` and the task pane's "fix all".
 */
import type { DocumentSnapshot, ParagraphSnapshot } from "../model/document";
import { applyTextEdits, type Edit, type FormatEdit, type TextEdit } from "../model/edits";
import { structureOf } from "../structure";
import { allRules } from "./registry";
import { applyFixes, isSafeFix, runChecks, type RunOptions } from "./engine";
import type { CheckResult, Finding } from "./types";

export interface RefusedFix {
  finding: Finding;
  /** English and Vietnamese, for the CLI and the pane. */
  reason: string;
  reasonVi: string;
}

export interface FixPlan {
  /** Edits to write, ordered end of document first; empty when nothing can be applied safely. */
  edits: Edit[];
  /** Findings whose fixes are in `edits`. */
  accepted: Finding[];
  refused: RefusedFix[];
  /** The snapshot as it will read after the edits, and its check result. */
  doc: DocumentSnapshot;
  result: CheckResult;
}

function applyFormat(p: ParagraphSnapshot, e: FormatEdit): ParagraphSnapshot {
  const out: ParagraphSnapshot = { ...p };
  if (e.alignment) out.alignment = e.alignment;
  if (e.firstLineIndent !== undefined) out.firstLineIndent = e.firstLineIndent;
  if (e.spaceAfter !== undefined) out.spaceAfter = e.spaceAfter;
  if (e.font) {
    const f = { ...p.font };
    if (e.font.name !== undefined) f.name = e.font.name;
    if (e.font.size !== undefined) f.size = e.font.size;
    if (e.font.bold !== undefined) f.bold = e.font.bold;
    if (e.font.italic !== undefined) f.italic = e.font.italic;
    out.font = f;
  }
  return out;
}

/**
 * The snapshot as it reads after the edits (a copy; the input is not changed), or undefined when an edit's expected
 * text is no longer where it points.
 */
export function applyEditsToSnapshot(doc: DocumentSnapshot, edits: readonly Edit[]): DocumentSnapshot | undefined {
  const textEdits = edits.filter((e): e is TextEdit => e.kind === "text");
  let texts: string[];
  try {
    texts = applyTextEdits(
      doc.paragraphs.map((p) => p.text),
      textEdits,
    );
  } catch {
    return undefined;
  }
  const paragraphs = doc.paragraphs.map((p, i) => (texts[i] === p.text ? p : { ...p, text: texts[i] }));
  for (const e of edits) {
    if (e.kind !== "format") continue;
    const p = paragraphs[e.paragraph];
    if (!p) return undefined;
    paragraphs[e.paragraph] = applyFormat(p, e);
  }
  return { ...doc, paragraphs };
}

/** Errors and warnings per paragraph and rule family: what "a new problem" is counted against. */
function problemCounts(result: CheckResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of result.findings) {
    if (f.severity === "info") continue;
    const key = `${f.paragraph}|${f.ruleId.split("/")[0]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Each heading's marker as read, by paragraph. */
function numbersOf(doc: DocumentSnapshot): Map<number, string> {
  const out = new Map<number, string>();
  for (const h of structureOf(doc).headings) {
    out.set(h.paragraph, `${h.style}|${h.prefix ?? ""}|${h.number}|${h.separator}|${h.confidence}`);
  }
  return out;
}

interface Baseline {
  doc: DocumentSnapshot;
  problems: Map<string, number>;
  numbers: Map<number, string>;
}

type Trial = { ok: true; doc: DocumentSnapshot; result: CheckResult } | { ok: false; reason: string; reasonVi: string };

/** Applies the fixes of `findings` to the baseline document and verifies the result. */
function trial(base: Baseline, findings: readonly Finding[], options: RunOptions): Trial {
  const edits = applyFixes(base.doc, findings);
  const doc = applyEditsToSnapshot(base.doc, edits);
  if (!doc) {
    return {
      ok: false,
      reason: "the text the fix expects is no longer there",
      reasonVi: "đoạn văn bản cần sửa đã thay đổi",
    };
  }
  const result = runChecks(doc, options);
  for (const [key, n] of problemCounts(result)) {
    if (n > (base.problems.get(key) ?? 0)) {
      const [para, family] = key.split("|");
      return {
        ok: false,
        reason: `it would create a new ${family} problem in paragraph ${Number(para) + 1}`,
        reasonVi: `sửa sẽ sinh lỗi mới (${family}) ở đoạn ${Number(para) + 1}`,
      };
    }
  }
  // A number may change only where a numbering finding of this batch pointed.
  const reported = new Set(findings.filter((f) => f.ruleId.startsWith("numbering/")).map((f) => f.paragraph));
  const after = numbersOf(doc);
  for (const para of new Set([...base.numbers.keys(), ...after.keys()])) {
    if (base.numbers.get(para) !== after.get(para) && !reported.has(para)) {
      return {
        ok: false,
        reason: `it would change the heading number in paragraph ${para + 1}, which no finding reported`,
        reasonVi: `sửa sẽ làm đổi số thứ tự mục ở đoạn ${para + 1} vốn không có lỗi`,
      };
    }
  }
  return { ok: true, doc, result };
}

/**
 * Plans a batch of fixes for `findings` on `doc`: the whole batch when it verifies, else the largest groups that do,
 * splitting in halves down to single fixes. `baseline` is the check result of `doc` when the caller has it.
 */
export function planFixes(
  doc: DocumentSnapshot,
  findings: readonly Finding[],
  options: RunOptions = {},
  baseline?: CheckResult,
): FixPlan {
  const before = baseline ?? runChecks(doc, options);
  const base: Baseline = { doc, problems: problemCounts(before), numbers: numbersOf(doc) };
  const candidates = findings.filter((f) => f.fix && f.fix.edits.length > 0);
  const accepted: Finding[] = [];
  const refused: RefusedFix[] = [];
  let last: { doc: DocumentSnapshot; result: CheckResult } = { doc, result: before };
  const tryGroup = (group: readonly Finding[]): void => {
    if (group.length === 0) return;
    const t = trial(base, [...accepted, ...group], options);
    if (t.ok) {
      accepted.push(...group);
      last = t;
      return;
    }
    if (group.length === 1) {
      refused.push({ finding: group[0], reason: t.reason, reasonVi: t.reasonVi });
      return;
    }
    const half = Math.ceil(group.length / 2);
    tryGroup(group.slice(0, half));
    tryGroup(group.slice(half));
  };
  tryGroup(candidates);
  return { edits: applyFixes(doc, accepted), accepted, refused, doc: last.doc, result: last.result };
}

export interface FixResult {
  doc: DocumentSnapshot;
  passes: number;
  /** Number of edits applied over all passes. */
  applied: number;
  /** The check result on the final document. */
  result: CheckResult;
  /** Fixes refused in the last pass that had any, with the reason. */
  refused: RefusedFix[];
  /** Set when the written result did not read back as planned; nothing after that pass was applied. */
  problem?: { en: string; vi: string };
}

/**
 * Applies verified fixes and checks again until nothing fixable is left or `maxPasses` is reached.
 * `applyFn` writes the edits (to Word, a .docx or text) and returns the new snapshot as read back; a snapshot whose
 * text differs from the verified plan ends the run with `problem` set and is not used (the caller keeps the
 * document of `doc`, the last one that read back as planned).
 */
export async function fixUntilStable(
  doc: DocumentSnapshot,
  applyFn: (doc: DocumentSnapshot, edits: Edit[]) => Promise<DocumentSnapshot> | DocumentSnapshot,
  options: RunOptions & { maxPasses?: number; filter?: (f: Finding) => boolean } = {},
): Promise<FixResult> {
  const { maxPasses = 5, filter = (f: Finding) => isSafeFix(f, options.rules ?? allRules()), ...runOptions } = options;
  let current = doc;
  let applied = 0;
  let passes = 0;
  let refused: RefusedFix[] = [];
  let result = runChecks(current, runOptions);
  while (passes < maxPasses) {
    const plan = planFixes(current, result.findings.filter(filter), runOptions, result);
    if (plan.refused.length) refused = plan.refused;
    if (!plan.edits.length) break;
    const next = await applyFn(current, plan.edits);
    const differs =
      next.paragraphs.length !== plan.doc.paragraphs.length ||
      next.paragraphs.some((p, i) => p.text !== plan.doc.paragraphs[i].text);
    if (differs) {
      return {
        doc: current,
        passes,
        applied,
        result,
        refused,
        problem: {
          en: "The fixed document did not read back as planned; the last batch of fixes was not kept.",
          vi: "Văn bản sau khi sửa đọc lại không đúng như dự kiến; lượt sửa cuối không được giữ.",
        },
      };
    }
    current = next;
    applied += plan.edits.length;
    passes++;
    // Text edits leave formatting as it was, so the re-read document, whose text matches the plan, checks as the
    // plan's copy did; format edits are checked again on what was read back.
    result = plan.edits.every((e) => e.kind === "text") ? plan.result : runChecks(current, runOptions);
  }
  return { doc: current, passes, applied, result, refused };
}
