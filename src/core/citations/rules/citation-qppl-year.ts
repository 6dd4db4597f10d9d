import type { Rule } from "../../checks/types";
import { REF } from "../../rules/references";
import { documentCitations, finding } from "../analysis";

/** The year inside a QPPL number is the year the document was issued: 30/2020/NĐ-CP cannot be dated 2021. */
export const citationQpplYear: Rule = {
  id: "citation-qppl-year",
  meta: {
    severity: "warning",
    ref: REF.luat64,
    title: "Năm trong số văn bản QPPL khác năm ban hành",
    family: "citation",
    fixable: false,
  },
  check(ctx) {
    return documentCitations(ctx).flatMap(({ paragraph, mention: m }) => {
      const y = m.symbol?.year;
      if (!y || !m.date || m.dateStart === undefined || m.dateEnd === undefined) return [];
      const dy = Number(m.date.slice(0, 4));
      if (dy === y) return [];
      return [
        finding(
          citationQpplYear,
          ctx,
          paragraph,
          m.symbolStart ?? m.start,
          m.dateEnd,
          `${m.symbol?.text} mang năm ${y} nhưng ngày ban hành ghi năm ${dy}: kiểm tra lại số hoặc ngày.`,
        ),
      ];
    });
  },
};
