/** The citation grammar, rules, catalogue and search on the seed documents and the shared catalogue CSV. */
import * as fs from "fs";
import type { CheckOptions, Finding, Rule } from "../../src/core/checks/types";
import {
  CatalogSearch,
  CITATION_RULES,
  catalogEntrySchema,
  createCatalogLookup,
  findCitations,
  formatCanCu,
  formatFull,
  harvestCatalog,
  headerDate,
  HARVEST_SOURCE,
  importCatalogCsv,
  loadNationalCatalog,
  symbolKey,
  validHarvest,
  type CitationMention,
} from "../../src/core/citations";
import { snapshotFromText, type DocumentSnapshot } from "../../src/core/model/document";
import { QUERY_SET } from "./query-set";
import { describeCorpus, readSeed, seedFileNames, SHARED_CSV } from "./seeds";

const seedByPrefix = readSeed;

function run(doc: DocumentSnapshot, options: CheckOptions = {}, only?: string): Finding[] {
  const ctx = { doc, cache: new Map<string, unknown>(), options };
  return CITATION_RULES.filter((r: Rule) => !only || r.id === only).flatMap((r) => {
    const res = r.check(ctx);
    return res === "not-evaluated" ? [] : res;
  });
}

const national = loadNationalCatalog();
const lookup = createCatalogLookup(national);

describeCorpus("citations in the shared documents", () => {
  describe("the shared catalogue CSV", () => {
    it("loads the shared CSV through the organisation import (its replaced_by columns included)", () => {
      const { entries, errors } = importCatalogCsv(fs.readFileSync(SHARED_CSV, "utf8"));
      expect(errors).toEqual([]);
      expect(entries.length).toBe(125);
      expect(entries.find((e) => e.symbol === "110/2004/NĐ-CP")).toMatchObject({
        replacedBy: "30/2020/NĐ-CP",
        family: "qppl",
      });
    });
  });

  describe("harvest from the document", () => {
    it("turns every citation of a seed into a deduplicated candidate entry", () => {
      const doc = snapshotFromText(seedByPrefix("000"));
      const harvested = harvestCatalog(doc);
      const symbols = harvested.map((e) => e.symbol);
      expect(new Set(symbols).size).toBe(symbols.length);
      expect(harvested.length).toBeGreaterThanOrEqual(50);
      expect(harvested.every((e) => e.status === "unknown" && e.source === HARVEST_SOURCE)).toBe(true);
      expect(harvested.find((e) => e.symbol === "33/CT-TTg")).toMatchObject({
        type: "Chỉ thị",
        date: "2021-11-26",
        issuer: "Thủ tướng Chính phủ",
        family: "state",
      });
      // 40/QĐ-STTTT has only a broken date: it is kept for review, not as a valid entry.
      const { ready, incomplete } = validHarvest(harvested);
      expect(incomplete.map((e) => e.symbol)).toContain("40/QĐ-STTTT");
      expect(ready.every((e) => catalogEntrySchema.safeParse(e).success)).toBe(true);
    });
  });

  /** Every citation in the seeds, by file. */
  function seedMentions(): { file: string; line: number; text: string; m: CitationMention }[] {
    const out: { file: string; line: number; text: string; m: CitationMention }[] = [];
    for (const file of seedFileNames()) {
      readSeed(file)
        .split(/\r\n|\n|\r/)
        .forEach((text, i) => {
          for (const m of findCitations(text)) out.push({ file, line: i + 1, text: text.normalize("NFC"), m });
        });
    }
    return out;
  }

  describe("the seed documents", () => {
    let all: ReturnType<typeof seedMentions> = [];
    beforeAll(() => {
      all = seedMentions();
    });

    it("has every citation found and parsed", () => {
      const perFile = new Map<string, number>();
      for (const { file } of all) perFile.set(file, (perFile.get(file) ?? 0) + 1);
      const distinct = new Set(all.flatMap(({ m }) => (m.symbol ? [m.symbol.text] : [])));
      console.log(
        `citations found in the seeds: ${all.length} (${[...perFile].map(([f, n]) => `${f.slice(0, 3)}: ${n}`).join(", ")}); distinct symbols: ${distinct.size}`,
      );
      expect(all.length).toBeGreaterThanOrEqual(170);
      expect(distinct.size).toBeGreaterThanOrEqual(125);
      // Each one is a well-formed symbol or a law cited by name and year.
      const unparsed = all.filter(({ m }) => !m.symbol && !(m.type === "Luật" && m.year));
      expect(unparsed.map(({ file, line, m }) => `${file}:${line} ${m.symbolText}`)).toEqual([]);
      for (const s of [
        "36a/NQ-CP",
        "1167-QĐ/TU",
        "25-NQ/TW",
        "05-CTr/BDVTU-BCSĐ",
        "01-QĐi/TW",
        "494/SNV-CCHC",
        "04/2015/NĐ-CP",
      ]) {
        expect(distinct).toContain(s);
      }
    });

    it("has exactly the two known broken dates (30//2022) among the cited dates", () => {
      const broken = all.filter(({ m }) => m.dateText && !m.date).map(({ m }) => m.dateText);
      expect(broken).toEqual(["30//2022", "30//2022"]);
    });

    it("formats every parsed seed citation and reads the same fields back", () => {
      let checked = 0;
      for (const { m } of all) {
        if (!m.symbol || m.typeInferred) continue;
        const entry = {
          type: m.type,
          symbol: m.symbol.text,
          date: m.date ?? "",
          issuer: m.issuer ?? "",
          title: m.title ?? "",
        };
        for (const text of [formatFull(entry), formatCanCu(entry)]) {
          const back = findCitations(text);
          expect(back).toHaveLength(1);
          expect({
            type: back[0].type,
            symbol: back[0].symbol?.text,
            date: back[0].date ?? "",
            issuer: back[0].issuer ?? "",
            title: back[0].title ?? "",
          }).toEqual(entry);
        }
        checked++;
      }
      console.log(`seed citations formatted and parsed back: ${checked}`);
      expect(checked).toBeGreaterThanOrEqual(160);
    });
  });

  describe("citation rules on the seeds", () => {
    it("find “Quyết định số 36a/NQ-CP” in 001 and explain the ký hiệu", () => {
      const doc = snapshotFromText(seedByPrefix("001"));
      const found = run(doc, {}, "citation-type-mismatch");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "error", excerpt: "Quyết định số 36a/NQ-CP" });
      expect(found[0].message).toContain("NQ-CP là ký hiệu của Nghị quyết");
      expect(doc.paragraphs[found[0].paragraph].text.slice(found[0].start, found[0].end)).toBe(found[0].excerpt);
    });

    it("never flag the Party symbols, and leave the broken date 30//2022 to the date rule", () => {
      for (const prefix of ["000", "001", "004"]) {
        const doc = snapshotFromText(seedByPrefix(prefix));
        const found = run(doc, { catalogLookup: lookup });
        for (const f of found) {
          expect(f.excerpt).not.toMatch(/1167-QĐ\/TU|25-NQ\/TW|05-CTr\/BDVTU-BCSĐ|01-QĐi\/TW|30\/\/2022/);
        }
        expect(found.filter((f) => f.ruleId === "citation-symbol-malformed")).toEqual([]);
      }
    });

    it("do not call a document stale when it was replaced after the citing document's date", () => {
      // 000 is a 2022 report citing NĐ 04/2015/NĐ-CP; whatever its later fate, that citation is fine.
      const doc = snapshotFromText(seedByPrefix("000"));
      expect(headerDate(doc)).toBe("2022-06-01");
      const stale = run(doc, { catalogLookup: lookup }, "citation-replaced");
      expect(stale.filter((f) => f.excerpt.includes("04/2015/NĐ-CP"))).toEqual([]);
    });

    it("read the document date from the header of 001", () => {
      expect(headerDate(snapshotFromText(seedByPrefix("001")))).toBe("2018-09-05");
    });
  });

  describe("query set drawn from the seeds", () => {
    // The catalog searched: the national catalog (data/national-catalog.json) plus, as the organisation
    // catalog, what our harvester reads from the three seed documents at test time.
    let search: CatalogSearch;
    beforeAll(() => {
      const org = seedFileNames().flatMap((f) => harvestCatalog(snapshotFromText(readSeed(f))));
      search = new CatalogSearch({ national: loadNationalCatalog(), org });
    });

    it("has at least 60 queries whose intended documents are in the catalog", () => {
      expect(QUERY_SET.length).toBeGreaterThanOrEqual(60);
      const missing = QUERY_SET.filter((q) => !search.search(q.symbol, { limit: 1 })[0]?.exact);
      expect(missing).toEqual([]);
    });

    it("gets the intended document in the top 3 for at least 95% of the queries", () => {
      const misses: string[] = [];
      for (const q of QUERY_SET) {
        const top = search.search(q.query, { limit: 3 }).map((r) => symbolKey(r.entry.symbol));
        if (!top.includes(symbolKey(q.symbol))) misses.push(`${q.query} → ${q.symbol}`);
      }
      const rate = (QUERY_SET.length - misses.length) / QUERY_SET.length;
      console.log(
        `query set: ${QUERY_SET.length - misses.length}/${QUERY_SET.length} in the top 3 (${(rate * 100).toFixed(1)}%)` +
          (misses.length ? `; missed: ${misses.join("; ")}` : ""),
      );
      expect(rate).toBeGreaterThanOrEqual(0.95);
    });

    it("finds 30/2020/NĐ-CP first for “nghi dinh 30 van thu” and shows 34/2007 as replaced", () => {
      expect(search.search("nghi dinh 30 van thu")[0].entry.symbol).toBe("30/2020/NĐ-CP");
      const pl = search.search("phap lenh 34")[0];
      expect(pl.entry.symbol).toBe("34/2007/PL-UBTVQH11");
      expect(pl.statusLabel).toContain("10/2022/QH15");
    });
  });
});
