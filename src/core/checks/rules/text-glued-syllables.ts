/**
 * text/glued-syllables: two syllables written without the space between them (“báocáo”, “tổchức”,
 * “QUYẾTĐỊNH”), common after PDF extraction. Reported only when the word is no syllable and splits one way
 * into a known administrative word or two common syllables; the fix (inserting the space) is for review.
 */
import { REF } from "../../rules/references";
import { splitGlued } from "../../text/damage";
import { looksVietnamese, syllableTokens } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { wordReplacementFindings } from "./encoding-common";

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
    return wordReplacementFindings(ctx, textGluedSyllables, {
      paragraph: () => true,
      tokens: syllableTokens,
      replace: (word) => (word.length < 4 || !looksVietnamese(word) ? undefined : splitGlued(word)),
      message: (word, split) =>
        `“${word}” là hai chữ viết dính liền (thiếu dấu cách); có lẽ là “${split}”, hãy kiểm tra lại.`,
    });
  },
};
