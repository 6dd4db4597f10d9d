import type { Rule } from "../../checks/types";
import { isoToSlash } from "../../rules/dates";
import { REF } from "../../rules/references";
import { documentCitations, documentDate, finding } from "../analysis";

function dmy(iso: string): string {
  return isoToSlash(iso) ?? iso;
}

/**
 * A citation of a document that was replaced, or stopped applying, on or before the citing document's own date.
 * Replaced only later (a 2022 report citing NĐ 04/2015/NĐ-CP) is not stale and is not reported.
 */
export const citationReplaced: Rule = {
  id: "citation-replaced",
  meta: {
    severity: "warning",
    ref: REF.nd78art68,
    title: "Viện dẫn văn bản đã bị thay thế",
    family: "citation",
    fixable: false,
  },
  check(ctx) {
    const lookup = ctx.options.catalogLookup;
    if (!lookup) return "not-evaluated";
    const docDate = documentDate(ctx);
    if (!docDate) return "not-evaluated";
    const reported = new Set<string>();
    return documentCitations(ctx).flatMap(({ paragraph, mention: m }) => {
      if (!m.symbol) return [];
      const info = lookup(m.symbol.text);
      if (!info || (info.status !== "replaced" && info.status !== "expired")) return [];
      if (!info.replacedOn || info.replacedOn > docDate) return [];
      // One finding per document cited, at its first mention.
      if (reported.has(info.id)) return [];
      reported.add(info.id);
      const by = info.replacementCitation ?? info.replacedBy ?? "văn bản khác";
      const what =
        info.status === "expired"
          ? `đã hết hiệu lực từ ngày ${dmy(info.replacedOn)} (trước ngày văn bản này).`
          : `đã bị thay thế từ ngày ${dmy(info.replacedOn)} (trước ngày văn bản này) bởi ${by}.`;
      return [
        finding(
          citationReplaced,
          ctx,
          paragraph,
          m.start,
          m.symbolEnd ?? m.end,
          `${m.type} số ${m.symbol.text} ${what}`,
        ),
      ];
    });
  },
};
