import fc from "fast-check";
import { buildCatalogIndex, CatalogSearch, loadNationalCatalog } from "../../../src/core/citations";
import { decodeBase64, decodeBase64Range, encodeBase64, TermIndex } from "../../../src/core/citations/term-index";

describe("the catalog's term index", () => {
  it("round-trips any bytes through its base64 codec", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
      }),
    );
  });

  it("decodes any byte range of a base64 text on its own", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const from = bytes.length ? a % (bytes.length + 1) : 0;
        const to = from + (bytes.length - from ? b % (bytes.length - from + 1) : 0);
        expect([...decodeBase64Range(encodeBase64(bytes), from, to)]).toEqual([...bytes.slice(from, to)]);
      }),
    );
  });

  it("loads postings with large gaps and every field mask as they were built", () => {
    // Documents far apart (multi-byte gaps) and in several fields at once.
    const docs = Array.from({ length: 3000 }, (_, d) => [
      d % 997 === 0 ? ["hiem", "chung"] : ["chung"],
      d % 3 === 0 ? ["hiem", "ba"] : [],
    ]);
    const built = TermIndex.build(["title", "issuer"], docs);
    const loaded = TermIndex.fromJSON(JSON.parse(JSON.stringify(built.toJSON())));
    for (const terms of [["hiem"], ["ba"], ["chung", "ba"], ["c"]]) {
      const a = built.search(terms, [1, 0.5], true);
      expect(loaded.search(terms, [1, 0.5], true)).toEqual(a);
    }
    const hiem = loaded.search(["hiem"], [1, 0.5]);
    expect(hiem.map((h) => h.id)).toEqual(
      Array.from({ length: 3000 }, (_, d) => d).filter((d) => d % 997 === 0 || d % 3 === 0),
    );
    // In both fields scores above the title alone, which scores above the issuer alone.
    const score = (d: number) => hiem.find((h) => h.id === d)?.score ?? 0;
    expect(score(0)).toBeGreaterThan(score(997));
    expect(score(997)).toBeGreaterThan(score(3));
    expect(loaded.df("chung")).toBe(3000);
    expect(loaded.holds(loaded.termId("hiem"), 1994)).toBe(true);
    expect(loaded.holds(loaded.termId("hiem"), 1996)).toBe(false);
  });

  it("finds by exact term and, for the last word, by prefix; and scores a title word above an issuer word", () => {
    const idx = TermIndex.build(
      ["title", "issuer"],
      [
        [
          ["van", "thu"],
          ["chinh", "phu"],
        ],
        [
          ["luu", "tru"],
          ["bo", "noi", "vu"],
        ],
        [
          ["thu", "tuc"],
          ["van", "phong"],
        ],
      ],
    );
    const ids = (hits: { id: number }[]) => hits.map((h) => h.id).sort();
    expect(ids(idx.search(["van"], [1, 0.7]))).toEqual([0, 2]);
    const van = idx.search(["van"], [1, 0.7]);
    expect(van.find((h) => h.id === 0)!.score).toBeGreaterThan(van.find((h) => h.id === 2)!.score);
    expect(ids(idx.search(["lu"], [1, 0.7]))).toEqual([]);
    expect(ids(idx.search(["lu"], [1, 0.7], true))).toEqual([1]);
    expect(idx.search(["van", "thu"], [1, 1]).find((h) => h.id === 0)!.mask).toBe(0b11);
    expect(idx.df("thu")).toBe(2);
  });

  it("answers the same after being serialised and loaded as when built", () => {
    const national = loadNationalCatalog();
    const built = new CatalogSearch({ national });
    const loaded = new CatalogSearch(
      { national },
      { national: JSON.parse(JSON.stringify(buildCatalogIndex(national))) as ReturnType<typeof buildCatalogIndex> },
    );
    for (const q of [
      "nghi dinh 30 van thu",
      "ct 33 ttg",
      "110/2004",
      "luat luu tru",
      "dan van chinh quyen",
      "thi du",
    ]) {
      const a = built.search(q).map((r) => [r.entry.id, r.score.toFixed(6)]);
      expect(loaded.search(q).map((r) => [r.entry.id, r.score.toFixed(6)])).toEqual(a);
    }
  });

  it("keeps the first entry of a repeated symbol, within a catalog and across catalogs, built or loaded", () => {
    const national = loadNationalCatalog();
    const base = national.find((e) => e.symbol === "30/2020/NĐ-CP");
    if (!base) throw new Error("30/2020/NĐ-CP missing from the national catalog");
    const twice = [...national, { ...base, id: "second-30", title: "bản lặp" }];
    const codified = [
      { ...base, id: "codified-30", title: "bản lớp pháp điển" },
      { ...base, id: "x", symbol: "" },
    ];
    const built = new CatalogSearch({ national: twice, codified });
    const loaded = new CatalogSearch(
      { national: twice, codified },
      JSON.parse(JSON.stringify({ national: buildCatalogIndex(twice), codified: buildCatalogIndex(codified) })) as {
        national: ReturnType<typeof buildCatalogIndex>;
        codified: ReturnType<typeof buildCatalogIndex>;
      },
    );
    for (const s of [built, loaded]) {
      expect(s.size).toBe(new CatalogSearch({ national }).size + 1);
      const hits = s.search("30/2020/NĐ-CP");
      expect(hits[0]).toMatchObject({ exact: true, origin: "national", entry: { id: base.id } });
      expect(hits.map((h) => h.entry.id)).not.toContain("second-30");
      expect(hits.map((h) => h.entry.id)).not.toContain("codified-30");
      expect(s.typedSymbol("Nghị định số 30/2020/NĐ-CP")?.inCatalog).toBe(true);
      expect(s.typedSymbol("Nghị định số 31/2020/NĐ-CP")?.inCatalog).toBe(false);
    }
  });

  it("ignores a prebuilt index that does not cover the catalog given, or is of an older format", () => {
    const national = loadNationalCatalog();
    const stale = buildCatalogIndex(national.slice(0, 10));
    const s = new CatalogSearch({ national }, { national: stale });
    expect(s.search("nghi dinh 30 van thu")[0].entry.symbol).toBe("30/2020/NĐ-CP");
    const old = { ...buildCatalogIndex(national), version: 1 } as unknown as ReturnType<typeof buildCatalogIndex>;
    const t = new CatalogSearch({ national }, { national: old });
    expect(t.search("nghi dinh 30 van thu")[0].entry.symbol).toBe("30/2020/NĐ-CP");
  });
});
