/** fixed-string/noi-nhan: the recipients block opens with “Nơi nhận:”. */
import { FIXED } from "../../rules/fixed-strings";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

export const fixedNoiNhan: Rule = {
  id: "fixed-string/noi-nhan",
  meta: {
    severity: "warning",
    ref: FIXED.noiNhan.ref,
    title: "“Nơi nhận:”",
    family: "fixed-string",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const line = structureOf(ctx.doc, ctx.cache).noiNhanLine;
    if (!line) return [];
    const m = /^N[ơo]i\s*nh[ậa]n(?:\s*[:.])?/iu.exec(line.text.slice(line.start));
    if (!m || m[0] === FIXED.noiNhan.text) return [];
    const end = line.start + m[0].length;
    // Keep one space between the label and text on the same line.
    const next = line.text.slice(end);
    const replacement = next && !/^\s/u.test(next) ? `${FIXED.noiNhan.text} ` : FIXED.noiNhan.text;
    return [
      finding(fixedNoiNhan, ctx.doc, {
        paragraph: line.paragraph,
        start: line.start,
        end,
        message: `Viết đúng “${FIXED.noiNhan.text}” (chữ thường, có dấu hai chấm); ở đây là “${m[0]}”.`,
        fix: replaceFix(ctx.doc, line.paragraph, line.start, end, replacement),
      }),
    ];
  },
};
