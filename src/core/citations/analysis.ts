/** Per-run citation analysis shared by the citation rules through ctx.cache (computed once). */
import type { CheckContext, Finding, Rule } from "../checks/types";
import type { DocumentSnapshot } from "../model/document";
import { isValidDate } from "../rules/dates";
import { findCitations, type CitationMention } from "./mentions";

export interface DocCitation {
  paragraph: number;
  mention: CitationMention;
}

const CACHE_KEY = "citations:mentions";

export function documentCitations(ctx: CheckContext): DocCitation[] {
  const hit = ctx.cache.get(CACHE_KEY) as DocCitation[] | undefined;
  if (hit) return hit;
  const all: DocCitation[] = [];
  for (const p of ctx.doc.paragraphs) {
    for (const mention of findCitations(p.text)) all.push({ paragraph: p.index, mention });
  }
  ctx.cache.set(CACHE_KEY, all);
  return all;
}

const HEADER_DATE_RE = /^[^\d,;]{2,60},\s*ngày\s+(\d{0,2})\s*tháng\s+(\d{0,2})\s*năm\s+(\d{4})\s*$/u;

/**
 * The document's own date from the place/date line (ô 4) near the top. A draft's blank day or month
 * gives the earliest day it can be, so "replaced before this date" is never claimed too early.
 */
export function headerDate(doc: DocumentSnapshot): string | undefined {
  for (const p of doc.paragraphs.slice(0, 20)) {
    const m = HEADER_DATE_RE.exec(p.text.normalize("NFC").trim());
    if (!m) continue;
    const y = Number(m[3]);
    const mo = m[2] ? Number(m[2]) : 1;
    const d = m[1] ? Number(m[1]) : 1;
    if (!isValidDate(y, mo, d)) continue;
    return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return undefined;
}

export function documentDate(ctx: CheckContext): string | undefined {
  return ctx.options.documentDate ?? headerDate(ctx.doc);
}

/** Builds a finding with the rule's meta filled in. */
export function finding(
  rule: Pick<Rule, "id" | "meta">,
  ctx: CheckContext,
  paragraph: number,
  start: number,
  end: number,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  const text = ctx.doc.paragraphs[paragraph]?.text.normalize("NFC") ?? "";
  return {
    ruleId: rule.id,
    severity: rule.meta.severity,
    message,
    paragraph,
    start,
    end,
    excerpt: text.slice(start, end),
    ref: rule.meta.ref,
    ...extra,
  };
}
