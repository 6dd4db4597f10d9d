/** Helpers shared by the encoding rules and the text rules that must not judge old-encoded words again. */
import { legacyParagraph, type LegacyParagraph } from "../../text/legacy-encoding";
import type { CheckContext } from "../types";

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
