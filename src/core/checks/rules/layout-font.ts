/** layout/font: the whole document uses Times New Roman. */
import { FONT } from "../../rules/formats";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";
import { listParagraphs } from "./layout-common";

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
    if (!ctx.doc.hasFormatting) return "not-evaluated";
    const bad = ctx.doc.paragraphs.filter((p) => p.text.trim() && p.font?.name && p.font.name !== FONT.name);
    if (!bad.length) return [];
    const names = [...new Set(bad.map((p) => p.font?.name))].join(", ");
    return [
      finding(layoutFont, ctx.doc, {
        paragraph: bad[0].index,
        start: 0,
        end: bad[0].text.length,
        message: `Phông chữ phải là ${FONT.name}; ${listParagraphs(bad)} đang dùng ${names}.`,
        fix: {
          description: `Đổi phông chữ sang ${FONT.name}`,
          edits: bad.map((p) => ({ kind: "format", paragraph: p.index, font: { name: FONT.name } })),
        },
      }),
    ];
  },
};
