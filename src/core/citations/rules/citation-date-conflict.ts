import type { Rule } from "../../checks/types";
import { isoToSlash } from "../../rules/dates";
import { REF } from "../../rules/references";
import { documentCitations, finding } from "../analysis";
import { symbolKey } from "../text";

function dmy(iso: string): string {
  return isoToSlash(iso) ?? iso;
}

/** One document cited with two different dates in the same text: at least one of them is wrong. */
export const citationDateConflict: Rule = {
  id: "citation-date-conflict",
  meta: {
    severity: "warning",
    ref: REF.plI_II6,
    title: "Cùng một văn bản được ghi hai ngày khác nhau",
    family: "citation",
    fixable: false,
  },
  check(ctx) {
    const first = new Map<string, string>();
    return documentCitations(ctx).flatMap(({ paragraph, mention: m }) => {
      if (!m.symbol || !m.date || m.dateStart === undefined || m.dateEnd === undefined) return [];
      const k = symbolKey(m.symbol.text);
      const seen = first.get(k);
      if (seen === undefined) {
        first.set(k, m.date);
        return [];
      }
      if (seen === m.date) return [];
      return [
        finding(
          citationDateConflict,
          ctx,
          paragraph,
          m.dateStart,
          m.dateEnd,
          `${m.symbol.text} đã được ghi ngày ${dmy(seen)} ở trên, ở đây lại ghi ngày ${dmy(m.date)}.`,
        ),
      ];
    });
  },
};
