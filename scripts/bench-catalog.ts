/**
 * The synthetic catalog `npm run bench` searches: entries shaped like the national catalog's, queries typed
 * the ways officers type them, and the naive linear scan the index is measured against. Deterministic, so
 * every run measures the same catalog and queries.
 */
import MiniSearch from "minisearch";
import type { CatalogEntry } from "../src/core/citations/catalog-schema";
import { foldVi } from "../src/core/citations/text";

export const QUERIES = 200;

/** Small deterministic PRNG (mulberry32) so every run measures the same catalog and queries. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Synthetic entries shaped like the real ones: same types, symbol forms, issuers and title vocabulary. */
export function synthesise(real: readonly CatalogEntry[], n: number): CatalogEntry[] {
  const rnd = prng(20260305);
  const vocab = [...new Set(real.flatMap((e) => e.title.split(/\s+/)).filter((w) => w.length > 1))];
  const issuers = [...new Set(real.map((e) => e.issuer).filter(Boolean))];
  const provinces = ["Trà Vinh", "Tây Ninh", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Lào Cai", "Nghệ An", "Bình Định"];
  const seen = new Set<string>();
  const out: CatalogEntry[] = [];
  for (let i = 0; out.length < n; i++) {
    const t = real[i % real.length];
    const year = 1995 + Math.floor(rnd() * 32);
    const num = 1 + Math.floor(rnd() * 3000);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
    let symbol: string;
    if (!t.symbol) symbol = "";
    else if (t.family === "party") symbol = t.symbol.replace(/^\d+[a-z]?/, String(num));
    else if (t.family === "qppl") symbol = t.symbol.replace(/^\d+[a-z]?\/\d{4}/, `${num}/${year}`);
    else symbol = t.symbol.replace(/^\d+[a-z]?/, String(num));
    const key = symbol || `${t.type}-${i}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = Array.from({ length: 4 + Math.floor(rnd() * 10) }, () => pick(rnd, vocab));
    const issuer = rnd() < 0.3 ? `Ủy ban nhân dân tỉnh ${pick(rnd, provinces)}` : pick(rnd, issuers);
    out.push({
      ...t,
      id: `syn-${i}`,
      symbol,
      date,
      issuer,
      title: `về ${words.join(" ")}`,
      status: pick(rnd, ["in-force", "replaced", "unknown"] as const),
      replacedBy: null,
      replacedOn: null,
    });
  }
  return out;
}

function abbrOf(type: string): string {
  const map: Record<string, string> = {
    "Nghị định": "nd",
    "Quyết định": "qd",
    "Chỉ thị": "ct",
    "Thông tư": "tt",
    "Kết luận": "kl",
    "Nghị quyết": "nq",
    "Kế hoạch": "kh",
  };
  return map[type] ?? foldVi(type);
}

/** Queries typed the ways the query set types them: exact symbols, abbreviation + number, words. */
export function makeQueries(entries: readonly CatalogEntry[]): string[] {
  const rnd = prng(7);
  const qs: string[] = [];
  while (qs.length < QUERIES) {
    const e = pick(rnd, entries);
    const num = e.symbol.match(/^\d+/)?.[0] ?? "";
    const titleWords = foldVi(e.title).split(/\s+/).slice(1, 3).join(" ");
    switch (qs.length % 4) {
      case 0:
        if (e.symbol) qs.push(e.symbol);
        break;
      case 1:
        if (num) qs.push(`${abbrOf(e.type)} ${num}`);
        break;
      case 2:
        qs.push(`${foldVi(e.type)} ${num} ${titleWords}`.trim());
        break;
      default:
        if (e.family === "qppl" && num) qs.push(`${num}/${e.date.slice(0, 4)}`);
        else qs.push(titleWords);
    }
  }
  return qs;
}

/** The baseline: fold every entry once, then scan all of them for each query. */
export function naiveIndex(entries: readonly CatalogEntry[]): string[] {
  return entries.map((e) => foldVi(`${e.type} ${e.symbol} ${e.title} ${e.issuer}`));
}
export function naiveSearch(folded: readonly string[], query: string, limit = 10): number[] {
  const terms = foldVi(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const hits: { i: number; s: number }[] = [];
  for (let i = 0; i < folded.length; i++) {
    let s = 0;
    for (const t of terms) if (folded[i].includes(t)) s++;
    if (s > 0) hits.push({ i, s });
  }
  hits.sort((a, b) => b.s - a.s);
  return hits.slice(0, limit).map((h) => h.i);
}

/** The candidate the catalog search used before: minisearch with the same fields, folded. */
export function minisearchIndex(entries: readonly CatalogEntry[]): MiniSearch {
  const m = new MiniSearch({ fields: ["type", "symbol", "title", "issuer"] });
  m.addAll(
    entries.map((e, id) => ({
      id,
      type: foldVi(e.type),
      symbol: foldVi(e.symbol),
      title: foldVi(e.title),
      issuer: foldVi(e.issuer),
    })),
  );
  return m;
}
