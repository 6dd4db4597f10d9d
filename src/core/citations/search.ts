/**
 * Catalog search on our term index (term-index.ts): diacritic- and đ-insensitive terms, abbreviation expansion
 * ("nđ" → Nghị định, "ubnd" → Ủy ban nhân dân), numbers and partial symbols, exact symbols first,
 * then documents already cited, recent picks, the organisation catalog, in force before replaced.
 */
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES } from "../rules/document-types";
import type { CatalogEntry, CatalogStatus } from "./catalog-schema";
import { statusLabel } from "./catalog";
import { foldVi, symbolKey } from "./text";
import { decodeBase64, encodeBase64, TermIndex, type SerializedTermIndex, type TermIndexHits } from "./term-index";
import { findTypedSymbol, type TypedSymbol } from "./typed-symbol";

/** Where an entry came from: the curated national catalog, the organisation's, or the codification layer. */
export type CatalogOrigin = "org" | "national" | "codified";

export interface CatalogSearchOptions {
  limit?: number;
  /** Documents already cited in the open document: symbols (as found by findCitations) or catalog ids. */
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
  /** "symbol" only when this entry's symbol is the one typed in the query; "text" for every other hit. */
  match: "symbol" | "text";
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

const ABBR_PHRASES: readonly [string, string][] = Object.entries(QUERY_ABBREVIATIONS).map(([k, v]) => [
  k,
  ` ${foldVi(v)} `,
]);

/**
 * Generated keys: the abbreviations an officer may type for this entry (its type's, its issuer's, and any
 * abbreviation whose phrase occurs in it). Expanding "ubnd" ↔ "ủy ban nhân dân" at index time keeps a
 * query on a 100,000-entry catalog to the few postings of the abbreviation instead of three common words.
 */
function keysOf(e: CatalogEntry, folded: { type: string; issuer: string; title: string }): string {
  const keys = new Set<string>();
  const abbr = TYPE_ABBR_BY_NAME.get(e.type);
  if (abbr) keys.add(abbr);
  for (const [re, k] of ISSUER_KEYS) if (re.test(e.issuer)) keys.add(k);
  const hay = ` ${folded.type} ${folded.issuer} ${folded.title} `.replace(/[^a-z0-9]+/g, " ");
  for (const [k, phrase] of ABBR_PHRASES) if (hay.includes(phrase)) keys.add(k);
  if (e.date) keys.add(e.date.slice(0, 4));
  return [...keys].join(" ");
}

/** Type words in a query ("nghi dinh", "nđ") → the folded type name they ask for. */
const QUERY_TYPES: readonly [string[], string][] = (() => {
  const out: [string[], string][] = [];
  const names = new Set([...QPPL_TYPES, ...DOCUMENT_TYPES, ...PARTY_TYPES].map((t) => t.name));
  for (const n of [...names, "Kết luận", "Công văn", "Bộ luật"]) out.push([tokenize(foldVi(n)), foldVi(n)]);
  for (const [k, v] of Object.entries(QUERY_ABBREVIATIONS)) {
    if (names.has(v.charAt(0).toLocaleUpperCase("vi") + v.slice(1)) || v === "kết luận" || v === "công văn") {
      out.push([[k], foldVi(v)]);
    }
  }
  return out.sort((a, b) => b[0].length - a[0].length);
})();

const TYPE_ABBRS = new Set(QUERY_TYPES.filter(([w]) => w.length === 1).map(([w]) => w[0]));

/** Words that say nothing about which document is meant. */
const STOP_WORDS = new Set(["ve", "viec", "cua", "va", "so", "ngay", "thang", "cac", "nhung", "trong", "tren", "theo"]);

const STATUS_FACTOR: Record<CatalogStatus, number> = {
  "in-force": 1.1,
  "not-yet-effective": 1.05,
  unknown: 1,
  replaced: 0.9,
  expired: 0.9,
};

/** The indexed fields and their weights: a symbol or a typed abbreviation says more than a title word. */
const FIELDS = ["type", "symbol", "title", "issuer", "aliases", "keys"] as const;
const BOOSTS = [1.5, 3, 1, 0.7, 1.5, 2];

/** The words of an entry, field by field, as the index stores them. */
function fieldWords(e: CatalogEntry): string[][] {
  const folded = { type: foldVi(e.type), issuer: foldVi(e.issuer), title: foldVi(e.title) };
  return [
    tokenize(folded.type),
    tokenize(foldVi(e.symbol)),
    tokenize(folded.title),
    tokenize(folded.issuer),
    e.aliases?.length ? tokenize(foldVi(e.aliases.join(" "))) : [],
    tokenize(keysOf(e, folded)),
  ];
}

/** A catalog's prebuilt index: its term index and each entry's symbol key, so loading computes neither. */
export interface SerializedCatalogIndex extends SerializedTermIndex {
  /** symbolKey of each entry's symbol, one per line ("" for an entry without one). */
  keys: string;
  /**
   * The entries with a symbol, by key and then position (Int32, base64): a symbol is found by binary search
   * and a repeated one is seen beside its first, so loading builds no hash table of 100,000 keys.
   */
  order?: string;
}

/** Positions of the entries with a key, sorted by key, then position. */
function keyOrder(keys: readonly string[]): Int32Array {
  const order: number[] = [];
  keys.forEach((k, i) => k !== "" && order.push(i));
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
  return Int32Array.from(order);
}

/** The prebuilt index of one catalog (`vbhc catalog build` writes it beside the catalog). */
export function buildCatalogIndex(entries: readonly CatalogEntry[]): SerializedCatalogIndex {
  const keys = entries.map((e) => (e.symbol ? symbolKey(e.symbol) : ""));
  const order = keyOrder(keys);
  return {
    ...TermIndex.build(FIELDS, entries.map(fieldWords)).toJSON(),
    keys: keys.join("\n"),
    order: encodeBase64(new Uint8Array(order.buffer)),
  };
}

/** Finds a key's first entry in one catalog: by binary search in the sorted order, else -1. */
function keyFinder(keys: readonly string[], order: Int32Array): (key: string) => number {
  return (key) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[order[mid]] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < order.length && keys[order[lo]] === key ? order[lo] : -1;
  };
}

/** Folded type names: a catalog has a few dozen types, so each is folded once. */
const FOLDED_TYPE = new Map<string, string>();

interface Segment {
  index: TermIndex;
  /** Global document id of each of the segment's entries; -1 where an earlier catalog holds the symbol. */
  toGlobal: Int32Array;
  /** The position of a symbol key's first entry in this catalog, or -1. */
  find(key: string): number;
}

interface SearchDoc {
  entry: CatalogEntry;
  origin: CatalogOrigin;
  key: string;
  /** Its segment and its document number there. */
  segment: number;
  local: number;
}

export class CatalogSearch {
  private readonly docs: SearchDoc[] = [];
  private readonly segments: Segment[] = [];
  /** Per document, what ranking reads for every hit, kept apart from the entries so a query reads numbers. */
  private status = new Float64Array(0);
  private originFactor = new Float64Array(0);
  /** Per document, computed on first use: the symbol folded without spaces, and a number for its folded type. */
  private foldedSymbols: (string | undefined)[] = [];
  private typeCodes?: Int32Array;
  private readonly typeNames: string[] = [];
  /** Documents by catalog id, built on first use. */
  private idIndex?: Map<string, number[]>;

  /**
   * One index per catalog, built here or loaded from a prebuilt one (`indexes`, used when it covers the same
   * number of entries). On a duplicate symbol the first catalog wins: national (checked status), then the
   * organisation's, then the codification layer.
   */
  constructor(
    sources: {
      national?: readonly CatalogEntry[];
      org?: readonly CatalogEntry[];
      codified?: readonly CatalogEntry[];
    },
    indexes: { national?: SerializedCatalogIndex; codified?: SerializedCatalogIndex } = {},
  ) {
    const addSource = (entries: readonly CatalogEntry[], origin: CatalogOrigin, prebuilt?: SerializedCatalogIndex) => {
      if (entries.length === 0) return;
      // An index from an older format, or of another catalog, is rebuilt rather than misread.
      const usable = prebuilt !== undefined && prebuilt.version === 2 && prebuilt.docs === entries.length;
      const segment = this.segments.length;
      const keys = usable ? prebuilt.keys.split("\n") : entries.map((e) => (e.symbol ? symbolKey(e.symbol) : ""));
      const order = usable && prebuilt.order ? new Int32Array(decodeBase64(prebuilt.order).buffer) : keyOrder(keys);
      // A symbol repeated in this catalog: every entry after its first, which sorts just before it.
      const repeated = new Uint8Array(entries.length);
      for (let p = 1; p < order.length; p++) if (keys[order[p]] === keys[order[p - 1]]) repeated[order[p]] = 1;
      const toGlobal = new Int32Array(entries.length);
      entries.forEach((entry, i) => {
        const key = entry.symbol ? keys[i] : `${origin}:${entry.id}`;
        if (entry.symbol && (repeated[i] || (segment > 0 && this.lookup(key) !== undefined))) {
          toGlobal[i] = -1;
          return;
        }
        toGlobal[i] = this.docs.length;
        this.docs.push({ entry, origin, key, segment, local: i });
      });
      const index = usable ? TermIndex.fromJSON(prebuilt) : TermIndex.build(FIELDS, entries.map(fieldWords));
      this.segments.push({ index, toGlobal, find: keyFinder(keys, order) });
    };
    addSource(sources.national ?? [], "national", indexes.national);
    addSource(sources.org ?? [], "org");
    // Lowest trust last: a symbol the curated or the organisation catalog holds keeps their entry.
    addSource(sources.codified ?? [], "codified", indexes.codified);
    this.status = new Float64Array(this.docs.length);
    this.originFactor = new Float64Array(this.docs.length);
    for (let i = 0; i < this.docs.length; i++) {
      const d = this.docs[i];
      this.status[i] = STATUS_FACTOR[d.entry.status];
      this.originFactor[i] = d.origin === "org" ? 1.2 : d.origin === "codified" ? 0.9 : 1;
    }
    this.foldedSymbols = new Array<string | undefined>(this.docs.length);
  }

  /** The document holding a symbol key: the first catalog's that has it, its first entry there. */
  private lookup(key: string): number | undefined {
    for (const seg of this.segments) {
      const local = seg.find(key);
      if (local >= 0) return seg.toGlobal[local];
    }
    return undefined;
  }

  private df(term: string): number {
    let n = 0;
    for (const s of this.segments) n += s.index.df(term);
    return n;
  }

  private known(term: string): boolean {
    return this.segments.some((s) => s.index.has(term));
  }

  /** The symbol folded without spaces: its key in lower case (the key is folded already). */
  private folded(id: number): string {
    let f = this.foldedSymbols[id];
    if (f === undefined) {
      const d = this.docs[id];
      this.foldedSymbols[id] = f = d.entry.symbol ? d.key.toLowerCase() : "";
    }
    return f;
  }

  /** Each document's folded type as a number, and the numbers' names. */
  private types(): Int32Array {
    if (this.typeCodes) return this.typeCodes;
    const codes = new Map<string, number>();
    this.typeCodes = Int32Array.from(this.docs, (d) => {
      let c = codes.get(d.entry.type);
      if (c === undefined) {
        let t = FOLDED_TYPE.get(d.entry.type);
        if (t === undefined) FOLDED_TYPE.set(d.entry.type, (t = foldVi(d.entry.type)));
        codes.set(d.entry.type, (c = this.typeNames.length));
        this.typeNames.push(t);
      }
      return c;
    });
    return this.typeCodes;
  }

  /** Documents whose catalog id is `id`, in catalog order. */
  private withId(id: string): readonly number[] {
    if (!this.idIndex) {
      this.idIndex = new Map();
      this.docs.forEach((d, i) => {
        const list = this.idIndex?.get(d.entry.id);
        if (list) list.push(i);
        else this.idIndex?.set(d.entry.id, [i]);
      });
    }
    return this.idIndex.get(id) ?? [];
  }

  /** Documents whose key is `key`: the symbol's, or "origin:id" for an entry without a symbol. */
  private withKey(key: string): number[] {
    const bySymbol = this.lookup(key);
    if (bySymbol !== undefined) return [bySymbol];
    const m = /^(org|national|codified):/.exec(key);
    return m ? this.withId(key.slice(m[0].length)).filter((i) => this.docs[i].key === key) : [];
  }

  /** The catalog entry that replaced this one, when the catalog has it. */
  replacementOf(e: CatalogEntry): CatalogEntry | undefined {
    if (!e.replacedBy) return undefined;
    const id = this.lookup(symbolKey(e.replacedBy));
    return id === undefined ? undefined : this.docs[id].entry;
  }

  get size(): number {
    return this.docs.length;
  }

  /** The symbol typed in a query, what it says, and whether a catalog holds it. */
  typedSymbol(query: string): (TypedSymbol & { inCatalog: boolean }) | undefined {
    const t = findTypedSymbol(query);
    return t && { ...t, inCatalog: this.lookup(symbolKey(t.composed.symbol)) !== undefined };
  }

  /** Entry by catalog id (first match). */
  byId(id: string): CatalogEntry | undefined {
    const first = this.withId(id)[0];
    return first === undefined ? undefined : this.docs[first].entry;
  }

  search(query: string, opts: CatalogSearchOptions = {}): CatalogSearchResult[] {
    const q = query.normalize("NFC").trim();
    if (!q) return [];
    const limit = opts.limit ?? 10;
    const citedRaw = [...(opts.citedSymbols ?? [])];
    const cited = new Set([...citedRaw.map(symbolKey), ...citedRaw]);
    const isCited = (d: { key: string; entry: CatalogEntry }) =>
      cited.size > 0 && ((d.entry.symbol !== "" && cited.has(d.key)) || cited.has(d.entry.id));
    const recentRank = new Map<string, number>();
    (opts.recent ?? []).forEach((r, i) => {
      if (!recentRank.has(r)) recentRank.set(r, i);
      const k = symbolKey(r);
      if (!recentRank.has(k)) recentRank.set(k, i);
    });
    const rankOf = (d: SearchDoc) => recentRank.get(d.entry.id) ?? recentRank.get(d.key);
    // The few documents cited or picked recently, found once by id and key instead of asked for every hit.
    const citedDocs = new Set<number>();
    const recentDocs = new Map<number, number>();
    for (const c of cited) {
      for (const i of [...this.withId(c), ...this.withKey(c)]) if (isCited(this.docs[i])) citedDocs.add(i);
    }
    for (const r of recentRank.keys()) {
      for (const i of [...this.withId(r), ...this.withKey(r)]) {
        const rr = rankOf(this.docs[i]);
        if (rr !== undefined) recentDocs.set(i, rr);
      }
    }
    const typed = findTypedSymbol(q);
    const exactId =
      (/[/-]/.test(q) ? this.lookup(symbolKey(q)) : undefined) ??
      (typed ? this.lookup(symbolKey(typed.composed.symbol)) : undefined);
    // A number typed with its slash ("110/2004", "33/CT") anywhere in the query asks for that document.
    const compact = foldVi(q).replace(/\s+/g, "");
    const partial = /^\d+[a-z]?[/-]/.test(compact) ? compact : /(?:^|\s)(\d+[a-z]?[/-][^\s]*)/.exec(foldVi(q))?.[1];

    // Type words become a ranking preference instead of a text term: "nghị định" alone matches a third of
    // a national catalog, which would make every query slow without helping to tell documents apart.
    // A well-formed symbol is looked up, not searched as words: its year and term number ("2018", "qh14")
    // would otherwise bring up every law of that term as if it were the one typed.
    const textQuery = typed ? q.slice(0, typed.start) + " " + q.slice(typed.end) : q;
    const all = tokenize(foldVi(textQuery));
    let wantType: string | undefined;
    let terms = all;
    for (let i = 0; i < all.length && !wantType; i++) {
      for (const [words, name] of QUERY_TYPES) {
        if (words.every((w, j) => all[i + j] === w)) {
          const rest = [...all.slice(0, i), ...all.slice(i + words.length)];
          if (rest.length > 0) {
            wantType = name;
            terms = rest;
          }
          break;
        }
      }
    }
    // Query expansion the other way: "uy ban nhan dan" also looks for the "ubnd" key.
    const spaced = ` ${terms.join(" ")} `;
    const expansions = new Map<string, string[]>();
    for (const [abbr, phrase] of ABBR_PHRASES) {
      if (!TYPE_ABBRS.has(abbr) && spaced.includes(phrase) && !terms.includes(abbr)) {
        terms = [...terms, abbr];
        expansions.set(abbr, tokenize(phrase));
      }
    }
    const meaningful = terms.filter((t) => !STOP_WORDS.has(t));
    if (meaningful.length > 0) terms = meaningful;
    // Beside a typed symbol, a lone type word ("Luật số 24/2018/QH14") asks for nothing more.
    if (typed && terms.every((t) => STOP_WORDS.has(t) || QUERY_TYPES.some(([w]) => w.includes(t)))) terms = [];
    // On a large catalog, words in more than a tenth of it ("ubnd", "tinh") are not searched: they would
    // score tens of thousands of postings. They still count, as a boost on the hits of the rarer words.
    let common: string[] = [];
    if (this.docs.length > 5000 && terms.length > 0) {
      const limitDf = this.docs.length / 10;
      const rare = terms.filter((t) => this.df(t) <= limitDf);
      // With only common words, search the least common one and let the others boost.
      const keep = rare.length > 0 ? rare : [terms.reduce((a, b) => (this.df(a) <= this.df(b) ? a : b))];
      common = terms.filter((t) => !keep.includes(t));
      terms = keep;
    }
    const last = terms[terms.length - 1];
    // Type-ahead: only an unfinished last word (not a known word, not a number) is a prefix.
    const prefixLast = last !== undefined && last.length >= 2 && !/^\d+$/.test(last) && !this.known(last);
    const found: TermIndexHits[] = [];
    let top = 0;
    if (terms.length) {
      const stats = { docs: this.segments.reduce((n, sg) => n + sg.index.docCount, 0), df: (t: string) => this.df(t) };
      for (const seg of this.segments) {
        const hits = seg.index.searchInto(terms, BOOSTS, prefixLast, this.segments.length > 1 ? stats : undefined);
        for (let i = 0; i < hits.count; i++) {
          const d = hits.docs[i];
          if (seg.toGlobal[d] >= 0 && hits.score[d] > top) top = hits.score[d];
        }
        found.push(hits);
      }
    }
    if (top === 0) top = 1;
    // Each common word as its term number in each segment, to boost the hits that hold it.
    const commonIds = common.map((c) => this.segments.map((sg) => sg.index.termId(c)));
    // Ordinary words must mostly match (two in three): one shared word (“công”, “tác”) is not a result.
    // An abbreviation found for a phrase ("ubnd" for "uy ban nhan dan") matches the phrase's words too.
    const asked = terms.filter((t) => !expansions.has(t));
    const needed = asked.length >= 2 ? Math.ceil((asked.length * 2) / 3) : 1;
    // For each searched term, the asked words it stands for (itself, or an abbreviation's phrase).
    const covers = terms.map((t) =>
      (expansions.get(t) ?? [t]).reduce((bits, w) => (asked.includes(w) ? bits | (1 << asked.indexOf(w)) : bits), 0),
    );
    const matchedWords = (mask: number) => {
      if (asked.length === 0) return popcount(mask);
      let bits = 0;
      for (let q = 0; q < covers.length; q++) if (mask & (1 << q)) bits |= covers[q];
      return popcount(bits);
    };
    const types = wantType !== undefined ? this.types() : undefined;
    // Several spellings of a type may fold to the one asked for.
    const wanted = types ? this.typeNames.map((n) => n === wantType) : [];
    const { status, originFactor } = this;
    const score = (id: number, raw: number, segment: number, local: number): number => {
      let s = raw / top;
      // A typed number outranks any number of shared words (“nghi dinh 110/2004 cong tac van thu”).
      if (partial && this.folded(id).startsWith(partial)) s += 500;
      if (citedDocs.size > 0 && citedDocs.has(id)) s *= 2;
      if (recentDocs.size > 0) {
        const rr = recentDocs.get(id);
        if (rr !== undefined) s *= 1.6 - Math.min(rr, 10) * 0.02;
      }
      if (types && wanted[types[id]]) s *= 1.5;
      for (const ids of commonIds)
        if (ids[segment] >= 0 && this.segments[segment].index.holds(ids[segment], local)) s *= 1.3;
      s *= originFactor[id];
      s *= status[id];
      if (id === exactId) s += 1000;
      return s;
    };
    // The best `limit` hits, kept as they come (score, then the newer date, then the first found).
    const best = new TopHits(limit, (a, b) => this.docs[b].entry.date.localeCompare(this.docs[a].entry.date));
    let sawExact = false;
    found.forEach((hits, sg) => {
      const toGlobal = this.segments[sg].toGlobal;
      for (let i = 0; i < hits.count; i++) {
        const d = hits.docs[i];
        const id = toGlobal[d];
        if (id < 0) continue;
        if (id === exactId) sawExact = true;
        const byNumber = id === exactId || (partial !== undefined && this.folded(id).startsWith(partial));
        if (byNumber || matchedWords(hits.mask[d]) >= needed) best.offer(id, score(id, hits.score[d], sg, d));
      }
    });
    if (exactId !== undefined && !sawExact) {
      const d = this.docs[exactId];
      best.offer(exactId, score(exactId, top, d.segment, d.local));
    }
    return best.sorted().map(([id, s]) => {
      const d = this.docs[id];
      const e = d.entry;
      const rr = rankOf(d);
      return {
        entry: e,
        origin: d.origin,
        status: e.status,
        statusLabel: statusLabel(e, this.replacementOf(e)),
        score: s,
        exact: id === exactId,
        match: id === exactId ? "symbol" : "text",
        cited: isCited(d),
        recent: rr !== undefined,
      };
    });
  }
}

function popcount(n: number): number {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
}

/**
 * The best `k` of a stream of (id, score), in a heap whose root is the worst kept: the same first `k` as a
 * stable sort of every hit by score, then `tie`, then arrival, without sorting (or keeping) the rest.
 */
class TopHits {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];
  private readonly order: number[] = [];
  private arrived = 0;

  constructor(
    private readonly k: number,
    /** Negative when a comes before b at equal scores. */
    private readonly tie: (a: number, b: number) => number,
  ) {}

  /** Whether kept entry i comes before kept entry j. */
  private before(si: number, ii: number, oi: number, sj: number, ij: number, oj: number): boolean {
    if (si !== sj) return si > sj;
    const t = this.tie(ii, ij);
    return t !== 0 ? t < 0 : oi < oj;
  }

  offer(id: number, score: number): void {
    const n = this.ids.length;
    const order = this.arrived++;
    if (n < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      this.order.push(order);
      this.siftUp(n);
    } else if (n > 0 && this.before(score, id, order, this.scores[0], this.ids[0], this.order[0])) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.order[0] = order;
      this.siftDown(0);
    }
  }

  /** The kept entries, best first. */
  sorted(): [number, number][] {
    const idx = this.ids.map((_, i) => i);
    idx.sort((a, b) =>
      this.before(this.scores[a], this.ids[a], this.order[a], this.scores[b], this.ids[b], this.order[b]) ? -1 : 1,
    );
    return idx.map((i) => [this.ids[i], this.scores[i]]);
  }

  /** Whether heap slot a should sit above slot b (a is worse). */
  private worse(a: number, b: number): boolean {
    return this.before(this.scores[b], this.ids[b], this.order[b], this.scores[a], this.ids[a], this.order[a]);
  }

  private swap(a: number, b: number): void {
    for (const xs of [this.ids, this.scores, this.order]) [xs[a], xs[b]] = [xs[b], xs[a]];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.ids.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < n && this.worse(l, w)) w = l;
      if (r < n && this.worse(r, w)) w = r;
      if (w === i) return;
      this.swap(i, w);
      i = w;
    }
  }
}
