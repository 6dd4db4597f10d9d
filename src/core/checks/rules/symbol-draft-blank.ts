/** symbol/draft-blank: a draft's blank number (“Số: /BC-…”) is normal before signing: information only. */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";
import { parseSoLine } from "./symbol-common";

export const symbolDraftBlank: Rule = {
  id: "symbol/draft-blank",
  meta: {
    severity: "info",
    ref: REF.plI_II3,
    title: "Số văn bản để trống (dự thảo)",
    family: "symbol",
    fixable: false,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so || so.number) return [];
    return [
      finding(symbolDraftBlank, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.soStart,
        end: so.symbolEnd,
        message: "Số văn bản đang để trống: bình thường ở bản dự thảo; văn thư điền số sau khi ký ban hành.",
      }),
    ];
  },
};
