/**
 * text/split-capitals: capitals torn apart by PDF extraction. A lone capital consonant followed by a space and
 * capitals that make one syllable with it (“K Ế HOẠCH” → “KẾ HOẠCH”), and the first letter of a fixed phrase
 * lost (“Y BAN NHÂN DÂN” → “ỦY BAN NHÂN DÂN”). Fixes are for review.
 */
import { REF } from "../../rules/references";
import { isVietnameseSyllable } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

const SPLIT = /(?<![\p{L}\p{M}])([BCDĐGHKLMNPQRSTVX]) ([AĂÂEÊIOÔƠUƯYÀ-Ỹ][\p{Lu}\p{M}]*)(?![\p{L}\p{M}])/gu;
const LOST_FIRST: [RegExp, string][] = [
  [/(?<![\p{L}\p{M}])Y BAN NHÂN DÂN/gu, "ỦY BAN NHÂN DÂN"],
  [/(?<![\p{L}\p{M}])Y ban nhân dân/gu, "Ủy ban nhân dân"],
  [/(?<![\p{L}\p{M}])ỘNG HÒA XÃ HỘI/gu, "CỘNG HÒA XÃ HỘI"],
];

export const textSplitCapitals: Rule = {
  id: "text/split-capitals",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Chữ in hoa bị tách",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, SPLIT)) {
      const joined = `${m[1] ?? ""}${m[2] ?? ""}`;
      if (
        !isVietnameseSyllable(joined) ||
        (isVietnameseSyllable(m[2] ?? "") && !/^[\p{Lu}\p{M}\s]+$/u.test(ctx.doc.paragraphs[paragraph]?.text ?? ""))
      )
        continue;
      out.push(
        finding(textSplitCapitals, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” là chữ in hoa bị tách (lỗi trích xuất PDF); có lẽ là “${joined}”, hãy kiểm tra lại.`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + m[0].length, joined),
        }),
      );
    }
    for (const [re, right] of LOST_FIRST)
      for (const { paragraph, m } of matchAll(ctx.doc, re))
        out.push(
          finding(textSplitCapitals, ctx.doc, {
            paragraph,
            start: m.index,
            end: m.index + m[0].length,
            message: `“${m[0]}” bị mất chữ đầu (lỗi trích xuất PDF); phải là “${right}”.`,
            fix: replaceFix(ctx.doc, paragraph, m.index, m.index + m[0].length, right),
          }),
        );
    return out;
  },
};
