/**
 * npm run bench: catalog search on a synthetic 100,000-entry catalog (our term index, built and loaded
 * prebuilt, and minisearch as the other candidate, each vs a naive linear scan measured in the same run), the
 * check engine on a large generated document (vs one regex pass), and vbhc check and fix of a 10,000-paragraph
 * .docx against LibreOffice's text conversion of the same file.
 * Prints a table and writes test-output/bench.json. Not part of npm test: timings depend on the machine.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { loadCatalog } from "../src/core/citations/catalog";
import type { CatalogEntry } from "../src/core/citations/catalog-schema";
import { buildCatalogIndex, CatalogSearch, type SerializedCatalogIndex } from "../src/core/citations/search";
import { foldVi } from "../src/core/citations/text";
import { makeQueries, minisearchIndex, naiveIndex, naiveSearch, pick, prng, synthesise } from "./bench-catalog";
import { snapshotFromText } from "../src/core/model/document";
import { writeDocxPackage } from "../src/docx/package-writer";
import { benchPane } from "./bench-pane";

const ROOT = path.resolve(__dirname, "..");
const N = Number(process.env.BENCH_ENTRIES ?? 100_000);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

interface Row {
  name: string;
  ms: number;
  baselineMs: number;
}

async function main(): Promise<void> {
  const national = loadCatalog(
    JSON.parse(fs.readFileSync(path.join(ROOT, "data/national-catalog.json"), "utf8")),
  ).entries;
  const entries = synthesise(national, N);
  const queries = makeQueries(entries);

  const [built, buildMs] = time(() => new CatalogSearch({ national: entries }));
  // What `vbhc catalog build` publishes and the pane loads: the catalog's prebuilt index, as JSON text.
  const indexJson = JSON.stringify(buildCatalogIndex(entries));
  const [search, loadMs] = time(
    () => new CatalogSearch({ national: entries }, { national: JSON.parse(indexJson) as SerializedCatalogIndex }),
  );
  void built;
  const [folded, naiveBuildMs] = time(() => naiveIndex(entries));
  const lat: number[] = [];
  const naiveLat: number[] = [];
  for (const q of queries) search.search(q, { limit: 10 }); // warm-up
  for (const q of queries) lat.push(time(() => search.search(q, { limit: 10 }))[1]);
  const slowest = queries
    .map((q, i) => ({ q, ms: lat[i] }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  for (const q of queries) naiveLat.push(time(() => naiveSearch(folded, q))[1]);
  // The other candidate measured side by side: minisearch over the same folded fields.
  const [mini, miniBuildMs] = time(() => minisearchIndex(entries));
  const miniLat = queries.map((q) => time(() => mini.search(foldVi(q), { prefix: true, combineWith: "OR" }))[1]);

  const rows: Row[] = [
    { name: `catalog index build (${entries.length} entries)`, ms: buildMs, baselineMs: naiveBuildMs },
    {
      name: `catalog index load, prebuilt (${(indexJson.length / 1e6).toFixed(1)} MB JSON)`,
      ms: loadMs,
      baselineMs: naiveBuildMs,
    },
    { name: `search p50 (${queries.length} queries)`, ms: percentile(lat, 50), baselineMs: percentile(naiveLat, 50) },
    { name: "search p95", ms: percentile(lat, 95), baselineMs: percentile(naiveLat, 95) },
    { name: "minisearch index build (candidate)", ms: miniBuildMs, baselineMs: naiveBuildMs },
    { name: "minisearch search p95 (candidate)", ms: percentile(miniLat, 95), baselineMs: percentile(naiveLat, 95) },
  ];

  // The check engine over a large document, when the engine exists.
  const enginePath = path.join(ROOT, "src/core/checks/engine.ts");
  let engine: { paragraphs: number; characters: number } | undefined;
  let runChecks: ((d: ReturnType<typeof snapshotFromText>, o?: object) => unknown) | undefined;
  if (fs.existsSync(enginePath)) {
    try {
      ({ runChecks } = (await import("../src/core/checks/engine")) as { runChecks: typeof runChecks });
    } catch (err) {
      console.warn(`check engine not measured: it does not load (${(err as Error).message.split("\n")[0]})`);
    }
  }
  if (runChecks) {
    const seedsDir = path.resolve(ROOT, "../shared/seeds");
    const body = fs.existsSync(seedsDir)
      ? fs
          .readdirSync(seedsDir)
          .filter((f) => f.endsWith(".txt"))
          .map((f) => fs.readFileSync(path.join(seedsDir, f), "utf8"))
          .join("\n")
      : entries
          .slice(0, 500)
          .map((e) => `Thực hiện ${e.type} số ${e.symbol} của ${e.issuer} ${e.title};`)
          .join("\n");
    const text = Array.from({ length: 20 }, () => body).join("\n");
    const doc = snapshotFromText(text);
    runChecks(doc); // warm-up
    const runs = Array.from({ length: 3 }, () => time(() => runChecks(doc))[1]);
    const re = /\d[\dA-Za-zĐđ]*(?:[-/][A-Za-zĐđ0-9]+)+|ngày\s+\d{1,2}/gu;
    const baseRuns = Array.from({ length: 3 }, () => time(() => text.match(re)?.length ?? 0)[1]);
    engine = { paragraphs: doc.paragraphs.length, characters: text.length };
    rows.push({
      name: `runChecks (${doc.paragraphs.length} paragraphs, ${(text.length / 1e6).toFixed(2)} M chars)`,
      ms: percentile(runs, 50),
      baselineMs: percentile(baseRuns, 50),
    });
  }

  const bulk = await benchBulkCheck(national);
  if (bulk) rows.push(...bulk.rows);
  // vbhc check and fix on a 10,000-paragraph Quyết định (tab-led items, landscape annex) against LibreOffice's
  // text conversion of the same file, each in its own process, in this run.
  let longDoc: { check: number; fix: number; soffice: number; checkMb?: number; fixMb?: number } | undefined;
  const { cliBuilt, measureAgainstLibreOffice } = await import("../tests/helpers/check-speed");
  if (!cliBuilt()) console.warn("vbhc check/fix not measured: run npm run build:cli first");
  else {
    const { buildLongDecision } = await import("../tests/helpers/long-decision");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-bench-"));
    try {
      const file = path.join(dir, "quyet-dinh-10000.docx");
      fs.writeFileSync(file, (await buildLongDecision()).bytes);
      const r = await measureAgainstLibreOffice(file);
      longDoc = {
        check: r.check.ms,
        fix: r.fix.ms,
        soffice: r.soffice.ms,
        checkMb: r.check.peakMb,
        fixMb: r.fix.peakMb,
      };
      rows.push({
        name: "vbhc check, 10,000-paragraph .docx (vs soffice txt)",
        ms: r.check.ms,
        baselineMs: r.soffice.ms,
      });
      rows.push({ name: "vbhc fix, 10,000-paragraph .docx (vs soffice txt)", ms: r.fix.ms, baselineMs: r.soffice.ms });
    } catch (err) {
      console.warn(`vbhc check/fix not measured: ${(err as Error).message.split("\n")[0]}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  // The pane's weight and first render, when a build is there.
  const pane = await benchPane(path.join(ROOT, "dist"));
  if (pane?.renderMs !== undefined && pane.blankMs !== undefined) {
    rows.push({
      name: "playground to a usable pane (vs a blank page), median of 5",
      ms: pane.renderMs,
      baselineMs: pane.blankMs,
    });
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad("measure", 62)}${pad("ms", 12)}${pad("baseline ms", 14)}ratio`);
  for (const r of rows) {
    console.log(
      `${pad(r.name, 62)}${pad(r.ms.toFixed(2), 12)}${pad(r.baselineMs.toFixed(2), 14)}${(r.ms / Math.max(r.baselineMs, 1e-6)).toFixed(2)}`,
    );
  }
  console.log(`slowest queries: ${slowest.map((x) => `“${x.q}” ${x.ms.toFixed(1)} ms`).join(", ")}`);
  if (pane) {
    console.log(`task pane initial JavaScript: ${pane.initialGzipKB.toFixed(1)} KB gzipped (budget 250 KB)`);
  } else console.log("task pane not measured: no dist/ (npm run build)");
  console.log(
    "baselines: naive linear scan over folded strings (search); one regex pass over the same text (checks); " +
      "the compiled CLI in one process (--jobs 1) for the bulk check; " +
      "soffice --headless --convert-to txt of the same .docx (vbhc check/fix)",
  );
  if (bulk) console.log(bulk.note);
  if (longDoc?.checkMb !== undefined) {
    console.log(`peak memory: check ${longDoc.checkMb.toFixed(0)} MB, fix ${longDoc.fixMb?.toFixed(0)} MB`);
  }
  const out = path.join(ROOT, "test-output");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, "bench.json"),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        catalogEntries: entries.length,
        queries: queries.length,
        slowest,
        engine,
        bulk: bulk?.summary,
        longDocument: longDoc,
        pane,
        rows: rows.map((r) => ({ ...r, ratio: r.ms / Math.max(r.baselineMs, 1e-6) })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written ${path.relative(ROOT, path.join(out, "bench.json"))}`);
}

/**
 * `vbhc check` on a folder of BENCH_FILES (300) small generated .docx reports: the compiled CLI with a worker
 * per core against the same CLI in one process (--jobs 1), end to end (start-up included), in files per second.
 */
async function benchBulkCheck(
  national: readonly CatalogEntry[],
): Promise<{ rows: Row[]; summary: object; note: string } | undefined> {
  const cli = path.join(ROOT, "build/cli/cli/check-worker.js");
  if (!fs.existsSync(cli)) {
    console.warn("bulk check not measured: build the CLI first (npm run build:cli)");
    return undefined;
  }
  const count = Number(process.env.BENCH_FILES ?? 300);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-bench-"));
  try {
    const rnd = prng(11);
    const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
    for (let i = 0; i < count; i++) {
      const cites = Array.from({ length: 5 }, () => {
        const e = pick(rnd, national);
        return `Căn cứ ${e.type} số ${e.symbol} của ${e.issuer} ${e.title};`;
      });
      const lines = [
        "BÁO CÁO",
        "Kết quả công tác quý I",
        ...cites,
        "I. MỞ ĐẦU",
        "Nội dung.",
        "III. KẾT QUẢ",
        "1. Việc một",
        "3. Việc ba",
      ];
      fs.writeFileSync(path.join(dir, `bc-${i}.docx`), await writeDocxPackage({ bodyXml: lines.map(para).join("") }));
    }
    const run = (jobs: number): number => {
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        [path.join(ROOT, "bin/vbhc.js"), "check", dir, "--format", "json", "--jobs", String(jobs)],
        {
          encoding: "utf8",
          maxBuffer: 1 << 30,
        },
      );
      if (r.status !== 1 && r.status !== 0) throw new Error(`vbhc check failed: ${r.stderr}`);
      return performance.now() - t0;
    };
    const workers = os.availableParallelism();
    const one = run(1);
    const pooled = run(workers);
    const rate = (ms: number) => (count / ms) * 1000;
    return {
      rows: [{ name: `vbhc check, ${count} .docx, ${workers} workers`, ms: pooled, baselineMs: one }],
      summary: { files: count, workers, filesPerSecond: rate(pooled), oneProcessFilesPerSecond: rate(one) },
      note: `bulk check: ${rate(pooled).toFixed(1)} files/s with ${workers} workers, ${rate(one).toFixed(1)} files/s in one process`,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
