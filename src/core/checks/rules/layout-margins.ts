/** layout/margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
import { PAGE, PAGE_TOLERANCE_MM } from "../../rules/page-setup";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

const NAMES = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;

export const layoutMargins: Rule = {
  id: "layout/margins",
  meta: {
    severity: "warning",
    ref: PAGE.ref,
    title: "Lề trang",
    family: "layout",
    fixable: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    const ps = ctx.doc.pageSetup;
    if (!ps) return "not-evaluated";
    if (!ctx.doc.paragraphs.length) return [];
    const values = { top: ps.marginTop, bottom: ps.marginBottom, left: ps.marginLeft, right: ps.marginRight };
    const bad = (Object.keys(values) as (keyof typeof values)[]).filter((k) => {
      const r = PAGE.margins[k];
      return values[k] < r.min - PAGE_TOLERANCE_MM || values[k] > r.max + PAGE_TOLERANCE_MM;
    });
    return bad.map((k) =>
      finding(layoutMargins, ctx.doc, {
        paragraph: 0,
        start: 0,
        end: 0,
        message: `Lề ${NAMES[k]} ${Math.round(values[k])} mm chưa đúng; lề ${NAMES[k]} phải từ ${PAGE.margins[k].min} đến ${PAGE.margins[k].max} mm.`,
      }),
    );
  },
};
