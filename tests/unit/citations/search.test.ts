import { CatalogSearch, type CatalogEntry } from "../../../src/core/citations";

const mk = (symbol: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id: symbol,
  type: "Kế hoạch",
  symbol,
  date: "2022-01-01",
  issuer: "Ủy ban nhân dân tỉnh",
  title: "về công tác dân vận",
  effective: null,
  status: "unknown",
  replacedBy: null,
  replacedOn: null,
  family: "state",
  source: "test",
  ...over,
});

describe("search behaviour", () => {
  it("ignores diacritics and đ/d, in the query and in the catalog", () => {
    const s = new CatalogSearch({ national: [mk("1/KH-UBND", { title: "về đổi mới công tác dân vận" })] });
    expect(s.search("doi moi dan van")).toHaveLength(1);
    expect(s.search("ĐỔI MỚI")).toHaveLength(1);
  });

  it("expands abbreviations to the words they stand for", () => {
    const s = new CatalogSearch({
      national: [
        mk("a", { symbol: "", id: "a", type: "Kế hoạch", issuer: "Ủy ban nhân dân tỉnh Trà Vinh" }),
        mk("b", { symbol: "", id: "b", type: "Kế hoạch", issuer: "Sở Nội vụ" }),
      ],
    });
    expect(s.search("ubnd")[0].entry.id).toBe("a");
    // And the other way: the words find an issuer written as an abbreviation.
    const t = new CatalogSearch({
      national: [
        mk("c", { symbol: "", id: "c", issuer: "UBND tỉnh", title: "về thi đua" }),
        mk("d", { symbol: "", id: "d", issuer: "Sở Nội vụ", title: "về thi đua" }),
      ],
    });
    expect(t.search("thi dua uy ban nhan dan")[0].entry.id).toBe("c");
  });

  it("ranks an exact symbol first, even against better text matches", () => {
    const s = new CatalogSearch({
      national: [
        mk("33/KH-UBND", { title: "về 33 CT TTg" }),
        mk("33/CT-TTg", { type: "Chỉ thị", issuer: "Thủ tướng Chính phủ", title: "về dân vận" }),
      ],
    });
    const r = s.search("33/CT-TTg");
    expect(r[0]).toMatchObject({ exact: true });
    expect(r[0].entry.symbol).toBe("33/CT-TTg");
  });

  it("orders equal matches: cited, then recent, then organisation, then national; in force before replaced", () => {
    const a = mk("1/KH-UBND");
    const b = mk("2/KH-UBND");
    const c = mk("3/KH-UBND");
    const d = mk("4/KH-UBND");
    const national = [a, b, c];
    const order = (opts: Parameters<CatalogSearch["search"]>[1], org: CatalogEntry[] = []) =>
      new CatalogSearch({ national, org }).search("ke hoach dan van", opts).map((r) => r.entry.symbol);
    expect(order({ citedSymbols: ["3/KH-UBND"], recent: ["2/KH-UBND"] }, [d])).toEqual([
      "3/KH-UBND",
      "2/KH-UBND",
      "4/KH-UBND",
      "1/KH-UBND",
    ]);
    // Cited documents may be given by catalog id too (the pane knows the ids of its content controls).
    expect(order({ citedSymbols: ["1/KH-UBND"] })[0]).toBe("1/KH-UBND");
    expect(new CatalogSearch({ national }).search("ke hoach dan van", { citedSymbols: [c.id] })[0].cited).toBe(true);
    const replaced = new CatalogSearch({
      national: [
        mk("5/KH-UBND", { status: "replaced", replacedBy: "6/KH-UBND" }),
        mk("6/KH-UBND", { status: "in-force" }),
      ],
    }).search("ke hoach dan van");
    expect(replaced.map((r) => r.entry.symbol)).toEqual(["6/KH-UBND", "5/KH-UBND"]);
    expect(replaced[1].statusLabel).toBe("đã bị thay thế bởi Kế hoạch số 6/KH-UBND");
  });

  it("matches partial symbols and numbers without prefix noise", () => {
    const s = new CatalogSearch({
      national: [
        mk("30/2020/NĐ-CP", { type: "Nghị định" }),
        mk("300/2020/NĐ-CP", { type: "Nghị định" }),
        mk("30/2021/NĐ-CP", { type: "Nghị định" }),
      ],
    });
    expect(s.search("30/2020")[0].entry.symbol).toBe("30/2020/NĐ-CP");
    // "30" is a whole number, not a prefix of 300; "nđ" asks for the type.
    expect(
      s
        .search("nđ 30")
        .map((r) => r.entry.symbol)
        .sort(),
    ).toEqual(["30/2020/NĐ-CP", "30/2021/NĐ-CP"]);
  });

  it("keeps the national entry when the organisation catalog has the same symbol", () => {
    const s = new CatalogSearch({ national: [mk("1/KH-UBND", { status: "in-force" })], org: [mk("1/KH-UBND")] });
    expect(s.size).toBe(1);
    expect(s.search("1/KH-UBND")[0]).toMatchObject({ origin: "national", status: "in-force" });
    expect(s.search("   ")).toEqual([]);
  });
});
