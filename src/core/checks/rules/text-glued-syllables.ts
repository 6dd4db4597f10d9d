/**
 * text/glued-syllables: two syllables written without the space between them (“báocáo”, “tổchức”,
 * “QUYẾTĐỊNH”), common after PDF extraction. Reported only when the word is no syllable and splits one way
 * into a known administrative word or two common syllables; the fix (inserting the space) is for review.
 */
import { REF } from "../../rules/references";
import { splitGlued } from "../../text/damage";
import { looksVietnamese, syllableTokens } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { inLegacyWord } from "./encoding-common";

export const textGluedSyllables: Rule = {
  id: "text/glued-syllables",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Hai chữ dính liền",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      for (const t of syllableTokens(p.text)) {
        if (t.word.length < 4 || !looksVietnamese(t.word)) continue;
        const split = splitGlued(t.word);
        if (!split || inLegacyWord(ctx, p.index, t.start, t.end)) continue;
        out.push(
          finding(textGluedSyllables, ctx.doc, {
            paragraph: p.index,
            start: t.start,
            end: t.end,
            message: `“${t.word}” là hai chữ viết dính liền (thiếu dấu cách); có lẽ là “${split}”, hãy kiểm tra lại.`,
            fix: replaceFix(ctx.doc, p.index, t.start, t.end, split),
          }),
        );
      }
    }
    return out;
  },
};
