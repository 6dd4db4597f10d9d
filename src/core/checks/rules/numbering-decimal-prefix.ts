/** numbering/decimal-prefix: a “2.1.” item sits under “2.”; its first number repeats the parent's number. */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, para, replaceFix } from "../util";
import { numberingIssues } from "./numbering-common";

export const numberingDecimalPrefix: Rule = {
  id: "numbering/decimal-prefix",
  meta: {
    severity: "error",
    ref: REF.plI_II6,
    title: "Số thứ tự nhiều cấp không khớp mục cha",
    family: "numbering",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    return numberingIssues(ctx)
      .filter((i) => i.kind === "decimal-prefix" && i.heading.prefix !== undefined)
      .map((i) => {
        const h = i.heading;
        const prefix = h.prefix ?? "";
        const parent = i.expected ?? "";
        const want = `${parent}.${h.number}${h.separator}`;
        return finding(numberingDecimalPrefix, ctx.doc, {
          paragraph: h.paragraph,
          start: h.markerStart,
          end: h.markerEnd,
          message: `Mục “${prefix}.${h.number}${h.separator}” nằm trong mục “${parent}.” (đoạn ${para(i.related?.paragraph ?? 0)}); nên đánh số “${want}”.`,
          fix: h.auto
            ? undefined
            : replaceFix(ctx.doc, h.paragraph, h.markerStart, h.markerStart + prefix.length, parent),
        });
      });
  },
};
