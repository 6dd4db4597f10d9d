/**
 * date/glued: a words date with a number glued to its word (“tháng12”, “ngày05”). The date grammar still reads
 * the date (so rules that need the document's date keep working); this rule reports the glue and puts the
 * missing spaces back.
 */
import { REF } from "../../rules/references";
import { wordsDates } from "../../rules/dates";
import type { TextEdit } from "../../model/edits";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";

export const dateGlued: Rule = {
  id: "date/glued",
  meta: {
    severity: "warning",
    ref: REF.plI_II4,
    title: "Ngày tháng viết dính liền",
    family: "date",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      for (const d of wordsDates(p.text)) {
        if (!d.glued.length) continue;
        const edits: TextEdit[] = d.glued.map((at) => ({
          kind: "text",
          paragraph: p.index,
          start: at,
          end: at,
          expected: "",
          replacement: " ",
        }));
        const shown = d.glued.map((at) => p.text.slice(Math.max(d.start, at - 5), at + 2).trim());
        out.push(
          finding(dateGlued, ctx.doc, {
            paragraph: p.index,
            start: d.start,
            end: d.end,
            message: `Ngày tháng viết dính liền (${shown.map((s) => `“${s}”`).join(", ")}): cách một dấu cách giữa chữ “ngày”, “tháng”, “năm” và số.`,
            fix: { description: "Thêm dấu cách giữa chữ và số", edits },
          }),
        );
      }
    }
    return out;
  },
};
