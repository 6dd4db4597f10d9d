/**
 * closing/missing-parts: a document with an NĐ 30 header ends with Nơi nhận, the signer's title and name
 * (NĐ 30, Điều 8 and Phụ lục I mục II.7, II.9). Forms and citizens' đơn (no Số line) are left alone, and so is
 * a biên bản, which has no Nơi nhận. Plain text is not judged: text taken from web pages or PDFs routinely
 * drops the closing table, so a missing Nơi nhận there says nothing about the signed document.
 */
import { REF } from "../../rules/references";
import { componentsOf } from "../../structure/components";
import { structureOf } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

/** Below this many non-empty paragraphs the text is a fragment, not a whole document. */
const MIN_PARAGRAPHS = 8;

export const closingMissingParts: Rule = {
  id: "closing/missing-parts",
  meta: {
    severity: "warning",
    ref: REF.nd30Art8,
    title: "Thiếu nơi nhận hoặc chữ ký",
    family: "closing",
    fixable: false,
    needsFormatting: true,
  },
  check(ctx: CheckContext): Finding[] | "not-evaluated" {
    if (!ctx.doc.hasFormatting) return "not-evaluated";
    const c = componentsOf(ctx.doc, ctx.cache);
    if (!c.officialHeader) return [];
    const s = structureOf(ctx.doc, ctx.cache);
    const ps = ctx.doc.paragraphs;
    const nonEmpty = ps.filter((p) => p.text.trim() !== "");
    if (nonEmpty.length < MIN_PARAGRAPHS) return [];
    const at = nonEmpty[nonEmpty.length - 1].index;
    const missing: string[] = [];
    if (!s.noiNhanLine && s.documentType?.abbr !== "BB") missing.push("“Nơi nhận:”");
    if (!c.at.get("authority")?.length && !c.at.get("signerTitle")?.length) missing.push("chức vụ người ký");
    if (!c.at.get("signerName")?.length) missing.push("họ tên người ký");
    if (!missing.length) return [];
    return [
      finding(closingMissingParts, ctx.doc, {
        paragraph: at,
        start: 0,
        end: 0,
        message: `Văn bản có phần đầu theo Nghị định 30 nhưng không tìm thấy ${missing.join(", ")} ở phần cuối.`,
      }),
    ];
  },
};
