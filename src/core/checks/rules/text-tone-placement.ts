/**
 * text/tone-placement: NĐ 30 writes the tone mark in the older placement (“CỘNG HÒA”, “Ủy ban”, “thủy”), as the
 * quốc hiệu rule does; the new placement (“Hoà”, “Uỷ”, “thuỷ”) is reported as info with a fix to the NĐ 30
 * style. Both are correct Vietnamese, so an agency that prefers the new style disables this rule by its id
 * (the engine's `disabled` option).
 */
import { REF } from "../../rules/references";
import { toOldPlacement, tonePlacement, vietnameseTokens } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { inLegacyWord } from "./encoding-common";

// Only the rhymes oa, oe, uy carry a tone mark that can sit in two places.
const TWO_PLACES = /[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![\p{L}\p{M}])/u;

export const textTonePlacement: Rule = {
  id: "text/tone-placement",
  meta: {
    severity: "info",
    ref: REF.plI_I,
    title: "Vị trí dấu thanh",
    family: "fixed-string",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      if (!TWO_PLACES.test(p.text)) continue;
      for (const t of vietnameseTokens(p.text)) {
        if (tonePlacement(t.word) !== "new" || inLegacyWord(ctx, p.index, t.start, t.end)) continue;
        const old = toOldPlacement(t.word);
        out.push(
          finding(textTonePlacement, ctx.doc, {
            paragraph: p.index,
            start: t.start,
            end: t.end,
            message: `“${t.word}”: văn bản theo Nghị định 30 đặt dấu thanh kiểu cũ, như “CỘNG HÒA” trong Quốc hiệu; nên viết “${old}” cho thống nhất.`,
            fix: replaceFix(ctx.doc, p.index, t.start, t.end, old),
          }),
        );
      }
    }
    return out;
  },
};
