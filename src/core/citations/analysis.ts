/** Per-run citation analysis shared by the citation rules through ctx.cache (computed once). */
import type { CheckContext, Finding, Rule } from "../checks/types";
import { headerDate } from "../structure/header-date";
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

export function documentDate(ctx: CheckContext): string | undefined {
  return ctx.options.documentDate ?? headerDate(ctx.doc, ctx.cache);
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
  const text = ctx.doc.paragraphs[paragraph]?.text ?? "";
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
