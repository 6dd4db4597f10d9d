/** Helpers shared by the encoding rules and the text rules that must not judge old-encoded words again. */
import { legacyParagraph, type LegacyParagraph } from "../../text/legacy-encoding";
import type { Token } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

/** Each paragraph's legacy encoding (undefined for Unicode), computed once per check. */
export function legacyParagraphs(ctx: CheckContext): (LegacyParagraph | undefined)[] {
  const cached = ctx.cache.get("legacy-paragraphs") as (LegacyParagraph | undefined)[] | undefined;
  if (cached) return cached;
  const all = ctx.doc.paragraphs.map((p) => legacyParagraph(p.text));
  ctx.cache.set("legacy-paragraphs", all);
  return all;
}

/**
 * True when [start, end) of the paragraph overlaps a TCVN3 or VNI word: encoding/damage reports it with its
 * conversion, so the syllable rules do not read it as a broken Unicode word too.
 */
export function inLegacyWord(ctx: CheckContext, paragraph: number, start: number, end: number): boolean {
  const l = legacyParagraphs(ctx)[paragraph];
  return l !== undefined && l.words.some((w) => w.start < end && start < w.end);
}

/** What a word-by-word text rule reads and proposes. */
export interface WordReplacement {
  /** Paragraphs worth reading at all (a cheap test first). */
  paragraph: (text: string) => boolean;
  /** The paragraph's words this rule judges. */
  tokens: (text: string) => readonly Token[];
  /** The word as it should be written, or undefined when it is right. */
  replace: (word: string) => string | undefined;
  message: (word: string, replacement: string) => string;
}

/**
 * One finding, with its replacement as a fix for review, for each word `how.replace` would write another way,
 * except inside an old-encoded word (encoding/damage converts those).
 */
export function wordReplacementFindings(ctx: CheckContext, rule: Rule, how: WordReplacement): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.doc.paragraphs) {
    if (!how.paragraph(p.text)) continue;
    for (const t of how.tokens(p.text)) {
      const replacement = how.replace(t.word);
      if (replacement === undefined || inLegacyWord(ctx, p.index, t.start, t.end)) continue;
      out.push(
        finding(rule, ctx.doc, {
          paragraph: p.index,
          start: t.start,
          end: t.end,
          message: how.message(t.word, replacement),
          fix: replaceFix(ctx.doc, p.index, t.start, t.end, replacement),
        }),
      );
    }
  }
  return out;
}
