import fc from "fast-check";
import {
  buildCanCuList,
  findCitations,
  formatCanCu,
  formatFull,
  formatShort,
  formatLawWithNumber,
  formatSymbol,
  isLawType,
  loadNationalCatalog,
  parseSymbol,
} from "../../../src/core/citations";

describe("parseSymbol", () => {
  it.each([
    ["26/KH-UBND", "state", "26", undefined, "KH", "UBND"],
    ["1183/BC-STTTT-VP", "state", "1183", undefined, "BC", "STTTT-VP"],
    ["494/SNV-CCHC", "state", "494", undefined, undefined, "SNV-CCHC"],
    ["36a/NQ-CP", "state", "36a", undefined, "NQ", "CP"],
    ["30/2020/NĐ-CP", "qppl", "30", 2020, "NĐ", "CP"],
    ["01/2016/TT-BNV", "qppl", "01", 2016, "TT", "BNV"],
    ["64/2025/QH15", "qppl", "64", 2025, undefined, "QH15"],
    ["34/2007/PL-UBTVQH11", "qppl", "34", 2007, "PL", "UBTVQH11"],
    ["03/2014/TTLT-BNV-BTC", "qppl", "03", 2014, "TTLT", "BNV-BTC"],
    ["25-NQ/TW", "party", "25", undefined, "NQ", "TW"],
    ["1167-QĐ/TU", "party", "1167", undefined, "QĐ", "TU"],
    ["05-CTr/BDVTU-BCSĐ", "party", "05", undefined, "CTr", "BDVTU-BCSĐ"],
    ["01-QĐi/TW", "party", "01", undefined, "QĐi", "TW"],
  ])("%s", (text, family, number, year, typeAbbr, issuer) => {
    const p = parseSymbol(text);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.symbol).toMatchObject({ family, number, typeAbbr, issuer, text });
    expect(p.symbol.year).toBe(year);
    expect(formatSymbol(p.symbol)).toBe(text);
  });

  it.each([
    ["45/2016QĐ-TTg", "missing-slash", "45/2016/QĐ-TTg"],
    ["120 -KL/TW", "space-inside", undefined],
    ["30//2022/NĐ-CP", "double-slash", undefined],
    ["ABC", "malformed", undefined],
  ])("reports %s as %s", (text, code, suggestion) => {
    const p = parseSymbol(text);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problem.code).toBe(code);
    if (suggestion) expect(p.problem.message).toContain(suggestion);
  });
});

describe("findCitations", () => {
  it("reads a full QPPL mention with its offsets", () => {
    const text = "Thực hiện Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ; tiếp theo";
    const [m] = findCitations(text);
    expect(m).toMatchObject({ type: "Nghị định", date: "2015-01-09", issuer: "Chính phủ", dateStyle: "slash" });
    expect(m.symbol?.text).toBe("04/2015/NĐ-CP");
    expect(m.title).toBe("về thực hiện dân chủ");
    expect(text.slice(m.start, m.end)).toBe(
      "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ",
    );
    expect(text.slice(m.symbolStart, m.symbolEnd)).toBe("04/2015/NĐ-CP");
  });

  it("reads older Party dates with dashes", () => {
    const [m] = findCitations("Nghị quyết số 03-NQ/TW, ngày 01-10-1997 của Ban Chấp hành Trung ương về văn hóa");
    expect(m).toMatchObject({ date: "1997-10-01", dateStyle: "dash", issuer: "Ban Chấp hành Trung ương" });
  });

  it("reads the form without số, the Party comma and the words date", () => {
    const [a] = findCitations("Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.");
    expect(a.symbol?.text).toBe("61/2018/NĐ-CP");
    expect(a.issuer).toBe("Chính phủ");
    const [b] = findCitations("theo Nghị quyết số 12-NQ/ĐU, ngày 05/9/2026 của Đảng ủy xã về xây dựng Đảng.");
    expect(b).toMatchObject({
      type: "Nghị quyết",
      date: "2026-09-05",
      issuer: "Đảng ủy xã",
      title: "về xây dựng Đảng",
    });
    const [c] = findCitations("Kế hoạch số 859/KH-UBND ngày 25 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh");
    expect(c).toMatchObject({ date: "2024-03-25", dateStyle: "words" });
  });

  it("reads laws by name with a date, a year or a number", () => {
    const [a] = findCitations("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    expect(a).toMatchObject({ type: "Luật", title: "Luật Tổ chức chính quyền địa phương", date: "2015-06-19" });
    const [b] = findCitations("theo Luật Đất đai năm 2024 và");
    expect(b).toMatchObject({ type: "Luật", title: "Luật Đất đai", year: 2024 });
    const [c] = findCitations("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;");
    expect(c).toMatchObject({ type: "Luật", title: "Luật Tổ chức Chính phủ" });
    expect(c.symbol?.text).toBe("63/2025/QH15");
  });

  it("stops a trích yếu before the next citation and keeps each citation separate", () => {
    const ms = findCitations(
      "Kế hoạch số 03/KH-UBND ngày 21/01/2022 của Ủy ban nhân dân tỉnh về triển khai Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
    );
    expect(ms.map((m) => m.symbol?.text)).toEqual(["03/KH-UBND", "33/CT-TTg"]);
    expect(ms[0].title).toBe("về triển khai");
    expect(ms[1].issuer).toBe("Thủ tướng Chính phủ");
  });

  it("detects malformed symbols instead of accepting them", () => {
    const ms = findCitations("Kết luận số 120 -KL/TW và Quyết định 45/2016QĐ-TTg ngày 04/10/2016.");
    expect(ms.map((m) => m.symbolProblem?.code)).toEqual(["space-inside", "missing-slash"]);
    const [d] = findCitations("Quyết định số 40/QĐ-STTTT ngày 30//2022 về việc thành lập");
    expect(d.dateText).toBe("30//2022");
    expect(d.date).toBeUndefined();
  });

  it("finds a bare symbol whose type name ended the previous line", () => {
    const [m] = findCitations("230-KH/ĐU ngày 23/02/2022 về thực hiện mô hình");
    expect(m).toMatchObject({ type: "Kế hoạch", typeInferred: true, date: "2022-02-23" });
  });

  it("does not read the document's own number, or a period of years, as a citation", () => {
    expect(findCitations("Số: 1183/BC-STTTT-VP")).toEqual([]);
    expect(findCitations("Kế hoạch 2021-2025 và Chương trình 2016 - 2020 của tỉnh")).toEqual([]);
  });

  it("stays linear on a 1 MB line of near-citations", () => {
    const chunk = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, 120 -KL/TW ";
    const line = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const ms = findCitations(line);
    expect(ms.length).toBeGreaterThanOrEqual(Math.floor(1_000_000 / chunk.length));
    const nasty = `Quyết định số 1${"/A".repeat(200_000)}`;
    expect(findCitations(nasty).length).toBe(1);
  });
});

describe("the national catalog", () => {
  it("formats its entries and reads the same fields back", () => {
    const numbered = loadNationalCatalog().filter((e) => e.symbol && !isLawType(e.type));
    const same = (e: (typeof numbered)[number]) => {
      const ms = findCitations(formatFull(e));
      const m = ms[0];
      return (
        ms.length === 1 &&
        m.type === e.type &&
        m.symbol?.text === e.symbol &&
        (m.date ?? "") === e.date &&
        (m.issuer ?? "") === e.issuer &&
        (m.title ?? "") === e.title
      );
    };
    // The plain case (trích yếu "về …" naming no other document, one issuer) must always come back whole.
    const plain = numbered.filter(
      (e) => e.title.startsWith("về ") && findCitations(e.title).length === 0 && !e.issuer.includes(","),
    );
    const plainOk = plain.filter(same).length;
    const allOk = numbered.filter(same).length;
    console.log(
      `national catalog format→parse: ${allOk}/${numbered.length} entries with a number; plain trích yếu ${plainOk}/${plain.length}`,
    );
    expect(plain.length).toBeGreaterThan(50);
    expect(plainOk / plain.length).toBeGreaterThanOrEqual(0.97);
    // The rest: a trích yếu that cites another document ends at that citation, as in running text.
    expect(allOk / numbered.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe("formatting", () => {
  const nd30 = {
    type: "Nghị định",
    symbol: "30/2020/NĐ-CP",
    date: "2020-03-05",
    issuer: "Chính phủ",
    title: "về công tác văn thư",
  };
  const luat = {
    type: "Luật",
    symbol: "77/2015/QH13",
    date: "2015-06-19",
    issuer: "Quốc hội",
    title: "Luật Tổ chức chính quyền địa phương",
  };
  const party = {
    type: "Nghị quyết",
    symbol: "12-NQ/ĐU",
    date: "2026-09-05",
    issuer: "Đảng ủy xã",
    title: "về xây dựng Đảng",
  };

  it("writes the first-mention, short and căn cứ forms", () => {
    expect(formatFull(nd30)).toBe(
      "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
    );
    expect(formatShort(nd30)).toBe("Nghị định số 30/2020/NĐ-CP");
    expect(formatCanCu(nd30)).toBe(
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    );
    expect(formatFull(nd30, { dateStyle: "slash" })).toBe(
      "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
    );
  });

  it("writes laws by name and date, without number or issuer, and the 2025 form with số", () => {
    expect(formatCanCu(luat)).toBe("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    expect(formatShort(luat)).toBe("Luật Tổ chức chính quyền địa phương");
    expect(formatLawWithNumber(luat)).toBe("Luật Tổ chức chính quyền địa phương số 77/2015/QH13");
    expect(formatFull({ ...luat, type: "Pháp lệnh", title: "về thực hiện dân chủ ở xã, phường, thị trấn" })).toMatch(
      /^Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn ngày/,
    );
  });

  it("writes Party citations with the comma before ngày", () => {
    expect(formatFull(party)).toBe("Nghị quyết số 12-NQ/ĐU, ngày 05 tháng 9 năm 2026 của Đảng ủy xã về xây dựng Đảng");
    expect(formatFull(party, { dateStyle: "slash" })).toBe(
      "Nghị quyết số 12-NQ/ĐU, ngày 05/9/2026 của Đảng ủy xã về xây dựng Đảng",
    );
    expect(formatShort(party)).toBe("Nghị quyết 12-NQ/ĐU");
  });

  it("builds a căn cứ list in legal order with ; and a final .", () => {
    const tt = {
      type: "Thông tư",
      symbol: "01/2011/TT-BNV",
      date: "2011-01-19",
      issuer: "Bộ Nội vụ",
      title: "hướng dẫn thể thức",
    };
    const kh = {
      type: "Kế hoạch",
      symbol: "26/KH-UBND",
      date: "2022-03-29",
      issuer: "Ủy ban nhân dân tỉnh",
      title: "về dân vận",
    };
    const qd = {
      type: "Quyết định",
      symbol: "45/2016/QĐ-TTg",
      date: "2016-10-19",
      issuer: "Thủ tướng Chính phủ",
      title: "về gửi văn bản",
    };
    const lines = buildCanCuList([kh, tt, nd30, qd, luat]);
    expect(lines.map((l) => findCitations(l)[0].type)).toEqual([
      "Luật",
      "Nghị định",
      "Quyết định",
      "Thông tư",
      "Kế hoạch",
    ]);
    expect(lines.slice(0, -1).every((l) => l.endsWith(";"))).toBe(true);
    expect(lines[lines.length - 1].endsWith(".")).toBe(true);
  });
});

describe("format then parse (property)", () => {
  const words = [
    "công",
    "tác",
    "văn",
    "thư",
    "dân",
    "vận",
    "chính",
    "quyền",
    "cải",
    "cách",
    "hành",
    "trực",
    "tuyến",
    "cơ",
    "sở",
  ];
  const issuers = [
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Bộ Nội vụ",
    "Ủy ban nhân dân tỉnh Trà Vinh",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Thường vụ Tỉnh ủy",
  ];
  const title = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => `về ${w.join(" ")}`);
  const date = fc
    .record({
      y: fc.integer({ min: 1990, max: 2030 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({ y, iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` }));
  const num = fc
    .tuple(fc.integer({ min: 1, max: 2999 }), fc.constantFrom("", "", "a"))
    .map(([n, s]) => `${String(n).padStart(2, "0")}${s}`);
  const qppl = fc
    .tuple(
      num,
      date,
      fc.constantFrom(
        ["Nghị định", "NĐ-CP"],
        ["Thông tư", "TT-BNV"],
        ["Quyết định", "QĐ-TTg"],
        ["Nghị quyết", "NQ-HĐND"],
      ),
    )
    .map(([n, d, [type, tail]]) => ({ type, symbol: `${n}/${d.y}/${tail}`, date: d.iso }));
  const state = fc
    .tuple(
      num,
      date,
      fc.constantFrom(
        ["Kế hoạch", "KH"],
        ["Quyết định", "QĐ"],
        ["Chỉ thị", "CT"],
        ["Báo cáo", "BC"],
        ["Quy định", "QyĐ"],
      ),
      fc.constantFrom("UBND", "STTTT-VP", "BNV"),
    )
    .map(([n, d, [type, abbr], ag]) => ({ type, symbol: `${n}/${abbr}-${ag}`, date: d.iso }));
  const party = fc
    .tuple(
      num,
      date,
      fc.constantFrom(["Nghị quyết", "NQ"], ["Kết luận", "KL"], ["Quy định", "QĐi"], ["Chương trình", "CTr"]),
      fc.constantFrom("TW", "TU", "BDVTU-BCSĐ"),
    )
    .map(([n, d, [type, abbr], ag]) => ({ type, symbol: `${n}-${abbr}/${ag}`, date: d.iso }));
  const entry = fc
    .tuple(fc.oneof(qppl, state, party), fc.constantFrom(...issuers), title)
    .map(([e, issuer, t]) => ({ ...e, issuer, title: t }));

  it("returns the same type, symbol, date, issuer and title in every form and date style", () => {
    fc.assert(
      fc.property(entry, fc.constantFrom<"words" | "slash">("words", "slash"), (e, dateStyle) => {
        for (const text of [formatFull(e, { dateStyle }), formatCanCu(e, { dateStyle, last: true })]) {
          const ms = findCitations(text);
          expect(ms).toHaveLength(1);
          expect({
            type: ms[0].type,
            symbol: ms[0].symbol?.text,
            date: ms[0].date,
            issuer: ms[0].issuer,
            title: ms[0].title,
          }).toEqual(e);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads laws back by name and date", () => {
    const name = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => `Luật ${w.join(" ")}`);
    fc.assert(
      fc.property(name, date, (title, d) => {
        const ms = findCitations(formatCanCu({ type: "Luật", symbol: "", date: d.iso, issuer: "Quốc hội", title }));
        expect(ms).toHaveLength(1);
        expect(ms[0]).toMatchObject({ type: "Luật", title, date: d.iso });
      }),
      { numRuns: 200 },
    );
  });
});
