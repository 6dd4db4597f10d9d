/** The one set of unit conversions and the shared date helpers that every reader and writer uses. */
import {
  cmToTwips,
  formatIsoDate,
  halfPointsToPt,
  isoToSlash,
  lineUnitsToLines,
  linesToLineUnits,
  mmToPt,
  parseIsoDate,
  ptToHalfPoints,
  ptToMm,
  ptToTwips,
  twipsToPt,
  typedDateToIso,
  typedDmyToIso,
} from "../../../src/core/rules";
import { isoDay } from "../../../src/core/citations/catalog-build";
import { restoreMissingSlash } from "../../../src/core/citations/symbol";

describe("unit conversions", () => {
  test("font sizes go to w:sz half-points and back", () => {
    expect(ptToHalfPoints(13)).toBe(26);
    expect(ptToHalfPoints(13.5)).toBe(27);
    expect(halfPointsToPt(27)).toBe(13.5);
  });

  test("line multiples go to w:line in 240ths and back", () => {
    expect(linesToLineUnits(1)).toBe(240);
    expect(linesToLineUnits(1.15)).toBe(276);
    expect(lineUnitsToLines(360)).toBe(1.5);
  });

  test("points, twips, millimetres and centimetres agree with each other", () => {
    expect(ptToTwips(6)).toBe(120);
    expect(twipsToPt(1440)).toBe(72);
    expect(cmToTwips(1.27)).toBe(720);
    expect(mmToPt(25.4)).toBe(72);
    expect(ptToMm(72)).toBeCloseTo(25.4, 10);
  });
});

describe("dates", () => {
  test("a typed day, month, year is read with any of / . - and padded", () => {
    for (const typed of ["5/2/2026", "05.02.2026", " 5-2-2026 "]) expect(typedDmyToIso(typed)).toBe("2026-02-05");
    expect(typedDmyToIso("2/2026")).toBeUndefined();
    expect(typedDateToIso("2/2026")).toBe("2026-02");
  });

  test("ISO days format, parse and turn into the citation's slash form", () => {
    expect(formatIsoDate({ year: 2026, month: 2, day: 5 })).toBe("2026-02-05");
    expect(parseIsoDate("2026-02-30")).toBeUndefined();
    expect(isoToSlash("2026-02-05")).toBe("05/02/2026");
    expect(isoToSlash("2026-11-05")).toBe("05/11/2026");
    expect(isoToSlash("not a date")).toBeUndefined();
  });

  test("the national catalog import reads ISO days with a time and typed days, and drops impossible ones", () => {
    expect(isoDay("2020-03-05T00:00:00")).toBe("2020-03-05");
    expect(isoDay("5/3/2020")).toBe("2020-03-05");
    expect(isoDay("05.03.2020")).toBe("2020-03-05");
    expect(isoDay("31/2/2020")).toBe("");
    expect(isoDay(20200305)).toBe("");
  });
});

test("a QPPL number missing the slash after its year is made whole, and nothing else is touched", () => {
  expect(restoreMissingSlash("15/2020NĐ-CP")).toBe("15/2020/NĐ-CP");
  expect(restoreMissingSlash("15/2020/NĐ-CP")).toBeUndefined();
  expect(restoreMissingSlash("1183/BC-STTTT")).toBeUndefined();
});
