import { CatalogSearch, loadNationalCatalog, type CatalogEntry } from "../../../src/core/citations";
import { findTypedSymbol } from "../../../src/core/citations/typed-symbol";
import { vbhc } from "../../helpers/run-cli";

const entry = (symbol: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id: symbol,
  type: "Luật",
  symbol,
  date: "2018-11-20",
  issuer: "Quốc hội",
  title: "Luật Phòng, chống tham nhũng",
  effective: null,
  status: "in-force",
  replacedBy: null,
  replacedOn: null,
  family: "qppl",
  source: "test",
  ...over,
});

describe("a symbol typed in a query", () => {
  it.each([
    ["Luật số 24/2018/QH14", "Luật", "24/2018/QH14", "Quốc hội", "Luật số 24/2018/QH14"],
    ["nghị quyết 24/2018/QH14", "Nghị quyết", "24/2018/QH14", "Quốc hội", "Nghị quyết số 24/2018/QH14 của Quốc hội"],
    ["110/2004/nd-cp", "Nghị định", "110/2004/NĐ-CP", "Chính phủ", "Nghị định số 110/2004/NĐ-CP của Chính phủ"],
    ["tt 01/2011/TT-BNV", "Thông tư", "01/2011/TT-BNV", "Bộ Nội vụ", "Thông tư số 01/2011/TT-BNV của Bộ Nội vụ"],
    ["33/ct-ttg", "Chỉ thị", "33/CT-TTg", "Thủ tướng Chính phủ", "Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ"],
    ["quy định 66-QĐ/TW", "Quy định", "66-QĐ/TW", "", "Quy định số 66-QĐ/TW"],
    [
      "thong tu lien tich 03/2019/TTLT-BNV-BTC",
      "Thông tư liên tịch",
      "03/2019/TTLT-BNV-BTC",
      "Bộ Nội vụ và Bộ Tài chính",
      "Thông tư liên tịch số 03/2019/TTLT-BNV-BTC của Bộ Nội vụ và Bộ Tài chính",
    ],
    ["125/SGDĐT-VP", "Công văn", "125/SGDĐT-VP", "", "Công văn số 125/SGDĐT-VP"],
  ])("%s is a %s by %s", (query, type, symbol, issuer, citation) => {
    const t = findTypedSymbol(query);
    expect(t?.composed).toMatchObject({ type, symbol, issuer, citation });
  });

  it("offers the other types a QH number may stand for", () => {
    expect(findTypedSymbol("24/2018/QH14")?.composed).toMatchObject({
      type: "Luật",
      alternatives: ["Nghị quyết", "Bộ luật"],
    });
  });

  it.each(["nghi dinh 30 van thu", "110/2004", "ct 33 ttg", "ngày 05/3/2020", "80.5231", ""])(
    "finds no symbol in %p",
    (query) => expect(findTypedSymbol(query)).toBeUndefined(),
  );
});

describe("search with a typed symbol", () => {
  const search = new CatalogSearch({
    national: [
      entry("36/2018/QH14"),
      entry("59/2020/QH14", { title: "Luật Doanh nghiệp", date: "2020-06-17" }),
      entry("01/2018/TT-VPCP", { type: "Thông tư", issuer: "Văn phòng Chính phủ", title: "hướng dẫn" }),
    ],
  });

  it("never answers a symbol the catalog lacks with another document", () => {
    expect(search.typedSymbol("Luật số 24/2018/QH14")).toMatchObject({ inCatalog: false });
    expect(search.search("Luật số 24/2018/QH14")).toEqual([]);
    // Words beside the symbol still search, but what they find is a text match, not that symbol.
    const hits = search.search("Luật số 24/2018/QH14 doanh nghiệp");
    expect(hits.map((h) => [h.entry.symbol, h.match])).toEqual([["59/2020/QH14", "text"]]);
  });

  it("marks the typed symbol's own entry as the symbol match, first", () => {
    const hits = search.search("luật 36/2018/qh14 doanh nghiệp");
    expect(hits[0]).toMatchObject({ match: "symbol", entry: { symbol: "36/2018/QH14" } });
    expect(hits.slice(1).every((h) => h.match === "text")).toBe(true);
    expect(search.typedSymbol("36/2018/QH14")).toMatchObject({ inCatalog: true });
  });

  it("answers a lone typed symbol on a large catalog too", () => {
    const many = Array.from({ length: 6000 }, (_, i) =>
      entry(`${i + 1}/2015/NĐ-CP`, { type: "Nghị định", issuer: "Chính phủ", title: `về việc số ${i}` }),
    );
    const big = new CatalogSearch({ national: many });
    expect(big.search("Luật số 99/2018/QH14")).toEqual([]);
    expect(big.search("Nghị định số 17/2015/NĐ-CP")[0]).toMatchObject({
      match: "symbol",
      entry: { symbol: "17/2015/NĐ-CP" },
    });
  });

  it("puts a typed number before documents that share more words", () => {
    const national = loadNationalCatalog();
    const s = new CatalogSearch({ national });
    expect(s.search("nghi dinh 110/2004 cong tac van thu")[0].entry.symbol).toBe("110/2004/NĐ-CP");
  });

  it("answers ordinary words that match no title well with nothing", () => {
    const s = new CatalogSearch({ national: loadNationalCatalog() });
    expect(s.search("quản lý chất lượng nước sinh hoạt nông thôn")).toEqual([]);
    expect(s.search("nghi dinh 30 van thu")[0].entry.symbol).toBe("30/2020/NĐ-CP");
  });
});

describe("vbhc cite with a typed symbol", () => {
  it("reports a symbol the catalog lacks with a composed citation and no symbol match", async () => {
    // No law 99 was passed in 2018; 24/2018/QH14 (Luật An ninh mạng) is in the codification layer now.
    const { code, out } = await vbhc("cite", "Luật số 99/2018/QH14", "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      results: { match: string }[];
      typedSymbol: { symbol: string; inCatalog: boolean; composed: Record<string, string> };
    };
    expect(json.typedSymbol).toEqual({
      symbol: "99/2018/QH14",
      inCatalog: false,
      composed: { type: "Luật", symbol: "99/2018/QH14", issuer: "Quốc hội", citation: "Luật số 99/2018/QH14" },
    });
    expect(json.results.filter((r) => r.match === "symbol")).toEqual([]);
    const text = await vbhc("cite", "Luật số 99/2018/QH14");
    expect(text.out).toContain("không có trong danh mục");
    expect(text.out).toContain("is not in the catalog");
  });

  it("finds a document of the codification layer by its symbol, and says where it comes from", async () => {
    const { out } = await vbhc("cite", "Luật số 24/2018/QH14", "--format", "json");
    const json = JSON.parse(out) as {
      results: { symbol: string; match: string; status: string }[];
      typedSymbol: object;
    };
    expect(json.typedSymbol).toMatchObject({ inCatalog: true });
    expect(json.results[0]).toMatchObject({ symbol: "24/2018/QH14", match: "symbol", status: "unknown" });
    expect((await vbhc("cite", "24/2018/QH14")).out).toContain("nguồn: Bộ pháp điển");
  });

  it("marks a catalog document found by its symbol", async () => {
    const { out } = await vbhc("cite", "30/2020/NĐ-CP", "--format", "json");
    const json = JSON.parse(out) as { results: { symbol: string; match: string }[]; typedSymbol: object };
    expect(json.results[0]).toMatchObject({ symbol: "30/2020/NĐ-CP", match: "symbol" });
    expect(json.typedSymbol).toMatchObject({ inCatalog: true, composed: { type: "Nghị định", issuer: "Chính phủ" } });
  });

  it("has no typedSymbol for a query of words", async () => {
    const { out } = await vbhc("cite", "nghi dinh 30 van thu", "--format", "json");
    expect(JSON.parse(out)).not.toHaveProperty("typedSymbol");
  });
});
