/**
 * The shape shared by the layout rules that judge paragraph formatting: not evaluated on plain text, and at
 * most one finding, on the first offending paragraph, whose message lists all of them.
 */
import type { ParagraphSnapshot } from "../model/document";
import type { CheckContext, Finding, Fix, Rule } from "./types";
import { finding } from "./util";

/** Lists paragraph numbers briefly for a message ("đoạn 12, 14, 15 và 30 đoạn khác"). */
export function listParagraphs(ps: readonly ParagraphSnapshot[]): string {
  const shown = ps.slice(0, 5).map((p) => p.index + 1);
  return ps.length > 5 ? `đoạn ${shown.join(", ")} và ${ps.length - 5} đoạn khác` : `đoạn ${shown.join(", ")}`;
}

export interface ParagraphFormatCheck {
  /** The paragraphs whose formatting breaks the rule (only asked when the document has formatting). */
  offending(): ParagraphSnapshot[];
  /** The message and optional fix for these paragraphs; `listed` names them ("đoạn 2, 5"). */
  report(bad: ParagraphSnapshot[], listed: string): { message: string; fix?: Fix };
}

/** Runs a paragraph-formatting rule: "not-evaluated" without formatting, else one finding listing the offenders. */
export function checkParagraphFormat(
  rule: Pick<Rule, "id" | "meta">,
  ctx: CheckContext,
  check: ParagraphFormatCheck,
): Finding[] | "not-evaluated" {
  if (!ctx.doc.hasFormatting) return "not-evaluated";
  const bad = check.offending();
  if (!bad.length) return [];
  const { message, fix } = check.report(bad, listParagraphs(bad));
  return [finding(rule, ctx.doc, { paragraph: bad[0].index, start: 0, end: bad[0].text.length, message, fix })];
}
