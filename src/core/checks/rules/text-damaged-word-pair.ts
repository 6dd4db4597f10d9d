/**
 * text/damaged-word-pair: two valid syllables that are not a known word but become one after undoing a typical
 * damage (a dropped letter, a lost or changed vowel mark, the PDF mapping oà → ồ): “kim tra” for “kiểm tra”,
 * “tồn diện” for “toàn diện”, “thơng báo” for “thông báo”. Only the common words of administrative text are
 * known, so the rule stays silent on everything else; the reading is a fix for review.
 */
import { REF } from "../../rules/references";
import { isVietnameseParagraph } from "../../text/damage";
import { isAbbreviation, syllableTokens } from "../../text/syllable";
import { repairPair } from "../../text/word-pairs";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { inLegacyWord } from "./encoding-common";

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]/u;

export const textDamagedWordPair: Rule = {
  id: "text/damaged-word-pair",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Từ bị hỏng khi sao chép",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      if (!isVietnameseParagraph(p.text)) continue;
      // Plain-letter words too: a damaged word may have lost every mark (“kim tra”).
      const tokens = syllableTokens(p.text).filter((t) => !isAbbreviation(t.word));
      for (let i = 0; i + 1 < tokens.length; i++) {
        const a = tokens[i];
        const b = tokens[i + 1];
        if (p.text.slice(a.end, b.start) !== " " || inLegacyWord(ctx, p.index, a.start, b.end)) continue;
        // Two capitalised words are likely a name (“Kim Tra”), unless the whole pair is in capitals.
        if (TITLE_CASE.test(a.word) && TITLE_CASE.test(b.word)) continue;
        const before = i > 0 && p.text.slice(tokens[i - 1].end, a.start) === " " ? tokens[i - 1].word : "";
        const after = tokens[i + 2] && p.text.slice(b.end, tokens[i + 2].start) === " " ? tokens[i + 2].word : "";
        const reading = repairPair(a.word, b.word, before, after);
        if (!reading) continue;
        out.push(
          finding(textDamagedWordPair, ctx.doc, {
            paragraph: p.index,
            start: a.start,
            end: b.end,
            message: `“${a.word} ${b.word}” có lẽ là “${reading}” bị hỏng khi sao chép (mất chữ hoặc sai dấu); hãy kiểm tra lại (TCVN 6909:2001).`,
            fix: replaceFix(ctx.doc, p.index, a.start, b.end, reading),
          }),
        );
        i++;
      }
    }
    return out;
  },
};
