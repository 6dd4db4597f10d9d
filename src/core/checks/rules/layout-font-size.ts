/** layout/font-size: body text is 13–14 pt. */
import { STATE_FORMATS } from "../../rules/formats";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";
import { bodyParagraphs, listParagraphs } from "./layout-common";

const BODY = STATE_FORMATS.body;

export const layoutFontSize: Rule = {
  id: "layout/font-size",
  meta: {
    severity: "warning",
    ref: BODY.ref,
    title: "Cỡ chữ phần nội dung",
    family: "layout",
    fixable: true,
    safeFix: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    if (!ctx.doc.hasFormatting) return "not-evaluated";
    const bad = bodyParagraphs(ctx, { headings: false }).filter(
      (p) => p.font?.size !== undefined && (p.font.size < BODY.size.min || p.font.size > BODY.size.max),
    );
    if (!bad.length) return [];
    const sizes = [...new Set(bad.map((p) => p.font?.size))].join(", ");
    return [
      finding(layoutFontSize, ctx.doc, {
        paragraph: bad[0].index,
        start: 0,
        end: bad[0].text.length,
        message: `Cỡ chữ phần nội dung phải từ ${BODY.size.min} đến ${BODY.size.max}; ${listParagraphs(bad)} đang dùng cỡ ${sizes}.`,
        fix: {
          description: `Đổi cỡ chữ thành ${BODY.size.default}`,
          edits: bad.map((p) => ({ kind: "format", paragraph: p.index, font: { size: BODY.size.default } })),
        },
      }),
    ];
  },
};
