/**
 * The catalog search figures of `npm run bench`: on a synthetic catalog (BENCH_ENTRIES, 100,000), the index
 * built and loaded prebuilt, query latency against a naive linear scan in the same run, minisearch as the
 * other candidate, and the pane's real catalog file (dist/catalog/) parsed and loaded.
 * Latency is each query's median over several passes, so one slow moment of a shared machine does not
 * decide a percentile.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { performance } from "perf_hooks";
import MiniSearch from "minisearch";
import type { CatalogEntry } from "../src/core/citations/catalog-schema";
import { buildCatalogIndex, CatalogSearch, type SerializedCatalogIndex } from "../src/core/citations/search";
import { foldVi } from "../src/core/citations/text";
import { makeQueries, minisearchIndex, naiveIndex, naiveSearch, synthesise } from "./bench-catalog";

const ROUNDS = 5;
const LOADS = 3;
const MINI_FIELDS = { fields: ["type", "symbol", "title", "issuer"] };

export interface SearchFigures {
  catalogEntries: number;
  queries: number;
  rounds: number;
  p50Ms: number;
  p95Ms: number;
  /** p95 of the first pass right after a load, when postings are still being decoded. */
  coldP95Ms: number;
  scanP50Ms: number;
  scanP95Ms: number;
  /** Linear scan p95 over search p95. */
  ratio: number;
  indexBuildMs: number;
  indexLoadMs: number;
  indexJsonMB: number;
  /** JSON.parse of the catalog entries themselves, which the index does not include. */
  catalogParseMs: number;
  catalogJsonMB: number;
  minisearch: { buildMs: number; loadMs: number; p95Ms: number };
  /** The pane's own catalog file from dist/: parsed and loaded into a search as the pane does. */
  paneCatalog?: { file: string; entries: number; kb: number; gzipKB: number; loadMs: number };
  slowest: { q: string; ms: number }[];
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

const median = (xs: readonly number[]) => percentile(xs, 50);

export function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/** Each query's median latency over `rounds` passes. */
function latencies(queries: readonly string[], rounds: number, run: (q: string) => unknown): number[] {
  const per = queries.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) queries.forEach((q, i) => per[i].push(time(() => run(q))[1]));
  return per.map(median);
}

function paneCatalog(dist: string): SearchFigures["paneCatalog"] {
  const dir = path.join(dist, "catalog");
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith(".json")) : undefined;
  if (!file) return undefined;
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const load = () => {
    const d = JSON.parse(text) as {
      national: CatalogEntry[];
      codified: CatalogEntry[];
      indexes: { national?: SerializedCatalogIndex; codified?: SerializedCatalogIndex };
    };
    return new CatalogSearch({ national: d.national, codified: d.codified }, d.indexes);
  };
  const runs = Array.from({ length: 5 }, () => time(load));
  return {
    file: `catalog/${file}`,
    entries: runs[0][0].size,
    kb: Buffer.byteLength(text) / 1024,
    gzipKB: zlib.gzipSync(text).length / 1024,
    loadMs: median(runs.map((r) => r[1])),
  };
}

export function benchSearch(national: readonly CatalogEntry[], n: number, dist: string): SearchFigures {
  const entries = synthesise(national, n);
  const queries = makeQueries(entries);
  const catalogJson = JSON.stringify(entries);
  const catalogParseMs = time(() => JSON.parse(catalogJson))[1];

  const indexBuildMs = time(() => new CatalogSearch({ national: entries }))[1];
  // What `vbhc catalog build --index` publishes and the pane loads: the prebuilt index as JSON text.
  const indexJson = JSON.stringify(buildCatalogIndex(entries));
  const load = () =>
    new CatalogSearch({ national: entries }, { national: JSON.parse(indexJson) as SerializedCatalogIndex });
  const loads = Array.from({ length: LOADS }, () => time(load));
  const search = loads[loads.length - 1][0];
  const ask = (q: string) => search.search(q, { limit: 10 });
  const cold = queries.map((q) => time(() => ask(q))[1]);
  const lat = latencies(queries, ROUNDS, ask);

  const folded = naiveIndex(entries);
  const scan = latencies(queries, 1, (q) => naiveSearch(folded, q));

  // The other candidate, side by side: minisearch over the same folded fields, built and loaded from JSON.
  const [mini, miniBuildMs] = time(() => minisearchIndex(entries));
  const miniJson = JSON.stringify(mini);
  const miniLoadMs = time(() => MiniSearch.loadJSON(miniJson, MINI_FIELDS))[1];
  const miniLat = latencies(queries, 1, (q) => mini.search(foldVi(q), { prefix: true, combineWith: "OR" }));

  const p95 = percentile(lat, 95);
  return {
    catalogEntries: entries.length,
    queries: queries.length,
    rounds: ROUNDS,
    p50Ms: percentile(lat, 50),
    p95Ms: p95,
    coldP95Ms: percentile(cold, 95),
    scanP50Ms: percentile(scan, 50),
    scanP95Ms: percentile(scan, 95),
    ratio: percentile(scan, 95) / Math.max(p95, 1e-6),
    indexBuildMs,
    indexLoadMs: median(loads.map((l) => l[1])),
    indexJsonMB: indexJson.length / 1e6,
    catalogParseMs,
    catalogJsonMB: catalogJson.length / 1e6,
    minisearch: { buildMs: miniBuildMs, loadMs: miniLoadMs, p95Ms: percentile(miniLat, 95) },
    paneCatalog: paneCatalog(dist),
    slowest: queries
      .map((q, i) => ({ q, ms: lat[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
  };
}
