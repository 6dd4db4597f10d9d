/**
 * The check engine: runs every rule over a snapshot, sorts and deduplicates findings, and collects fixes into one
 * batch of edits (end of document first, overlaps dropped). Applying fixes with verification is verify-fixes.ts.
 */
import type { DocumentSnapshot } from "../model/document";
import { dropOverlapping, orderForApplication, type Edit } from "../model/edits";
import { nfcWithOffsets, type NfcText } from "../model/nfc-offsets";
import { headerDate } from "../structure/header-date";
import { looksVietnamese } from "./language";
import { hasAdministrativeHeader, isCitizenForm } from "./scope";
import { allRules } from "./registry";
import type { CheckContext, CheckOptions, CheckResult, Finding, NotEvaluatedItem, Rule } from "./types";

export interface RunOptions extends CheckOptions {
  /** Rules to run instead of the full registry (tests, the task pane's filters). */
  rules?: readonly Rule[];
  /** Rule ids to skip. */
  disabled?: readonly string[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runChecks(doc: DocumentSnapshot, options: RunOptions = {}): CheckResult {
  const { rules, disabled, ...checkOptions } = options;
  // Rules read the NFC form of every paragraph; their findings are mapped back to the text as typed.
  const maps = doc.paragraphs.map((p) => nfcWithOffsets(p.text));
  const normalised = maps.every((m) => m.identity)
    ? doc
    : { ...doc, paragraphs: doc.paragraphs.map((p, i) => ({ ...p, text: maps[i].text })) };
  const ctxOf = (d: DocumentSnapshot): CheckContext => {
    const cache = new Map<string, unknown>();
    return {
      doc: d,
      cache,
      options: { ...checkOptions, documentDate: checkOptions.documentDate ?? headerDate(d, cache) },
    };
  };
  const ctx = ctxOf(normalised);
  let rawCtx: CheckContext | undefined;
  const findings: Finding[] = [];
  const notEvaluated: string[] = [];
  const evaluated: string[] = [];
  const notEvaluatedItems: NotEvaluatedItem[] = [];
  // A document in another language (an English translation of a law) is not judged: every rule is "not evaluated".
  const vietnamese = looksVietnamese(normalised);
  // A citizen's form is outside NĐ 30: only the encoding of its text is judged.
  const form = vietnamese && isCitizenForm(normalised, ctx.cache);
  // Page and paragraph layout is judged against NĐ 30 only on a document that shows an NĐ 30 header.
  let administrative: boolean | undefined;
  const outsideLayout = (rule: Rule) =>
    rule.meta.family === "layout" && !(administrative ??= hasAdministrativeHeader(normalised, ctx.cache));
  for (const rule of rules ?? allRules()) {
    if (disabled?.includes(rule.id)) continue;
    if (!vietnamese || (form && rule.meta.family !== "encoding") || outsideLayout(rule)) {
      notEvaluated.push(rule.id);
      continue;
    }
    const raw = rule.meta.readsRawText === true && normalised !== doc;
    // Places the rule could not judge count only if the rule ran: a rule "not evaluated" as a whole says so once.
    const items: NotEvaluatedItem[] = [];
    const notEvaluatedItem = (item: NotEvaluatedItem) => void items.push(item);
    const r = rule.check({ ...(raw ? (rawCtx ??= ctxOf(doc)) : ctx), notEvaluatedItem });
    if (r === "not-evaluated") {
      notEvaluated.push(rule.id);
      continue;
    }
    evaluated.push(rule.id);
    const asTyped = raw || normalised === doc;
    findings.push(...(asTyped ? r : r.map((f) => toOriginalText(f, doc, maps))));
    notEvaluatedItems.push(...(asTyped ? items : items.map((x) => itemToOriginalText(x, doc, maps))));
  }
  return {
    findings: sortAndDedupe(findings),
    notEvaluated,
    evaluated,
    notEvaluatedItems: notEvaluatedItems.sort(byPlace),
  };
}

/** Document order, then rule id: the order the pane and the CLI list places in. */
export function byPlace(a: NotEvaluatedItem, b: NotEvaluatedItem): number {
  return a.paragraph - b.paragraph || a.start - b.start || a.ruleId.localeCompare(b.ruleId);
}

/** Moves a not-evaluated place found on the NFC text onto the text as typed. */
function itemToOriginalText(x: NotEvaluatedItem, doc: DocumentSnapshot, maps: readonly NfcText[]): NotEvaluatedItem {
  const map = maps[x.paragraph];
  if (!map || map.identity) return x;
  const start = map.toOriginal(x.start);
  const end = map.toOriginal(x.end);
  return { ...x, start, end, excerpt: doc.paragraphs[x.paragraph]?.text.slice(start, end) ?? x.excerpt };
}

/** Moves a finding made on the NFC text (range, excerpt, fix ranges and expected text) onto the text as typed. */
function toOriginalText(f: Finding, doc: DocumentSnapshot, maps: readonly NfcText[]): Finding {
  const at = (paragraph: number, offset: number) => maps[paragraph]?.toOriginal(offset) ?? offset;
  const start = at(f.paragraph, f.start);
  const end = at(f.endParagraph ?? f.paragraph, f.end);
  const out: Finding = { ...f, start, end };
  if (f.endParagraph === undefined || f.endParagraph === f.paragraph) {
    out.excerpt = doc.paragraphs[f.paragraph]?.text.slice(start, end) ?? f.excerpt;
  }
  if (f.fix) {
    out.fix = {
      ...f.fix,
      edits: f.fix.edits.map((e) => {
        if (e.kind !== "text" || maps[e.paragraph]?.identity !== false) return e;
        const s = at(e.paragraph, e.start);
        const t = at(e.paragraph, e.end);
        return { ...e, start: s, end: t, expected: doc.paragraphs[e.paragraph].text.slice(s, t) };
      }),
    };
  }
  return out;
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
    // Page-level findings share an empty range: their section and message tell them apart.
    const page = f.section === undefined ? "" : `|${f.section}|${f.message}`;
    const key = `${f.ruleId}|${f.paragraph}|${f.start}|${f.end}|${f.endParagraph ?? f.paragraph}${page}`;
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
