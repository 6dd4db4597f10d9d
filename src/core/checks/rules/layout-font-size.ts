/** layout/font-size: body text is 13–14 pt (Party documents: 14–15 pt, HD 05). */
import { PARTY_FORMATS, STATE_FORMATS } from "../../rules/formats";
import { documentStyleOf } from "../../structure/components";
import type { CheckContext, Finding, Rule } from "../types";
import { checkParagraphFormat } from "../paragraph-format-check";
import { bodyParagraphs } from "./layout-common";

export const layoutFontSize: Rule = {
  id: "layout/font-size",
  meta: {
    severity: "warning",
    ref: STATE_FORMATS.body.ref,
    title: "Cỡ chữ phần nội dung",
    family: "layout",
    fixable: true,
    safeFix: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    // The ranges of the document's own style: a Party body at 15 pt is right.
    const BODY =
      ctx.doc.hasFormatting && documentStyleOf(ctx.doc, ctx.cache) === "party"
        ? PARTY_FORMATS.body
        : STATE_FORMATS.body;
    return checkParagraphFormat(layoutFontSize, ctx, {
      offending: () =>
        bodyParagraphs(ctx, { headings: false }).filter(
          (p) => p.font?.size !== undefined && (p.font.size < BODY.size.min || p.font.size > BODY.size.max),
        ),
      report: (bad, listed) => {
        const sizes = [...new Set(bad.map((p) => p.font?.size))].join(", ");
        return {
          message: `Cỡ chữ phần nội dung phải từ ${BODY.size.min} đến ${BODY.size.max}; ${listed} đang dùng cỡ ${sizes}.`,
          fix: {
            description: `Đổi cỡ chữ thành ${BODY.size.default}`,
            edits: bad.map((p) => ({ kind: "format", paragraph: p.index, font: { size: BODY.size.default } })),
          },
        };
      },
    });
  },
};
