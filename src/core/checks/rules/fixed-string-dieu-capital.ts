/**
 * fixed-string/dieu-capital: a single article cited by number is written “Điều 3” (“Như Điều 3;” in Nơi nhận,
 * “khoản 2 Điều 5”). The plural “các điều 69, 70” stays lower case, as laws write it, and is left alone.
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

// “điều N” after Như, khoản N, tại, theo, của, quy định tại; not “các điều N”, not a list “điều 3, 4”.
const LOWER_DIEU =
  /(?<=(?<![\p{L}\p{M}])(?:Như|như|khoản\s+\d+[a-zđ]?|tại|theo|của)\s+)điều(?=\s+\d+[a-zđ]?(?![\d,]|\s*(?:,|và)\s*\d))/gu;

export const fixedDieuCapital: Rule = {
  id: "fixed-string/dieu-capital",
  meta: {
    severity: "warning",
    ref: `${REF.plI_II6}; ${REF.plI_II9}`,
    title: "“Điều” viết hoa khi dẫn số điều",
    family: "fixed-string",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, LOWER_DIEU)) {
      const after = ctx.doc.paragraphs[paragraph].text.slice(m.index, m.index + 12).trim();
      out.push(
        finding(fixedDieuCapital, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          message: `Dẫn một điều cụ thể thì viết hoa “Điều” (“${after.replace(/^điều/u, "Điều")}”), không viết “${after}”.`,
          fix: replaceFix(ctx.doc, paragraph, m.index, m.index + m[0].length, "Điều"),
        }),
      );
    }
    return out;
  },
};
