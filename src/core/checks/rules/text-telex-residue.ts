/**
 * text/telex-residue: keystrokes of the Telex input method left in the text (“trieenr khai” for “triển khai”)
 * when the input tool was off. Only in Vietnamese paragraphs, and only words whose Telex reading is a
 * Vietnamese syllable; the fix is for review.
 */
import { REF } from "../../rules/references";
import { isVietnameseParagraph, undoTelex } from "../../text/damage";
import { syllableTokens } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { wordReplacementFindings } from "./encoding-common";

export const textTelexResidue: Rule = {
  id: "text/telex-residue",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Chữ gõ Telex chưa chuyển",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    return wordReplacementFindings(ctx, textTelexResidue, {
      paragraph: (text) => /[a-z]{3}/u.test(text) && isVietnameseParagraph(text),
      tokens: syllableTokens,
      replace: undoTelex,
      message: (word, vi) =>
        `“${word}” là phím gõ Telex còn sót (bộ gõ tiếng Việt chưa bật); có lẽ là “${vi}”, hãy kiểm tra lại.`,
    });
  },
};
