/** layout/paragraph-spacing: at least 6 pt between body paragraphs. */
import { BODY_PARAGRAPH } from "../../rules/formats";
import type { CheckContext, Finding, Rule } from "../types";
import { checkParagraphFormat } from "../paragraph-format-check";
import { bodyParagraphs } from "./layout-common";

export const layoutParagraphSpacing: Rule = {
  id: "layout/paragraph-spacing",
  meta: {
    severity: "warning",
    ref: BODY_PARAGRAPH.ref,
    title: "Khoảng cách giữa các đoạn",
    family: "layout",
    fixable: true,
    safeFix: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    const min = BODY_PARAGRAPH.minSpaceAfterPt;
    return checkParagraphFormat(layoutParagraphSpacing, ctx, {
      offending: () =>
        bodyParagraphs(ctx, { headings: true, prose: true }).filter(
          (p) => p.spaceAfter !== undefined && p.spaceAfter + (p.spaceBefore ?? 0) < min - 0.5,
        ),
      report: (bad, listed) => ({
        message: `Khoảng cách giữa các đoạn văn tối thiểu ${min} pt; ${listed} chưa đủ.`,
        fix: {
          description: `Đặt khoảng cách sau đoạn ${BODY_PARAGRAPH.defaultSpaceAfterPt} pt`,
          edits: bad.map((p) => ({
            kind: "format",
            paragraph: p.index,
            spaceAfter: BODY_PARAGRAPH.defaultSpaceAfterPt,
          })),
        },
      }),
    });
  },
};
