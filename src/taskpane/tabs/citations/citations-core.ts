/**
 * What the Căn cứ pháp lý tab needs from core, as one interface, so the view can be tested with any
 * catalog; the binding to src/core/citations lives here and only here.
 */
import {
  type CatalogEntry,
  type ComposedCitation,
  CatalogSearch,
  exportCatalogCsv,
  exportCatalogJson,
  formatCanCu,
  formatFull,
  formatShort,
  harvestCatalog,
  importCatalog,
  legalRank,
  makeEntryId,
  parseSymbol,
  statusLabel,
} from "../../../core/citations";
import { parseIsoDate } from "../../../core/rules/dates";
import { isoDate } from "../header/header-form";
import type { DocumentSnapshot } from "../../../core/model/document";
import { toFlatOpc } from "../../../docx/flat-opc";
import { loadCatalogData, type CatalogData } from "./catalog-data";

export type { CatalogEntry, CatalogData };
export type CitationForm = "full" | "short" | "canCu";

export interface SearchOptions {
  /** Ids already cited in the open document. */
  cited: readonly string[];
  /** Recently picked ids, most recent first. */
  recent: readonly string[];
  limit: number;
}

/** A symbol typed in the query, what it says, and whether a catalog holds it. */
export interface TypedSymbolInfo {
  inCatalog: boolean;
  /** The year inside a QPPL number, which the issue date must match. */
  year?: number;
  composed: ComposedCitation;
  /** The catalog id a composed entry of this type and date gets. */
  makeId(type: string, isoDate: string): string;
}

/** A day typed as dd/mm/yyyy → YYYY-MM-DD, or undefined when it is not a real day. */
export function typedDay(typed: string): string | undefined {
  const iso = isoDate(typed);
  return parseIsoDate(iso) ? iso : undefined;
}

export interface Catalog {
  search(query: string, opts: SearchOptions): CatalogEntry[];
  typedSymbol(query: string): TypedSymbolInfo | undefined;
  byId(id: string): CatalogEntry | undefined;
  /** The entry that replaced this one, when the catalog has it. */
  replacement(entry: CatalogEntry): CatalogEntry | undefined;
  /** Vietnamese status line ("đã bị thay thế bởi … từ …"), naming the replacement when known. */
  statusLabel(entry: CatalogEntry): string;
}

export interface ImportResult {
  entries: CatalogEntry[];
  /** Row-level messages in Vietnamese ("dòng 7: ngày không hợp lệ"). */
  errors: string[];
}

export interface CitationsCore {
  /** The national catalog, the codification layer and their indexes, loaded once, on first need. */
  loadCatalogs(): Promise<CatalogData>;
  /** The loaded catalogs joined with the organisation's entries. */
  createCatalog(org: readonly CatalogEntry[], base: CatalogData): Catalog;
  format(entry: CatalogEntry, form: CitationForm): string;
  /** The căn cứ lines in legal-rank order, ";" on each line and "." on the last. */
  canCuList(entries: readonly CatalogEntry[]): { id: string; text: string }[];
  importCatalog(text: string, fileName: string): ImportResult;
  exportCatalog(entries: readonly CatalogEntry[], format: "json" | "csv"): string;
  /** Citations found in the document, as catalog entries for review. */
  harvest(doc: DocumentSnapshot): CatalogEntry[];
  /** Wraps body XML into the package insertOoxml takes. */
  toOoxml(bodyXml: string): string;
}

function createCatalog(org: readonly CatalogEntry[], base: CatalogData): Catalog {
  // The prebuilt indexes are loaded, not rebuilt; only the organisation's few entries are indexed here.
  const search = new CatalogSearch({ national: base.national, org, codified: base.codified }, base.indexes);
  const replacement = (e: CatalogEntry) => search.replacementOf(e);
  return {
    byId: (id) => search.byId(id),
    replacement,
    statusLabel: (e) => statusLabel(e, replacement(e)),
    typedSymbol(query) {
      const t = search.typedSymbol(query);
      if (!t) return undefined;
      const parsed = parseSymbol(t.composed.symbol);
      return {
        inCatalog: t.inCatalog,
        year: parsed.ok ? parsed.symbol.year : undefined,
        composed: t.composed,
        makeId: (type, iso) => makeEntryId(type, t.composed.symbol, iso),
      };
    },
    search(query, opts) {
      const citedSymbols = opts.cited.map((id) => search.byId(id)?.symbol).filter((s): s is string => !!s);
      return search.search(query, { limit: opts.limit, citedSymbols, recent: opts.recent }).map((r) => r.entry);
    },
  };
}

export const coreCitations: CitationsCore = {
  loadCatalogs: loadCatalogData,
  createCatalog,
  format(entry, form) {
    if (form === "short") return formatShort(entry);
    if (form === "canCu") return formatCanCu(entry);
    return formatFull(entry);
  },
  canCuList(entries) {
    // The same order as core's buildCanCuList, kept with ids so each line can be tagged.
    const sorted = [...entries].sort((a, b) => legalRank(a) - legalRank(b) || a.date.localeCompare(b.date));
    return sorted.map((e, i) => ({ id: e.id, text: formatCanCu(e, { last: i === sorted.length - 1 }) }));
  },
  importCatalog: (text, fileName) => importCatalog(text, fileName),
  exportCatalog: (entries, format) => (format === "csv" ? exportCatalogCsv(entries) : exportCatalogJson(entries)),
  harvest: harvestCatalog,
  toOoxml: toFlatOpc,
};
