/** layout/font: the whole document uses Times New Roman. */
import { FONT } from "../../rules/formats";
import type { CheckContext, Finding, Rule } from "../types";
import { checkParagraphFormat } from "../paragraph-format-check";

export const layoutFont: Rule = {
  id: "layout/font",
  meta: {
    severity: "warning",
    ref: FONT.ref,
    title: "Phông chữ",
    family: "layout",
    fixable: true,
    safeFix: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    return checkParagraphFormat(layoutFont, ctx, {
      offending: () => ctx.doc.paragraphs.filter((p) => p.text.trim() && p.font?.name && p.font.name !== FONT.name),
      report: (bad, listed) => {
        const names = [...new Set(bad.map((p) => p.font?.name))].join(", ");
        return {
          message: `Phông chữ phải là ${FONT.name}; ${listed} đang dùng ${names}.`,
          fix: {
            description: `Đổi phông chữ sang ${FONT.name}`,
            edits: bad.map((p) => ({ kind: "format", paragraph: p.index, font: { name: FONT.name } })),
          },
        };
      },
    });
  },
};
