/**
 * npm run bench: catalog search on a synthetic 100,000-entry catalog (bench-search.ts: our term index, built
 * and loaded prebuilt, and minisearch as the other candidate, each vs a naive linear scan in the same run), the
 * check engine on a large generated document (vs one regex pass), and vbhc check and fix of a 10,000-paragraph
 * .docx against LibreOffice's text conversion of the same file.
 * Prints a table and a summary line, and writes test-output/bench.json. `npm run bench -- --search` measures
 * only the search and the pane's initial JavaScript. Not part of npm test: timings depend on the machine.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { loadCatalog } from "../src/core/citations/catalog";
import type { CatalogEntry } from "../src/core/citations/catalog-schema";
import { pick, prng } from "./bench-catalog";
import { benchSearch, percentile, time, type SearchFigures } from "./bench-search";
import { initialScripts } from "./initial-js";
import { snapshotFromText } from "../src/core/model/document";
import { writeDocxPackage } from "../src/docx/package-writer";
import { benchPane } from "./bench-pane";

const ROOT = path.resolve(__dirname, "..");
const N = Number(process.env.BENCH_ENTRIES ?? 100_000);

interface Row {
  name: string;
  ms: number;
  baselineMs: number;
}

async function main(): Promise<void> {
  const national = loadCatalog(
    JSON.parse(fs.readFileSync(path.join(ROOT, "data/national-catalog.json"), "utf8")),
  ).entries;
  const dist = path.join(ROOT, "dist");
  const sf = benchSearch(national, N, dist);
  const rows: Row[] = [
    { name: `catalog index build (${sf.catalogEntries} entries)`, ms: sf.indexBuildMs, baselineMs: NaN },
    {
      name: `catalog index load, prebuilt (${sf.indexJsonMB.toFixed(1)} MB JSON)`,
      ms: sf.indexLoadMs,
      baselineMs: sf.indexBuildMs,
    },
    {
      name: `search p50 (${sf.queries} queries, median of ${sf.rounds} passes)`,
      ms: sf.p50Ms,
      baselineMs: sf.scanP50Ms,
    },
    { name: "search p95 (vs linear scan p95)", ms: sf.p95Ms, baselineMs: sf.scanP95Ms },
    { name: "search p95, first pass after load", ms: sf.coldP95Ms, baselineMs: sf.scanP95Ms },
    { name: "minisearch index build (candidate)", ms: sf.minisearch.buildMs, baselineMs: sf.indexBuildMs },
    { name: "minisearch loadJSON (candidate)", ms: sf.minisearch.loadMs, baselineMs: sf.indexLoadMs },
    { name: "minisearch search p95 (candidate)", ms: sf.minisearch.p95Ms, baselineMs: sf.scanP95Ms },
  ];
  if (sf.paneCatalog) {
    rows.push({
      name: `pane catalog file load (${sf.paneCatalog.entries} entries, ${sf.paneCatalog.gzipKB.toFixed(0)} KB gz)`,
      ms: sf.paneCatalog.loadMs,
      baselineMs: NaN,
    });
  }
  const searchOnly = process.argv.includes("--search");
  if (searchOnly) {
    const pane = fs.existsSync(path.join(dist, "taskpane.html"))
      ? { initialGzipKB: initialScripts(dist, "taskpane.html").reduce((n, x) => n + x.gzip, 0) / 1024 }
      : undefined;
    report(rows, sf, pane);
    return;
  }

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
      : national
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

  const notes: string[] = [];
  if (bulk) notes.push(bulk.note);
  if (longDoc?.checkMb !== undefined) {
    notes.push(`peak memory: check ${longDoc.checkMb.toFixed(0)} MB, fix ${longDoc.fixMb?.toFixed(0)} MB`);
  }
  report(rows, sf, pane, notes, { engine, bulk: bulk?.summary, longDocument: longDoc });
}

/** Prints the table and the search summary, and writes test-output/bench.json. */
function report(
  rows: readonly Row[],
  sf: SearchFigures,
  pane: { initialGzipKB: number } | undefined,
  notes: readonly string[] = [],
  extra: object = {},
): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const ratio = (r: Row) => (Number.isNaN(r.baselineMs) ? "" : (r.ms / Math.max(r.baselineMs, 1e-6)).toFixed(2));
  console.log(`${pad("measure", 66)}${pad("ms", 12)}${pad("baseline ms", 14)}ratio`);
  for (const r of rows) {
    const base = Number.isNaN(r.baselineMs) ? "" : r.baselineMs.toFixed(2);
    console.log(`${pad(r.name, 66)}${pad(r.ms.toFixed(2), 12)}${pad(base, 14)}${ratio(r)}`);
  }
  console.log(`slowest queries: ${sf.slowest.map((x) => `“${x.q}” ${x.ms.toFixed(1)} ms`).join(", ")}`);
  const load = os.loadavg();
  const summary = {
    catalogEntries: sf.catalogEntries,
    searchP50Ms: sf.p50Ms,
    searchP95Ms: sf.p95Ms,
    scanP95Ms: sf.scanP95Ms,
    scanOverSearchP95: sf.ratio,
    indexBuildMs: sf.indexBuildMs,
    indexLoadMs: sf.indexLoadMs,
    paneInitialJsGzipKB: pane?.initialGzipKB,
    loadAverage: load,
  };
  console.log(
    `search, ${sf.catalogEntries} entries: p50 ${sf.p50Ms.toFixed(2)} ms, p95 ${sf.p95Ms.toFixed(2)} ms ` +
      `(target ≤ 5), linear scan p95 ${sf.scanP95Ms.toFixed(1)} ms: ${sf.ratio.toFixed(1)}× faster (target ≥ 20×); ` +
      `index build ${sf.indexBuildMs.toFixed(0)} ms, load ${sf.indexLoadMs.toFixed(0)} ms (target < 300); ` +
      `catalog JSON itself ${sf.catalogJsonMB.toFixed(0)} MB, parsed in ${sf.catalogParseMs.toFixed(0)} ms`,
  );
  if (sf.paneCatalog) {
    const c = sf.paneCatalog;
    console.log(
      `pane catalog file ${c.file}: ${c.entries} entries, ${c.kb.toFixed(0)} KB (${c.gzipKB.toFixed(0)} KB gz), ` +
        `parsed and loaded in ${c.loadMs.toFixed(1)} ms`,
    );
  }
  if (pane) {
    console.log(`task pane initial JavaScript: ${pane.initialGzipKB.toFixed(1)} KB gzipped (budget 250 KB)`);
  } else console.log("task pane not measured: no dist/ (npm run build)");
  console.log(`load average (1, 5, 15 min): ${load.map((x) => x.toFixed(2)).join(", ")} on ${os.cpus().length} cores`);
  console.log(
    "baselines: naive linear scan over folded strings (search); one regex pass over the same text (checks); " +
      "the compiled CLI in one process (--jobs 1) for the bulk check; " +
      "soffice --headless --convert-to txt of the same .docx (vbhc check/fix)",
  );
  for (const n of notes) console.log(n);
  const out = path.join(ROOT, "test-output");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, "bench.json"),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        summary,
        search: sf,
        ...extra,
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
