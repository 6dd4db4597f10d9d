/** layout/page-size: every section is A4 (210 × 297 mm), portrait or landscape. */
import { PAGE, PAGE_TOLERANCE_MM } from "../../rules/page-setup";
import type { CheckContext, Finding, Rule } from "../types";
import { pageFinding } from "../util";
import { pageSections, sectionMessage } from "./layout-sections";

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
    const sections = pageSections(ctx.doc);
    if (!sections) return "not-evaluated";
    if (!ctx.doc.paragraphs.length) return [];
    const out: Finding[] = [];
    for (const s of sections) {
      // A landscape section is the same sheet turned: compare short side with short side.
      const [w, h] = s.width <= s.height ? [s.width, s.height] : [s.height, s.width];
      const ok =
        Math.abs(w - PAGE.paper.width) <= PAGE_TOLERANCE_MM && Math.abs(h - PAGE.paper.height) <= PAGE_TOLERANCE_MM;
      if (ok) continue;
      out.push(
        pageFinding(
          layoutPageSize,
          ctx.doc,
          s,
          sectionMessage(
            sections,
            s,
            `Khổ giấy phải là A4 (210 × 297 mm); văn bản đang dùng ${Math.round(s.width)} × ${Math.round(s.height)} mm.`,
          ),
        ),
      );
    }
    return out;
  },
};
