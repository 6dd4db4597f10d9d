import type { CatalogLookup, CatalogStatusInfo, NotEvaluatedItem, Rule } from "../../checks/types";
import { isoToSlash } from "../../rules/dates";
import { REF } from "../../rules/references";
import { documentCitations, documentDate, finding } from "../analysis";
import type { CitationMention } from "../mentions";
import { nameKey, symbolKey } from "../text";

/** Types cited by name and date without a number ("Luật Đất đai năm 2024"), looked up by that name. */
const NAMED_TYPES: readonly string[] = ["Luật", "Bộ luật", "Pháp lệnh"];

interface Cited {
  info: CatalogStatusInfo | undefined;
  /** Cited by name: an absent match means the name and date fit no single catalog document. */
  byName: boolean;
  /** Identity of what was written, for saying an unjudged document once. */
  key: string;
  /** End of the citation's range (the number, or the name and its date). */
  end: number;
}

/** The catalog's view of one citation: by its number, or for a law cited by name, by name and date or year. */
function lookUp(m: CitationMention, lookup: CatalogLookup): Cited | undefined {
  if (m.symbol) {
    return { info: lookup(m.symbol.text), byName: false, key: symbolKey(m.symbol.text), end: m.symbolEnd ?? m.end };
  }
  if (m.symbolText !== undefined || !m.title || !NAMED_TYPES.includes(m.type) || !lookup.byName) return undefined;
  const when = m.date ?? (m.year !== undefined ? String(m.year) : (m.dateText ?? ""));
  return {
    info: lookup.byName({ type: m.type, name: m.title, date: m.date, year: m.date ? undefined : m.year }),
    byName: true,
    key: `${nameKey(m.title)}|${when}`,
    end: m.end,
  };
}

/** Why the catalog cannot say whether this cited document was replaced before the citing one, if it cannot. */
function unjudgedReason(
  info: CatalogStatusInfo | undefined,
  byName: boolean,
): Pick<NotEvaluatedItem, "code" | "reason"> | undefined {
  if (!info && byName) return { code: "not-identified", reason: "không xác định được văn bản trong danh mục" };
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
 * the catalog lacks, or lists without a status or a replacement date, is reported as a place not evaluated. A law,
 * code or ordinance cited by name and date ("Luật Đất đai năm 2024") is looked up by that name; one the catalog
 * does not identify as exactly one document is a place not evaluated, never a finding.
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
      const cited = lookUp(m, lookup);
      if (!cited) return [];
      const { info, end } = cited;
      const why = unjudgedReason(info, cited.byName);
      if (why) {
        // Said once per document cited, at its first mention, so a citation the catalog cannot date is not
        // taken for one that passed.
        const key = info?.id ?? cited.key;
        if (!unjudged.has(key)) {
          unjudged.add(key);
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
      // A law cited by name is named as written, with the number the catalog gives it.
      const cites = m.symbol
        ? `${m.type} số ${m.symbol.text}`
        : `${m.title ?? m.type}${info.symbol ? ` (số ${info.symbol})` : ""}`;
      return [finding(citationReplaced, ctx, paragraph, m.start, end, `${cites} ${what}`)];
    });
  },
};
