/** layout/first-line-indent: body paragraphs start with a first-line indent of 1 cm or 1.27 cm. */
import { BODY_PARAGRAPH } from "../../rules/formats";
import { cmToPt } from "../../rules/units";
import type { CheckContext, Finding, Rule } from "../types";
import { checkParagraphFormat } from "../paragraph-format-check";
import { bodyParagraphs } from "./layout-common";

const ALLOWED = BODY_PARAGRAPH.firstLineIndentsCm.map(cmToPt);
const TOLERANCE_PT = 2;

export const layoutFirstLineIndent: Rule = {
  id: "layout/first-line-indent",
  meta: {
    severity: "warning",
    ref: BODY_PARAGRAPH.ref,
    title: "Thụt đầu dòng",
    family: "layout",
    fixable: true,
    safeFix: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    return checkParagraphFormat(layoutFirstLineIndent, ctx, {
      offending: () =>
        bodyParagraphs(ctx, { headings: false, prose: true }).filter(
          (p) => !ALLOWED.some((a) => Math.abs((p.firstLineIndent ?? 0) - a) <= TOLERANCE_PT),
        ),
      report: (bad, listed) => {
        const want = cmToPt(BODY_PARAGRAPH.defaultFirstLineIndentCm);
        return {
          message: `Đoạn văn phải lùi đầu dòng 1 cm hoặc 1,27 cm; ${listed} chưa đúng.`,
          fix: {
            description: "Đặt thụt đầu dòng 1,27 cm",
            edits: bad.map((p) => ({ kind: "format", paragraph: p.index, firstLineIndent: want })),
          },
        };
      },
    });
  },
};
