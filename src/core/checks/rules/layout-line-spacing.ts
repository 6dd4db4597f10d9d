/** layout/line-spacing: body line spacing from single to 1.5 lines. */
import { BODY_PARAGRAPH } from "../../rules/formats";
import type { LineSpacing } from "../../model/document";
import type { CheckContext, Finding, Rule } from "../types";
import { checkParagraphFormat } from "../paragraph-format-check";
import { bodyParagraphs } from "./layout-common";

const LS = BODY_PARAGRAPH.lineSpacing;
// A single line of 13–14 pt Times New Roman is about 15–16 pt; 1.5 lines about 24 pt.
const EXACT_MIN = 15;
const EXACT_MAX = 24.5;

function ok(ls: LineSpacing): boolean {
  if (ls.rule === "multiple") return ls.value >= LS.min - 0.01 && ls.value <= LS.max + 0.01;
  return ls.value >= EXACT_MIN && ls.value <= EXACT_MAX;
}

export const layoutLineSpacing: Rule = {
  id: "layout/line-spacing",
  meta: {
    severity: "warning",
    ref: BODY_PARAGRAPH.ref,
    title: "Giãn dòng",
    family: "layout",
    fixable: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    return checkParagraphFormat(layoutLineSpacing, ctx, {
      offending: () =>
        bodyParagraphs(ctx, { headings: true, prose: true }).filter((p) => p.lineSpacing && !ok(p.lineSpacing)),
      report: (_bad, listed) => ({
        message: `Khoảng cách giữa các dòng phải từ dòng đơn (single) đến 1,5 dòng; ${listed} chưa đúng.`,
      }),
    });
  },
};
