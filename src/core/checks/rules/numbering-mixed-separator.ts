/** numbering/mixed-separator: one level uses one marker form ("1." everywhere, not "1." here and "1-" there). */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { AUTO_NOTE, numberingIssues } from "./numbering-common";

export const numberingMixedSeparator: Rule = {
  id: "numbering/mixed-separator",
  meta: {
    severity: "warning",
    ref: REF.plI_II6,
    title: "Ký hiệu đánh số không thống nhất",
    family: "numbering",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    return numberingIssues(ctx)
      .filter((i) => i.kind === "mixed-separator" && i.expectedSeparator !== undefined)
      .map((i) => {
        const h = i.heading;
        const want = i.expectedSeparator ?? ".";
        // Word's own list numbers are not text: only the typed ones are edited.
        const typed = h.auto ? [] : (i.group ?? [h]).filter((g) => !g.auto);
        return finding(numberingMixedSeparator, ctx.doc, {
          paragraph: h.paragraph,
          start: h.markerStart,
          end: h.numEnd + h.separator.length,
          message:
            `Ký hiệu đánh số không thống nhất: cấp mục này trong văn bản viết “${h.number}${want}”, ở đây viết “${h.number}${h.separator}”.` +
            (h.auto ? AUTO_NOTE : ""),
          fix: typed.length
            ? {
                description: `Đổi dấu sau số thứ tự thành “${want}”`,
                edits: typed.flatMap(
                  (g) => replaceFix(ctx.doc, g.paragraph, g.numEnd, g.numEnd + g.separator.length, want).edits,
                ),
              }
            : undefined,
        });
      });
  },
};
