import type { Rule } from "../../checks/types";
import { REF } from "../../rules/references";
import { documentCitations, finding } from "../analysis";
import { joinQhTerm, restoreMissingSlash } from "../symbol";

/** A cited số, ký hiệu that no family's grammar accepts: a space inside, a missing "/", doubled separators. */
export const citationSymbolMalformed: Rule = {
  id: "citation-symbol-malformed",
  meta: {
    severity: "error",
    ref: REF.plI_II3,
    title: "Số, ký hiệu văn bản được viện dẫn sai dạng",
    family: "citation",
    fixable: true,
  },
  check(ctx) {
    return documentCitations(ctx).flatMap(({ paragraph, mention: m }) => {
      if (!m.symbolProblem || m.symbolStart === undefined || m.symbolEnd === undefined || !m.symbolText) return [];
      let replacement: string | undefined;
      if (m.symbolProblem.code === "space-inside") replacement = m.symbolText.replace(/\s+/g, "");
      else if (m.symbolProblem.code === "missing-slash") replacement = restoreMissingSlash(m.symbolText);
      else if (m.symbolProblem.code === "qh-dash") replacement = joinQhTerm(m.symbolText);
      const f = finding(citationSymbolMalformed, ctx, paragraph, m.symbolStart, m.symbolEnd, m.symbolProblem.message);
      if (replacement) {
        f.fix = {
          description: `Thay “${m.symbolText}” bằng “${replacement}”`,
          edits: [
            {
              kind: "text",
              paragraph,
              start: m.symbolStart,
              end: m.symbolEnd,
              expected: m.symbolText,
              replacement,
            },
          ],
        };
      }
      return [f];
    });
  },
};
