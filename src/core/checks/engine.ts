/**
 * The check engine: runs every rule over a snapshot, sorts and deduplicates findings, and collects fixes into one
 * batch of edits (end of document first, overlaps dropped). Applying fixes with verification is verify-fixes.ts.
 */
import type { DocumentSnapshot } from "../model/document";
import { dropOverlapping, orderForApplication, type Edit } from "../model/edits";
import { headerDate } from "../structure/header-date";
import { allRules } from "./registry";
import type { CheckContext, CheckOptions, CheckResult, Finding, Rule } from "./types";

export interface RunOptions extends CheckOptions {
  /** Rules to run instead of the full registry (tests, the task pane's filters). */
  rules?: readonly Rule[];
  /** Rule ids to skip. */
  disabled?: readonly string[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runChecks(doc: DocumentSnapshot, options: RunOptions = {}): CheckResult {
  const cache = new Map<string, unknown>();
  const { rules, disabled, ...checkOptions } = options;
  const ctx: CheckContext = {
    doc,
    cache,
    options: { ...checkOptions, documentDate: checkOptions.documentDate ?? headerDate(doc, cache) },
  };
  const findings: Finding[] = [];
  const notEvaluated: string[] = [];
  const evaluated: string[] = [];
  for (const rule of rules ?? allRules()) {
    if (disabled?.includes(rule.id)) continue;
    const r = rule.check(ctx);
    if (r === "not-evaluated") {
      notEvaluated.push(rule.id);
      continue;
    }
    evaluated.push(rule.id);
    findings.push(...r);
  }
  return { findings: sortAndDedupe(findings), notEvaluated, evaluated };
}

/** Sorts by (paragraph, start, severity) and drops a finding whose rule and range repeat an earlier one. */
export function sortAndDedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const sorted = [...findings].sort(
    (a, b) =>
      a.paragraph - b.paragraph ||
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  for (const f of sorted) {
    const key = `${f.ruleId}|${f.paragraph}|${f.start}|${f.end}|${f.endParagraph ?? f.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/**
 * Collects the fixes of the given findings into one batch: a fix whose text edits overlap an earlier kept fix
 * is dropped whole (so a fix is never half applied), and the batch is ordered end of document first.
 */
export function applyFixes(_doc: DocumentSnapshot, findings: readonly Finding[]): Edit[] {
  const kept: Edit[] = [];
  for (const f of findings) {
    if (!f.fix) continue;
    const merged = dropOverlapping([...kept, ...f.fix.edits]);
    if (merged.length === kept.length + f.fix.edits.length) kept.push(...f.fix.edits);
  }
  return orderForApplication(kept);
}

/** True when `vbhc fix` may apply the finding's fix without review. */
export function isSafeFix(f: Finding, rules: readonly Rule[] = allRules()): boolean {
  if (!f.fix) return false;
  const rule = rules.find((r) => r.id === f.ruleId);
  return rule?.meta.safeFix === true;
}
