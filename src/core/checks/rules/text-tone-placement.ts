/**
 * text/tone-placement: NĐ 30 writes the tone mark in the older placement (“CỘNG HÒA”, “Ủy ban”, “thủy”), as the
 * quốc hiệu rule does; the new placement (“Hoà”, “Uỷ”, “thuỷ”) is reported as info with a fix to the NĐ 30
 * style. Both are correct Vietnamese, so an agency that prefers the new style disables this rule by its id
 * (the engine's `disabled` option).
 */
import { REF } from "../../rules/references";
import { toOldPlacement, tonePlacement, vietnameseTokens } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { wordReplacementFindings } from "./encoding-common";

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
    return wordReplacementFindings(ctx, textTonePlacement, {
      paragraph: (text) => TWO_PLACES.test(text),
      tokens: vietnameseTokens,
      replace: (word) => (tonePlacement(word) === "new" ? toOldPlacement(word) : undefined),
      message: (word, old) =>
        `“${word}”: văn bản theo Nghị định 30 đặt dấu thanh kiểu cũ, như “CỘNG HÒA” trong Quốc hiệu; nên viết “${old}” cho thống nhất.`,
    });
  },
};
