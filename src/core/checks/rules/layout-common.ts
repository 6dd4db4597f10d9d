/** Shared selection for layout rules: the body paragraphs between the header and the recipients block. */
import type { ParagraphSnapshot } from "../../model/document";
import { structureOf } from "../../structure";
import type { CheckContext } from "../types";

export function bodyParagraphs(ctx: CheckContext, opts: { headings: boolean; prose?: boolean }): ParagraphSnapshot[] {
  const s = structureOf(ctx.doc, ctx.cache);
  const start = s.titleLine ? s.titleLine.paragraph + 1 : s.headerEnd + 1;
  const end = s.noiNhanLine ? s.noiNhanLine.paragraph : (s.appendixStart ?? ctx.doc.paragraphs.length);
  // The addressee block (“Kính gửi:” and its “- …” lines) is laid out as a list, not as body prose.
  const addressees = new Set<number>();
  if (s.kinhGuiLine) {
    addressees.add(s.kinhGuiLine.paragraph);
    for (let i = s.kinhGuiLine.paragraph + 1; i < ctx.doc.paragraphs.length; i++) {
      if (!/^\s*[-+]/u.test(ctx.doc.paragraphs[i].text)) break;
      addressees.add(i);
    }
  }
  return ctx.doc.paragraphs.filter(
    (p) =>
      p.index >= start &&
      p.index < end &&
      !p.inTable &&
      p.text.trim() !== "" &&
      (opts.headings || !s.headingAt.has(p.index)) &&
      // Prose rules skip centred or right-aligned lines (trích yếu, “QUYẾT ĐỊNH:”, authority lines) and addressees.
      (!opts.prose || (p.alignment !== "centered" && p.alignment !== "right" && !addressees.has(p.index))),
  );
}
