/**
 * text/telex-residue: keystrokes of the Telex input method left in the text (“trieenr khai” for “triển khai”)
 * when the input tool was off. Only in Vietnamese paragraphs, and only words whose Telex reading is a
 * Vietnamese syllable; the fix is for review.
 */
import { REF } from "../../rules/references";
import { isVietnameseParagraph, undoTelex } from "../../text/damage";
import { syllableTokens } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { inLegacyWord } from "./encoding-common";

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
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      if (!/[a-z]{3}/u.test(p.text) || !isVietnameseParagraph(p.text)) continue;
      for (const t of syllableTokens(p.text)) {
        const vi = undoTelex(t.word);
        if (!vi || inLegacyWord(ctx, p.index, t.start, t.end)) continue;
        out.push(
          finding(textTelexResidue, ctx.doc, {
            paragraph: p.index,
            start: t.start,
            end: t.end,
            message: `“${t.word}” là phím gõ Telex còn sót (bộ gõ tiếng Việt chưa bật); có lẽ là “${vi}”, hãy kiểm tra lại.`,
            fix: replaceFix(ctx.doc, p.index, t.start, t.end, vi),
          }),
        );
      }
    }
    return out;
  },
};
