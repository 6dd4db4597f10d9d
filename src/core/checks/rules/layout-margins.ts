/**
 * layout/margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, judged per section. A landscape
 * section (a wide table kept in the body) may keep the portrait margins or turn them with the page.
 */
import type { SectionSetup } from "../../model/document";
import { PAGE, PAGE_TOLERANCE_MM, type MarginRule } from "../../rules/page-setup";
import type { CheckContext, Finding, Rule } from "../types";
import { pageFinding } from "../util";
import { pageSections, sectionMessage } from "./layout-sections";

type Side = "top" | "bottom" | "left" | "right";
const SIDES: readonly Side[] = ["top", "bottom", "left", "right"];
const NAMES: Record<Side, string> = { top: "trên", bottom: "dưới", left: "trái", right: "phải" };

type Ranges = Record<Side, MarginRule>;
const PORTRAIT: Ranges = PAGE.margins;
/** The portrait margins turned a quarter either way with the sheet. */
const TURNED: readonly Ranges[] = [
  { top: PORTRAIT.left, bottom: PORTRAIT.right, left: PORTRAIT.bottom, right: PORTRAIT.top },
  { top: PORTRAIT.right, bottom: PORTRAIT.left, left: PORTRAIT.top, right: PORTRAIT.bottom },
];

const valuesOf = (s: SectionSetup): Record<Side, number> => ({
  top: s.marginTop,
  bottom: s.marginBottom,
  left: s.marginLeft,
  right: s.marginRight,
});

function badSides(values: Record<Side, number>, r: Ranges): Side[] {
  return SIDES.filter((k) => values[k] < r[k].min - PAGE_TOLERANCE_MM || values[k] > r[k].max + PAGE_TOLERANCE_MM);
}

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
    const sections = pageSections(ctx.doc);
    if (!sections) return "not-evaluated";
    if (!ctx.doc.paragraphs.length) return [];
    const out: Finding[] = [];
    for (const s of sections) {
      const values = valuesOf(s);
      const candidates = s.orientation === "landscape" ? [PORTRAIT, ...TURNED] : [PORTRAIT];
      // Judge a landscape section against the reading that fits it best.
      let best = candidates[0];
      let bad = badSides(values, best);
      for (const r of candidates.slice(1)) {
        const b = badSides(values, r);
        if (b.length < bad.length) [best, bad] = [r, b];
      }
      for (const k of bad) {
        out.push(
          pageFinding(
            layoutMargins,
            ctx.doc,
            s,
            sectionMessage(
              sections,
              s,
              `Lề ${NAMES[k]} ${Math.round(values[k])} mm chưa đúng; lề ${NAMES[k]} phải từ ${best[k].min} đến ${best[k].max} mm.`,
            ),
          ),
        );
      }
    }
    return out;
  },
};
