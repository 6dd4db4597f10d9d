/** layout/paragraph-spacing: at least 6 pt between body paragraphs. */
import { BODY_PARAGRAPH } from "../../rules/formats";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";
import { bodyParagraphs, listParagraphs } from "./layout-common";

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
    if (!ctx.doc.hasFormatting) return "not-evaluated";
    const min = BODY_PARAGRAPH.minSpaceAfterPt;
    const bad = bodyParagraphs(ctx, { headings: true, prose: true }).filter(
      (p) => p.spaceAfter !== undefined && p.spaceAfter + (p.spaceBefore ?? 0) < min - 0.5,
    );
    if (!bad.length) return [];
    return [
      finding(layoutParagraphSpacing, ctx.doc, {
        paragraph: bad[0].index,
        start: 0,
        end: bad[0].text.length,
        message: `Khoảng cách giữa các đoạn văn tối thiểu ${min} pt; ${listParagraphs(bad)} chưa đủ.`,
        fix: {
          description: `Đặt khoảng cách sau đoạn ${BODY_PARAGRAPH.defaultSpaceAfterPt} pt`,
          edits: bad.map((p) => ({
            kind: "format",
            paragraph: p.index,
            spaceAfter: BODY_PARAGRAPH.defaultSpaceAfterPt,
          })),
        },
      }),
    ];
  },
};
