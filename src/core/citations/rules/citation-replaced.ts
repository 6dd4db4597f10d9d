import type { CatalogStatusInfo, NotEvaluatedItem, Rule } from "../../checks/types";
import { isoToSlash } from "../../rules/dates";
import { REF } from "../../rules/references";
import { documentCitations, documentDate, finding } from "../analysis";
import { symbolKey } from "../text";

/** Why the catalog cannot say whether this cited document was replaced before the citing one, if it cannot. */
function unjudgedReason(info: CatalogStatusInfo | undefined): Pick<NotEvaluatedItem, "code" | "reason"> | undefined {
  if (!info) return { code: "not-in-catalog", reason: "không có trong danh mục" };
  if (info.status === "unknown") return { code: "status-unknown", reason: "không rõ hiệu lực trong danh mục" };
  if ((info.status === "replaced" || info.status === "expired") && !info.replacedOn) {
    return {
      code: "replacement-undated",
      reason:
        info.status === "expired" ? "danh mục không ghi ngày hết hiệu lực" : "danh mục không ghi ngày bị thay thế",
    };
  }
  return undefined;
}

function dmy(iso: string): string {
  return isoToSlash(iso) ?? iso;
}

/**
 * A citation of a document that was replaced, or stopped applying, on or before the citing document's own date.
 * Replaced only later (a 2022 report citing NĐ 04/2015/NĐ-CP) is not stale and is not reported. A cited document
 * the catalog lacks, or lists without a status or a replacement date, is reported as a place not evaluated.
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
    const unjudged = new Set<string>();
    return documentCitations(ctx).flatMap(({ paragraph, mention: m }) => {
      if (!m.symbol) return [];
      const info = lookup(m.symbol.text);
      const why = unjudgedReason(info);
      if (why) {
        // Said once per document cited, at its first mention, so a citation the catalog cannot date is not
        // taken for one that passed.
        const key = info?.id ?? symbolKey(m.symbol.text);
        if (!unjudged.has(key)) {
          unjudged.add(key);
          const end = m.symbolEnd ?? m.end;
          const text = ctx.doc.paragraphs[paragraph]?.text ?? "";
          ctx.notEvaluatedItem?.({
            ruleId: citationReplaced.id,
            paragraph,
            start: m.start,
            end,
            excerpt: text.slice(m.start, end),
            ...why,
          });
        }
        return [];
      }
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
