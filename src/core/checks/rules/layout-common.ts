/** Shared selection for layout rules: the body paragraphs between the header and the recipients block. */
import type { ParagraphSnapshot } from "../../model/document";
import { structureOf } from "../../structure";
import type { CheckContext } from "../types";

export function bodyParagraphs(ctx: CheckContext, opts: { headings: boolean }): ParagraphSnapshot[] {
  const s = structureOf(ctx.doc, ctx.cache);
  const start = s.titleLine ? s.titleLine.paragraph + 1 : s.headerEnd + 1;
  const end = s.noiNhanLine ? s.noiNhanLine.paragraph : (s.appendixStart ?? ctx.doc.paragraphs.length);
  return ctx.doc.paragraphs.filter(
    (p) =>
      p.index >= start &&
      p.index < end &&
      !p.inTable &&
      p.text.trim() !== "" &&
      (opts.headings || !s.headingAt.has(p.index)),
  );
}

/** Lists paragraph numbers briefly for a message ("đoạn 12, 14, 15 và 30 đoạn khác"). */
export function listParagraphs(ps: readonly ParagraphSnapshot[]): string {
  const shown = ps.slice(0, 5).map((p) => p.index + 1);
  return ps.length > 5 ? `đoạn ${shown.join(", ")} và ${ps.length - 5} đoạn khác` : `đoạn ${shown.join(", ")}`;
}
