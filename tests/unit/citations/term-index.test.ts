import fc from "fast-check";
import { buildCatalogIndex, CatalogSearch, loadNationalCatalog } from "../../../src/core/citations";
import { decodeBase64, encodeBase64, TermIndex } from "../../../src/core/citations/term-index";

describe("the catalog's term index", () => {
  it("round-trips any bytes through its base64 codec", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
      }),
    );
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

  it("ignores a prebuilt index that does not cover the catalog given", () => {
    const national = loadNationalCatalog();
    const stale = buildCatalogIndex(national.slice(0, 10));
    const s = new CatalogSearch({ national }, { national: stale });
    expect(s.search("nghi dinh 30 van thu")[0].entry.symbol).toBe("30/2020/NĐ-CP");
  });
});
