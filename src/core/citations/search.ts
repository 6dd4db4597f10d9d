/**
 * Catalog search on minisearch: diacritic- and đ-insensitive terms, abbreviation expansion
 * ("nđ" → Nghị định, "ubnd" → Ủy ban nhân dân), numbers and partial symbols, exact symbols first,
 * then documents already cited, recent picks, the organisation catalog, in force before replaced.
 */
import MiniSearch, { type Query } from "minisearch";
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES } from "../rules/document-types";
import type { CatalogEntry, CatalogStatus } from "./catalog-schema";
import { statusLabel } from "./catalog";
import { foldVi, symbolKey } from "./text";

export type CatalogOrigin = "org" | "national";

export interface CatalogSearchOptions {
  limit?: number;
  /** Symbols already cited in the open document. */
  citedSymbols?: Iterable<string>;
  /** Recent picks, most recent first (symbols or ids). */
  recent?: readonly string[];
}

export interface CatalogSearchResult {
  entry: CatalogEntry;
  origin: CatalogOrigin;
  status: CatalogStatus;
  /** Vietnamese badge text ("đã bị thay thế bởi …"). */
  statusLabel: string;
  score: number;
  exact: boolean;
  cited: boolean;
  recent: boolean;
}

/** Abbreviations officers type, folded, with what they stand for. */
export const QUERY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  nd: "nghị định",
  ct: "chỉ thị",
  qd: "quyết định",
  tt: "thông tư",
  kl: "kết luận",
  nq: "nghị quyết",
  ttg: "thủ tướng chính phủ",
  ubnd: "ủy ban nhân dân",
  hdnd: "hội đồng nhân dân",
  hd: "hướng dẫn",
  kh: "kế hoạch",
  pl: "pháp lệnh",
  cp: "chính phủ",
  tw: "trung ương",
  tu: "tỉnh ủy",
  qh: "quốc hội",
  bnv: "bộ nội vụ",
  ctr: "chương trình",
  tb: "thông báo",
  bc: "báo cáo",
  cv: "công văn",
  ttlt: "thông tư liên tịch",
  cchc: "cải cách hành chính",
  dvcq: "dân vận chính quyền",
  cds: "chuyển đổi số",
};

const TYPE_ABBR_BY_NAME = new Map<string, string>();
for (const t of [...QPPL_TYPES, ...DOCUMENT_TYPES, ...PARTY_TYPES]) {
  if (t.abbr && !TYPE_ABBR_BY_NAME.has(t.name)) TYPE_ABBR_BY_NAME.set(t.name, foldVi(t.abbr));
}
TYPE_ABBR_BY_NAME.set("Luật", "luat");
TYPE_ABBR_BY_NAME.set("Bộ luật", "bl");

const ISSUER_KEYS: readonly [RegExp, string][] = [
  [/thủ tướng/i, "ttg"],
  [/chính phủ/i, "cp"],
  [/ủy ban nhân dân|ubnd/i, "ubnd"],
  [/hội đồng nhân dân|hđnd/i, "hdnd"],
  [/trung ương|bộ chính trị|ban bí thư/i, "tw"],
  [/tỉnh ủy/i, "tu"],
  [/quốc hội/i, "qh"],
];

const TOKEN_RE = /[^\p{L}\p{N}]+/u;
const tokenize = (s: string): string[] => s.split(TOKEN_RE).filter(Boolean);
const processTerm = (t: string): string | null => {
  const f = foldVi(t);
  return f ? f : null;
};

interface IndexedDoc {
  id: number;
  type: string;
  symbol: string;
  title: string;
  issuer: string;
  aliases: string;
  keys: string;
}

function keysOf(e: CatalogEntry): string {
  const keys = new Set<string>();
  const abbr = TYPE_ABBR_BY_NAME.get(e.type);
  if (abbr) keys.add(abbr);
  for (const [re, k] of ISSUER_KEYS) if (re.test(e.issuer)) keys.add(k);
  if (e.date) keys.add(e.date.slice(0, 4));
  return [...keys].join(" ");
}

const STATUS_FACTOR: Record<CatalogStatus, number> = {
  "in-force": 1.1,
  "not-yet-effective": 1.05,
  unknown: 1,
  replaced: 0.9,
  expired: 0.9,
};

export class CatalogSearch {
  private readonly docs: { entry: CatalogEntry; origin: CatalogOrigin; key: string; folded: string }[] = [];
  private readonly bySymbol = new Map<string, number>();
  private readonly index: MiniSearch<IndexedDoc>;

  /** Builds the index once. On a duplicate symbol the national entry (checked status) is kept. */
  constructor(sources: { national?: readonly CatalogEntry[]; org?: readonly CatalogEntry[] }) {
    const add = (entry: CatalogEntry, origin: CatalogOrigin) => {
      const key = entry.symbol ? symbolKey(entry.symbol) : `${origin}:${entry.id}`;
      if (entry.symbol && this.bySymbol.has(key)) return;
      const id = this.docs.length;
      this.docs.push({ entry, origin, key, folded: foldVi(entry.symbol).replace(/\s+/g, "") });
      if (entry.symbol) this.bySymbol.set(key, id);
    };
    for (const e of sources.national ?? []) add(e, "national");
    for (const e of sources.org ?? []) add(e, "org");
    this.index = new MiniSearch<IndexedDoc>({
      fields: ["type", "symbol", "title", "issuer", "aliases", "keys"],
      tokenize,
      processTerm,
      searchOptions: { tokenize, processTerm },
    });
    this.index.addAll(
      this.docs.map(({ entry: e }, id) => ({
        id,
        type: e.type,
        symbol: e.symbol,
        title: e.title,
        issuer: e.issuer,
        aliases: (e.aliases ?? []).join(" "),
        keys: keysOf(e),
      })),
    );
  }

  /** The catalog entry that replaced this one, when the catalog has it. */
  replacementOf(e: CatalogEntry): CatalogEntry | undefined {
    if (!e.replacedBy) return undefined;
    const id = this.bySymbol.get(symbolKey(e.replacedBy));
    return id === undefined ? undefined : this.docs[id].entry;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Entry by catalog id (first match). */
  byId(id: string): CatalogEntry | undefined {
    return this.docs.find((d) => d.entry.id === id)?.entry;
  }

  search(query: string, opts: CatalogSearchOptions = {}): CatalogSearchResult[] {
    const q = query.normalize("NFC").trim();
    if (!q) return [];
    const limit = opts.limit ?? 10;
    const cited = new Set([...(opts.citedSymbols ?? [])].map(symbolKey));
    const recentRank = new Map<string, number>();
    (opts.recent ?? []).forEach((r, i) => {
      if (!recentRank.has(r)) recentRank.set(r, i);
      const k = symbolKey(r);
      if (!recentRank.has(k)) recentRank.set(k, i);
    });
    const exactId = /[/-]/.test(q) ? this.bySymbol.get(symbolKey(q)) : undefined;
    const compact = foldVi(q).replace(/\s+/g, "");
    const partial = /^\d+[a-z]?[/-]/.test(compact) ? compact : undefined;

    const terms = tokenize(foldVi(q));
    const queries: Query[] = terms.map((t) => {
      const phrase = QUERY_ABBREVIATIONS[t];
      if (!phrase) return t;
      return { combineWith: "OR", queries: [t, { combineWith: "AND", queries: tokenize(foldVi(phrase)) }] };
    });
    const raw = terms.length
      ? this.index.search(
          { combineWith: "OR", queries },
          {
            boost: { symbol: 3, keys: 2, type: 1.5, aliases: 1.5, title: 1, issuer: 0.7 },
            prefix: (term, i, all) => !/^\d+$/.test(term) && (term.length >= 3 || i === all.length - 1),
            fuzzy: (term) => (term.length >= 6 && !/\d/.test(term) ? 1 : false),
          },
        )
      : [];
    const scored = new Map<number, number>();
    for (const r of raw) scored.set(r.id as number, r.score);
    if (exactId !== undefined && !scored.has(exactId)) scored.set(exactId, 1);

    const top = raw.length ? raw[0].score : 1;
    const results: CatalogSearchResult[] = [];
    for (const [id, score] of scored) {
      const d = this.docs[id];
      const e = d.entry;
      const exact = id === exactId;
      const isCited = d.entry.symbol !== "" && cited.has(d.key);
      const rr = recentRank.get(e.id) ?? recentRank.get(d.key);
      let s = score / top;
      if (partial && d.folded.startsWith(partial)) s *= 3;
      if (isCited) s *= 2;
      if (rr !== undefined) s *= 1.6 - Math.min(rr, 10) * 0.02;
      if (d.origin === "org") s *= 1.2;
      s *= STATUS_FACTOR[e.status];
      if (exact) s += 1000;
      results.push({
        entry: e,
        origin: d.origin,
        status: e.status,
        statusLabel: statusLabel(e, this.replacementOf(e)),
        score: s,
        exact,
        cited: isCited,
        recent: rr !== undefined,
      });
    }
    results.sort((a, b) => b.score - a.score || b.entry.date.localeCompare(a.entry.date));
    return results.slice(0, limit);
  }
}

export function createCatalogSearch(sources: {
  national?: readonly CatalogEntry[];
  org?: readonly CatalogEntry[];
}): CatalogSearch {
  return new CatalogSearch(sources);
}
