/**
 * fixed-string/hanh-chinh: the decree's word is “hành chính” (NĐ 30, Điều 7: văn bản hành chính); the southern
 * “hành chánh” is flagged with a fix offered for review, not applied on its own (a proper name may keep it).
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

// Precomposed (NFC) text only: decomposed text is the encoding rule's finding, and its offsets would not match.
const HANH_CHANH = /(?<![\p{L}\p{M}])(h|H)(ành|ÀNH)(\s+)(c|C)(hánh|HÁNH)(?![\p{L}\p{M}])/gu;

export const fixedHanhChinh: Rule = {
  id: "fixed-string/hanh-chinh",
  meta: {
    severity: "warning",
    ref: REF.nd30Art7,
    title: "“hành chính”",
    family: "fixed-string",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, HANH_CHANH)) {
      const upper = m[5] === "HÁNH";
      const replacement = `${m[1]}${m[2]}${m[3]}${m[4]}${upper ? "HÍNH" : "hính"}`;
      const start = m.index;
      const end = start + m[0].length;
      out.push(
        finding(fixedHanhChinh, ctx.doc, {
          paragraph,
          start,
          end,
          message: `Viết “${replacement}” theo từ của Nghị định 30; ở đây là “${m[0]}”.`,
          fix: replaceFix(ctx.doc, paragraph, start, end, replacement),
        }),
      );
    }
    return out;
  },
};
