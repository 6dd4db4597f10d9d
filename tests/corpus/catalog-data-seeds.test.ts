/** The national catalogue data (data/national-catalog.json) against the citations in the seed documents. */
import * as fs from "fs";
import * as path from "path";
import type { CatalogEntry } from "../../src/core/citations/catalog-schema";
import { describeCorpus, readSeed, seedFileNames } from "./seeds";

const catalogPath = path.resolve(__dirname, "../../data/national-catalog.json");
const catalog = JSON.parse(fs.readFileSync(catalogPath, "utf8")) as CatalogEntry[];

function bySymbol(symbol: string): CatalogEntry[] {
  return catalog.filter((e) => e.symbol === symbol);
}

describeCorpus("national catalogue data", () => {
  describe("seed citations", () => {
    const symbolPattern = /(?<![\w/])(\d{1,5}[a-zđ]?(?:\/\d{4})?[/-][A-ZĐ][A-Za-zĐđ]*(?:[/-][A-Za-zĐđ0-9]+)*)/gu;
    let seedFiles: string[] = [];
    let seedText = "";
    let cited = new Set<string>();
    let national: string[] = [];
    beforeAll(() => {
      seedFiles = seedFileNames();
      seedText = seedFiles.map((f) => readSeed(f).normalize("NFC")).join("\n");
      cited = new Set([...seedText.matchAll(symbolPattern)].map((m) => m[1]));
      national = [...cited].filter((s) =>
        /\/(?:NĐ-CP|CT-TTg|QĐ-TTg|NQ-CP|TT-BNV|QĐ-BNV|CT-BTTTT|QĐ-BTTTT|BTTTT-[A-Z]+)$|\/TW$|\/QH\d+$|\/PL-UBTVQH\d+$/.test(
          s,
        ),
      );
    });

    it("reads a realistic number of citations from the seeds", () => {
      expect(seedFiles.length).toBe(3);
      expect(cited.size).toBeGreaterThan(100);
      expect(national.length).toBeGreaterThan(35);
    });

    it("contains every national and central Party document the seeds cite", () => {
      const missing = national.filter((s) => bySymbol(s).length === 0);
      expect(missing).toEqual([]);
    });

    it("agrees with the seeds on the dates of the national documents they cite", () => {
      const datePattern =
        /(\d{1,5}[a-zđ]?(?:\/\d{4})?[/-][A-ZĐ][A-Za-zĐđ]*(?:[/-][A-Za-zĐđ0-9]+)*),?\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/gu;
      let checked = 0;
      for (const m of seedText.matchAll(datePattern)) {
        if (!national.includes(m[1])) continue;
        const iso = `${m[4]}-${m[3].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
        expect(bySymbol(m[1]).map((e) => e.date)).toContain(iso);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    });

    it("contains most provincial documents the seeds cite with a date", () => {
      const local = [...cited].filter((s) => !national.includes(s));
      const present = local.filter((s) => bySymbol(s).length > 0);
      expect(present.length).toBeGreaterThanOrEqual(60);
    });
  });
});
