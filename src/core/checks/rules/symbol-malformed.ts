/**
 * symbol/malformed: the document's own số, ký hiệu read by the same grammar as cited ones. Reports what the
 * grammar can name: a marked letter (“TƯ”: Trung ương is “TW”, Tỉnh ủy “TU”), the QH term with a dash
 * (“QH-14”), a doubled or missing “/”. A form the grammar only fails to read is left alone.
 */
import { joinQhTerm } from "../../citations/symbol";
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { parseSoLine } from "./symbol-common";

const REPORTED = new Set(["diacritic", "qh-dash", "double-slash", "missing-slash"]);

export const symbolMalformed: Rule = {
  id: "symbol/malformed",
  meta: {
    severity: "error",
    ref: `${REF.plI_II3}; ${REF.nd30Art15}`,
    title: "Số, ký hiệu sai dạng",
    family: "symbol",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so?.problem || !REPORTED.has(so.problem.code)) return [];
    const text = so.line.text.slice(so.symbolStart, so.symbolEnd);
    const joined = so.problem.code === "qh-dash" ? joinQhTerm(text) : undefined;
    return [
      finding(symbolMalformed, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.numStart,
        end: so.symbolEnd,
        message: joined
          ? `Khóa Quốc hội trong ký hiệu viết liền, không có gạch nối: “${joined}”, không viết “${text}”.`
          : so.problem.message.replace(/“[^”]*”/u, `“${so.line.text.slice(so.numStart, so.symbolEnd)}”`),
        ...(joined ? { fix: replaceFix(ctx.doc, so.line.paragraph, so.symbolStart, so.symbolEnd, joined) } : {}),
      }),
    ];
  },
};
