/** symbol/leading-zero: a number below 10 takes a leading zero (“Số: 05/…”). */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { parseSoLine } from "./symbol-common";

export const symbolLeadingZero: Rule = {
  id: "symbol/leading-zero",
  meta: {
    severity: "error",
    ref: REF.plI_II3,
    title: "Số nhỏ hơn 10 thiếu số 0",
    family: "symbol",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so || !/^[1-9]$/.test(so.number)) return [];
    return [
      finding(symbolLeadingZero, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.numStart,
        end: so.numEnd,
        message: `Số văn bản nhỏ hơn 10 phải thêm số 0 phía trước: viết “0${so.number}”, không viết “${so.number}”.`,
        fix: replaceFix(ctx.doc, so.line.paragraph, so.numStart, so.numEnd, `0${so.number}`),
      }),
    ];
  },
};
