/** layout/page-size: paper is A4 (210 × 297 mm), portrait or landscape. */
import { PAGE, PAGE_TOLERANCE_MM } from "../../rules/page-setup";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

export const layoutPageSize: Rule = {
  id: "layout/page-size",
  meta: {
    severity: "error",
    ref: PAGE.ref,
    title: "Khổ giấy",
    family: "layout",
    fixable: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    const ps = ctx.doc.pageSetup;
    if (!ps) return "not-evaluated";
    const [w, h] = ps.width <= ps.height ? [ps.width, ps.height] : [ps.height, ps.width];
    const ok =
      Math.abs(w - PAGE.paper.width) <= PAGE_TOLERANCE_MM && Math.abs(h - PAGE.paper.height) <= PAGE_TOLERANCE_MM;
    if (ok || !ctx.doc.paragraphs.length) return [];
    return [
      finding(layoutPageSize, ctx.doc, {
        paragraph: 0,
        start: 0,
        end: 0,
        message: `Khổ giấy phải là A4 (210 × 297 mm); văn bản đang dùng ${Math.round(ps.width)} × ${Math.round(ps.height)} mm.`,
      }),
    ];
  },
};
