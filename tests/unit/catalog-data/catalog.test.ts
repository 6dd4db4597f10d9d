import * as fs from "fs";
import * as path from "path";
import type { CatalogEntry } from "../../../src/core/citations/catalog-schema";

// Integrity tests for the national citation catalog data (data/national-catalog.json).

const catalogPath = path.resolve(__dirname, "../../../data/national-catalog.json");
const catalog = JSON.parse(fs.readFileSync(catalogPath, "utf8")) as CatalogEntry[];

const STATUSES = ["in-force", "replaced", "expired", "not-yet-effective", "unknown"];
const FAMILIES = ["qppl", "state", "party"];
const TYPES = [
  "Hiến pháp",
  "Luật",
  "Bộ luật",
  "Pháp lệnh",
  "Nghị quyết",
  "Nghị định",
  "Quyết định",
  "Chỉ thị",
  "Thông tư",
  "Thông tư liên tịch",
  "Kết luận",
  "Quy định",
  "Kế hoạch",
  "Công văn",
  "Hướng dẫn",
  "Chương trình",
  "Thông báo",
];
const FAMILY_ORDER: Record<string, number> = { qppl: 0, state: 1, party: 2 };

// Symbols without a year may be reused by the same issuer in another year.
const YEARLESS_REUSED = ["411/QĐ-TTg", "50/NQ-CP"];

const PARTY_SYMBOL = /^\d+[a-zđ]?-[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/;
const QPPL_SYMBOL = /^\d+[a-zđ]?\/(\d{4})\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/;
const STATE_SYMBOL = /^\d+[a-zđ]?(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/;

function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function bySymbol(symbol: string): CatalogEntry[] {
  return catalog.filter((e) => e.symbol === symbol);
}

function one(symbol: string): CatalogEntry {
  const found = bySymbol(symbol);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("national catalog data", () => {
  it("has at least 150 entries", () => {
    expect(Array.isArray(catalog)).toBe(true);
    expect(catalog.length).toBeGreaterThanOrEqual(150);
  });

  it("has unique ASCII slug ids", () => {
    const ids = catalog.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("has unique symbols, except documented year-less symbols reused in another year", () => {
    const counts = new Map<string, CatalogEntry[]>();
    for (const e of catalog) counts.set(e.symbol, [...(counts.get(e.symbol) ?? []), e]);
    const repeated = [...counts.entries()].filter(([, list]) => list.length > 1);
    expect(repeated.map(([s]) => s).sort()).toEqual([...YEARLESS_REUSED].sort());
    for (const [, list] of repeated) {
      const years = list.map((e) => e.date.slice(0, 4));
      expect(new Set(years).size).toBe(years.length);
    }
  });

  it("has only known keys, required fields and enum values", () => {
    const allowed = new Set([
      "id",
      "type",
      "symbol",
      "date",
      "issuer",
      "title",
      "effective",
      "status",
      "replacedBy",
      "replacedOn",
      "family",
      "source",
      "aliases",
    ]);
    for (const e of catalog) {
      for (const key of Object.keys(e)) expect(allowed.has(key)).toBe(true);
      expect(STATUSES).toContain(e.status);
      expect(FAMILIES).toContain(e.family);
      expect(TYPES).toContain(e.type);
      expect(e.issuer.trim().length).toBeGreaterThan(0);
      expect(e.title.trim().length).toBeGreaterThan(0);
      expect(e.source.trim().length).toBeGreaterThan(0);
      if (e.aliases !== undefined) {
        expect(e.aliases.length).toBeGreaterThan(0);
        for (const a of e.aliases) expect(a.trim()).toBe(a);
      }
    }
  });

  it("writes every text NFC and without stray spaces", () => {
    for (const e of catalog) {
      for (const value of [e.type, e.symbol, e.issuer, e.title, e.source, ...(e.aliases ?? [])]) {
        expect(value.normalize("NFC")).toBe(value);
        expect(value.trim()).toBe(value);
        expect(value).not.toMatch(/\s{2,}/);
      }
    }
  });

  it("uses valid ISO dates, and no date runs backwards", () => {
    for (const e of catalog) {
      expect(isIsoDate(e.date)).toBe(true);
      if (e.effective !== null) {
        expect(isIsoDate(e.effective)).toBe(true);
        expect(e.effective >= e.date).toBe(true);
      }
      if (e.replacedOn !== null) {
        expect(isIsoDate(e.replacedOn)).toBe(true);
        expect(e.replacedOn >= e.date).toBe(true);
      }
    }
  });

  it("gives every replaced entry a replacement that is in the catalog and was issued before it took over", () => {
    const replaced = catalog.filter((e) => e.status === "replaced");
    expect(replaced.length).toBeGreaterThan(10);
    for (const e of replaced) {
      expect(e.replacedBy).not.toBeNull();
      expect(e.replacedOn).not.toBeNull();
      const by = bySymbol(e.replacedBy as string);
      expect(by.length).toBeGreaterThan(0);
      for (const r of by) {
        expect(r.id).not.toBe(e.id);
        expect((e.replacedOn as string) >= r.date).toBe(true);
      }
    }
  });

  it("sets replacedOn only on replaced entries, and on expired ones as the day they stopped applying", () => {
    for (const e of catalog.filter((x) => x.status !== "replaced" && x.status !== "expired")) {
      expect(e.replacedOn).toBeNull();
    }
    for (const e of catalog.filter((x) => x.status === "expired")) expect(e.replacedBy).toBeNull();
  });

  it("writes symbols in the shape of their family", () => {
    for (const e of catalog) {
      if (e.type === "Hiến pháp") {
        expect(e.symbol).toBe("");
        continue;
      }
      if (e.family === "party") {
        expect(e.symbol).toMatch(PARTY_SYMBOL);
      } else if (e.family === "qppl") {
        const m = QPPL_SYMBOL.exec(e.symbol);
        expect(m).not.toBeNull();
        // The year inside a QPPL symbol is the year it was issued.
        expect(m?.[1]).toBe(e.date.slice(0, 4));
      } else {
        expect(e.symbol).toMatch(STATE_SYMBOL);
        expect(e.symbol).not.toMatch(PARTY_SYMBOL);
      }
    }
  });

  it("matches the type to the abbreviation in the symbol", () => {
    const rules: [RegExp, string[]][] = [
      [/\/NĐ-CP$/, ["Nghị định"]],
      [/^\d+[a-zđ]?(?:\/\d{4})?\/NQ-|-NQ\//, ["Nghị quyết"]],
      [/\/CT-|-CT\//, ["Chỉ thị"]],
      [/\/TT-/, ["Thông tư"]],
      [/\/TTLT-/, ["Thông tư liên tịch"]],
      [/-KL\//, ["Kết luận"]],
      [/\/KH-|-KH\//, ["Kế hoạch"]],
      [/\/PL-/, ["Pháp lệnh"]],
      [/-QĐi\//, ["Quy định"]],
      [/\/QĐ-/, ["Quyết định"]],
      [/-QĐ\//, ["Quyết định", "Quy định"]],
      [/-HD\//, ["Hướng dẫn"]],
      [/\/TB-/, ["Thông báo"]],
    ];
    for (const e of catalog) {
      for (const [pattern, types] of rules) {
        if (pattern.test(e.symbol)) expect(types).toContain(e.type);
      }
    }
    // The seed calls 36a/NQ-CP a "Quyết định"; the catalog must carry the real type.
    expect(one("36a/NQ-CP").type).toBe("Nghị quyết");
  });

  it("starts trích yếu in lower case, and names laws by their title", () => {
    for (const e of catalog) {
      if (["Luật", "Bộ luật"].includes(e.type)) expect(e.title).toMatch(/^(Bộ luật|Luật) /);
      else if (e.type === "Hiến pháp") expect(e.title).toMatch(/^Hiến pháp /);
      else expect(e.title[0]).toBe(e.title[0].toLocaleLowerCase("vi"));
    }
  });

  it("is sorted by family, then type, then date", () => {
    for (let i = 1; i < catalog.length; i++) {
      const a = catalog[i - 1];
      const b = catalog[i];
      const key = (e: CatalogEntry): [number, string, string] => [FAMILY_ORDER[e.family], e.type, e.date];
      const [fa, ta, da] = key(a);
      const [fb, tb, db] = key(b);
      const ordered = fa < fb || (fa === fb && (ta < tb || (ta === tb && da <= db)));
      expect(ordered).toBe(true);
    }
  });

  it("holds the known replacements", () => {
    const cases: [string, string, string][] = [
      ["110/2004/NĐ-CP", "30/2020/NĐ-CP", "2020-03-05"],
      ["09/2010/NĐ-CP", "30/2020/NĐ-CP", "2020-03-05"],
      ["34/2007/PL-UBTVQH11", "10/2022/QH15", "2023-07-01"],
      ["80/2015/QH13", "64/2025/QH15", "2025-04-01"],
      ["43/2011/NĐ-CP", "42/2022/NĐ-CP", "2022-08-15"],
      ["16/2015/NĐ-CP", "60/2021/NĐ-CP", "2021-08-15"],
      ["07-QĐi/TW", "69-QĐ/TW", "2022-07-06"],
      ["102-QĐ/TW", "69-QĐ/TW", "2022-07-06"],
      ["58/2010/QH12", "129/2025/QH15", "2026-07-01"],
      ["61/2018/NĐ-CP", "118/2025/NĐ-CP", "2025-07-01"],
      ["112/2020/NĐ-CP", "172/2025/NĐ-CP", "2025-07-01"],
      ["130/2005/NĐ-CP", "75/2026/NĐ-CP", "2026-05-01"],
      ["39/2022/NĐ-CP", "191/2026/NĐ-CP", "2026-05-29"],
      ["22-QĐ/TW", "296-QĐ/TW", "2025-05-30"],
      ["66-QĐ/TW", "399-QĐ/TW", "2026-01-09"],
      ["36-HD/VPTW", "05-HD/VPTW", "2026-05-27"],
    ];
    for (const [oldSymbol, newSymbol, on] of cases) {
      const e = one(oldSymbol);
      expect(e.status).toBe("replaced");
      expect(e.replacedBy).toBe(newSymbol);
      expect(e.replacedOn).toBe(on);
    }
    // NĐ 30/2020 Điều 37 repeals only NĐ 110/2004 and 09/2010: TT 01/2011 expired then, without a named successor.
    expect(one("01/2011/TT-BNV")).toMatchObject({ status: "expired", replacedBy: null, replacedOn: "2020-03-05" });
    expect(one("30/2020/NĐ-CP").status).toBe("in-force");
    expect(one("30/2020/NĐ-CP").date).toBe("2020-03-05");
    expect(one("10/2022/QH15").effective).toBe("2023-07-01");
  });

  it("does not claim a replacement it could not confirm", () => {
    // NĐ 90/2020 gave way to NĐ 233/2026 for viên chức only; where công chức assessment went is not confirmed.
    expect(one("90/2020/NĐ-CP")).toMatchObject({ status: "unknown", replacedBy: null });
    // The 2022 Law took over NĐ 04/2015's content, but no source gives a repeal and its date.
    expect(one("04/2015/NĐ-CP").status).toBe("unknown");
    expect(one("04/2015/NĐ-CP").replacedBy).toBeNull();
    // Seed-only local documents stay unknown: a citation proves the symbol, not the status.
    for (const e of catalog.filter((x) => x.source.startsWith("seed document citation") && !x.source.includes(" ; "))) {
      expect(e.status).toBe("unknown");
    }
  });
});
