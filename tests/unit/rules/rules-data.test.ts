import {
  DOCUMENT_TYPES,
  FIXED,
  PAGE,
  STATE_FORMATS,
  findDocumentType,
  formatDateSlash,
  formatDateWords,
  isValidDate,
  parseIsoDate,
  signingPrefix,
  typeByName,
} from "../../../src/core/rules";

describe("rules data", () => {
  it("keeps the decree's fixed strings exactly, old-style tone marks included", () => {
    expect(FIXED.quocHieu.text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(FIXED.tieuNgu.text).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(FIXED.quocHieu.text.normalize("NFC")).toBe(FIXED.quocHieu.text);
  });

  it("has the Phụ lục III abbreviations with their mixed case, and none for công văn", () => {
    const abbr = (slug: string) => DOCUMENT_TYPES.find((t) => t.slug === slug)?.abbr;
    expect(abbr("quy-dinh")).toBe("QyĐ");
    expect(abbr("chuong-trinh")).toBe("CTr");
    expect(abbr("to-trinh")).toBe("TTr");
    expect(abbr("ban-trich-sao")).toBe("TrS");
    expect(abbr("cong-van")).toBeNull();
    expect(abbr("thu-cong")).toBeNull();
    expect(DOCUMENT_TYPES.some((t) => t.abbr === "CV")).toBe(false);
    const abbrs = DOCUMENT_TYPES.map((t) => t.abbr).filter(Boolean);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });

  it("finds a type by slug, exact abbreviation or unambiguous ASCII abbreviation", () => {
    expect(findDocumentType("bao-cao")?.abbr).toBe("BC");
    expect(findDocumentType("QĐ")?.slug).toBe("quyet-dinh");
    expect(findDocumentType("QD")?.slug).toBe("quyet-dinh");
    expect(findDocumentType("QyĐ")?.slug).toBe("quy-dinh");
    expect(findDocumentType("DA")?.slug).toBe("du-an");
    expect(findDocumentType("ĐA")?.slug).toBe("de-an");
    expect(findDocumentType("XYZ")).toBeUndefined();
    expect(typeByName("báo cáo")?.abbr).toBe("BC");
  });

  it("writes dates as ô 4 requires: zero before day < 10 and months 1-2 only", () => {
    expect(formatDateWords({ year: 2026, month: 2, day: 5 })).toBe("ngày 05 tháng 02 năm 2026");
    expect(formatDateWords({ year: 2024, month: 3, day: 25 })).toBe("ngày 25 tháng 3 năm 2024");
    expect(formatDateSlash({ year: 2020, month: 3, day: 5 })).toBe("05/3/2020");
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(parseIsoDate("2026-02-30")).toBeUndefined();
    expect(parseIsoDate("2026-02-05")).toEqual({ year: 2026, month: 2, day: 5 });
  });

  it("gives each size as a range whose default lies inside it", () => {
    for (const [key, f] of Object.entries(STATE_FORMATS)) {
      expect([key, f.size.min <= f.size.default && f.size.default <= f.size.max]).toEqual([key, true]);
    }
    expect(STATE_FORMATS.noiNhanLabel).toMatchObject({ bold: true, italic: true, size: { default: 12 } });
    expect(STATE_FORMATS.recipients.size.default).toBe(11);
    for (const m of Object.values(PAGE.margins)) expect(m.default).toBeGreaterThanOrEqual(m.min);
  });

  it("signs with the state or the Party prefixes", () => {
    expect(signingPrefix("KT")).toBe("KT.");
    expect(signingPrefix("TM", "party")).toBe("T/M");
    expect(() => signingPrefix("TUQ", "party")).toThrow(/Party/);
  });
});
