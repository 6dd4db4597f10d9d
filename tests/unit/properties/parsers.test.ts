/**
 * Properties of the core's text parsers (citations, số/ký hiệu, headings and numbering, dates):
 * - they never throw, on any string, random or built from the grammar's own tokens;
 * - they take linear time on adversarial input (long runs of digits, slashes, hyphens, stars, a line of
 *   "1.1.1.", a 1 MB paragraph, 50,000 paragraphs of "I."). "Linear" is measured without a wall-clock
 *   threshold: the time for 4n is compared with the time for n in the same run (best of three each), and
 *   must stay under 10 times it (or under 100 ms). A linear parser gives about 4, a quadratic one 16;
 * - formatting fields and parsing the text gives the same fields back.
 */
import * as fc from "fast-check";
import { performance } from "perf_hooks";
import { findCitations, formatFull, formatSymbol, parseSymbol, type ParsedSymbol } from "../../../src/core/citations";
import { snapshotFromText } from "../../../src/core/model/document";
import { analyzeNumbering, renumber } from "../../../src/core/numbering";
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES } from "../../../src/core/rules/document-types";
import { formatDateSlash, formatDateWords, isValidDate, parseIsoDate } from "../../../src/core/rules/dates";
import { analyzeStructure, matchHeading } from "../../../src/core/structure";
import { headerDate } from "../../../src/core/structure/header-date";

jest.setTimeout(120_000);

/** Every parser of this file on one text: as a paragraph, as a whole document, and as a symbol. */
function parseAll(text: string): void {
  findCitations(text);
  parseSymbol(text);
  matchHeading(text);
  parseIsoDate(text);
  const doc = snapshotFromText(text);
  const structure = analyzeStructure(doc);
  analyzeNumbering(structure);
  renumber(doc, undefined, structure);
  headerDate(doc);
}

/** Pieces of the grammars, so random texts come near real citations, headings and dates. */
const TOKENS = [
  "Nghị định",
  "Quyết định số ",
  "Luật ",
  "Thông tư liên tịch số",
  "Kế hoạch số",
  "số",
  "ngày ",
  "tháng ",
  "năm ",
  "của ",
  "về ",
  "Hà Nội, ",
  "30/2020/NĐ-CP",
  "12-NQ/TW",
  "05/BC-STTTT-VP",
  "1/",
  "/",
  "//",
  "-",
  "--",
  "1",
  "2026",
  "05",
  "I.",
  "IV-",
  "XXXIX.",
  "1.1.",
  "1.",
  "a)",
  "Điều 3.",
  "Chương II",
  "Mục 1",
  "Phụ lục",
  "PHẦN I",
  "A. ",
  "“",
  "”",
  '"',
  ";",
  ",",
  ".",
  " ",
  "\u00a0",
  "\t",
  "\n",
  "*",
  "_",
  "Đ",
  "ệ",
  "e\u0302\u0323",
];
const grammarText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("the parsers never throw", () => {
  test("on arbitrary strings (any UTF-16, lone surrogates included)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        parseAll(s);
      }),
      { numRuns: 300 },
    );
  });

  test("on texts built from the grammars' own tokens", () => {
    fc.assert(
      fc.property(grammarText, (s) => {
        parseAll(s);
      }),
      { numRuns: 500 },
    );
  });
});

/** Best of three timings of `run(input)`, in ms. */
function timed(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Asserts run(make(4n)) takes under 10× run(make(n)), or under 100 ms in all. The floor keeps timer and
 * garbage-collector noise on small timings from failing a fast parser; a quadratic parser is caught
 * because at these sizes its 4n run takes seconds (the two found here took 25 s and 5 s before their fix).
 */
function expectLinear(make: (n: number) => string, run: (s: string) => unknown, n: number): void {
  const small = make(n);
  const big = make(4 * n);
  run(small); // warm-up: compile the regular expressions and the code paths
  const t1 = timed(() => run(small));
  const t4 = timed(() => run(big));
  expect({ n, t1: Math.round(t1), t4: Math.round(t4), linear: t4 < Math.max(10 * t1, 100) }).toMatchObject({
    linear: true,
  });
}

const citations = (s: string) => findCitations(s);
const headings = (s: string) => matchHeading(s);
const wholeDocument = (s: string) => {
  const doc = snapshotFromText(s);
  const structure = analyzeStructure(doc);
  analyzeNumbering(structure);
  renumber(doc, undefined, structure);
  headerDate(doc);
};

describe("the parsers take linear time on adversarial input", () => {
  const cases: [string, (n: number) => string, (s: string) => unknown, number][] = [
    ["a citation with 100,000 digits", (n) => `Nghị định số ${"1".repeat(n)}`, citations, 100_000],
    ["a citation with 100,000 slashes", (n) => `Quyết định số 1${"/".repeat(n)}A`, citations, 100_000],
    ["a citation with 100,000 hyphens", (n) => `Quyết định số 1/QĐ${"-".repeat(n)}A`, citations, 100_000],
    ["100,000 digits after ngày", (n) => `Nghị định số 1/NĐ-CP ngày ${"1".repeat(n)}`, citations, 100_000],
    ["a symbol of 100,000 segments", (n) => `1/A${"-1".repeat(n / 2)}ệ`, (s) => parseSymbol(s), 100_000],
    ["bare symbols all through a paragraph", (n) => "1/QĐ-UB ".repeat(n / 8), citations, 100_000],
    ["many citations with an issuer", (n) => "Quyết định số 1/QĐ-UB của Sở X ".repeat(n / 32), citations, 250_000],
    ["a law name repeated", (n) => "Luật ".repeat(n / 5), citations, 100_000],
    ["a 1 MB paragraph of grammar tokens", (n) => TOKENS.join(" ").repeat(n / 500), citations, 250_000],
    ["a heading followed by 100,000 stars", (n) => `I. A${"*".repeat(n)}x`, headings, 100_000],
    ["a line of 10,000 “1.1.1.”", (n) => "1.1.1.".repeat(n), headings, 10_000],
    ["a line of 10,000 “1.1.1.” as a document", (n) => "1.1.1.".repeat(n), wholeDocument, 10_000],
    ["50,000 paragraphs of “I.”", (n) => "I.\n".repeat(n), wholeDocument, 12_500],
    // 3,600 at most: numbering past 3,999 (beyond Roman numerals) is a separate fix.
    ["3,600 Roman headings with titles", (n) => "I. MỤC\n".repeat(n), wholeDocument, 900],
    ["a 1 MB paragraph as a document", (n) => TOKENS.join(" ").repeat(n / 500), wholeDocument, 250_000],
  ];
  test.each(cases)("%s", (_name, make, run, n) => {
    expectLinear(make, run, n);
  });
});

// ---- format, then parse -------------------------------------------------------------------------

const UPPER = "ABCDEGHKLMNPQSTUVXYĐ".split("");
const segment = (first: string[]) =>
  fc
    .tuple(fc.constantFrom(...first), fc.string({ unit: fc.constantFrom(..."ABCDHNQTVX0123456789đ"), maxLength: 5 }))
    .map(([a, b]) => a + b);
const issuerArb = fc.array(segment(UPPER), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("-"));
const numberArb = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom("", "a", "b", "đ"), fc.boolean())
  .map(([n, letter, zero]) => `${zero && n < 10 ? "0" : ""}${n}${letter}`);
const stateAbbrs = [...new Set(DOCUMENT_TYPES.flatMap((t) => (t.abbr ? [t.abbr] : [])))];
const partyAbbrs = [...new Set(PARTY_TYPES.map((t) => t.abbr))];
const qpplAbbrs = [...new Set(QPPL_TYPES.map((t) => t.abbr))];
const allAbbrs = new Set([...stateAbbrs, ...qpplAbbrs]);
/** An untyped issuer must not begin with a type abbreviation and a hyphen, or it would read as typed. */
const untypedIssuer = issuerArb.filter((i) => !i.includes("-") || !allAbbrs.has(i.slice(0, i.indexOf("-"))));

const symbolArb: fc.Arbitrary<Omit<ParsedSymbol, "text">> = fc.oneof(
  fc.record({
    family: fc.constant("state" as const),
    number: numberArb,
    typeAbbr: fc.constantFrom(...stateAbbrs),
    issuer: issuerArb,
  }),
  fc.record({ family: fc.constant("state" as const), number: numberArb, issuer: untypedIssuer }),
  fc.record({
    family: fc.constant("qppl" as const),
    number: numberArb,
    year: fc.integer({ min: 1945, max: 2100 }),
    typeAbbr: fc.constantFrom(...qpplAbbrs),
    issuer: issuerArb,
  }),
  fc.record({
    family: fc.constant("party" as const),
    number: numberArb,
    typeAbbr: fc.constantFrom(...partyAbbrs.filter((a) => /^[A-ZĐ][A-Za-zĐđ]*$/.test(a))),
    issuer: issuerArb,
  }),
);

const dayArb = fc
  .record({
    year: fc.integer({ min: 1945, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => isValidDate(d.year, d.month, d.day));
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("format, then parse, gives the same fields back", () => {
  test("số, ký hiệu of all three families", () => {
    fc.assert(
      fc.property(symbolArb, (fields) => {
        const text = formatSymbol(fields);
        const parsed = parseSymbol(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.symbol).toEqual({ ...fields, text });
      }),
      { numRuns: 500 },
    );
  });

  test("dates: ISO, the words form in a place-and-date line, and the slash form in a citation", () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        expect(parseIsoDate(iso(d))).toEqual(d);
        const doc = snapshotFromText(`BỘ NỘI VỤ\nSố: 5/BC-BNV\nHà Nội, ${formatDateWords(d)}\nBÁO CÁO`);
        expect(headerDate(doc)).toBe(iso(d));
        const [m] = findCitations(
          `Căn cứ Quyết định số 12/QĐ-UBND ngày ${formatDateSlash(d)} của Ủy ban nhân dân tỉnh;`,
        );
        expect(m.date).toBe(iso(d));
        expect(m.dateStyle).toBe("slash");
      }),
      { numRuns: 300 },
    );
  });

  const NON_LAW_TYPES = ["Nghị định", "Quyết định", "Thông tư", "Chỉ thị", "Kế hoạch", "Công văn", "Nghị quyết"];
  const ISSUERS = ["Chính phủ", "Bộ Nội vụ", "Ủy ban nhân dân tỉnh Trà Vinh", "Sở Thông tin và Truyền thông"];
  const TITLES = ["về công tác văn thư", "ban hành Quy chế làm việc", "hướng dẫn thể thức văn bản", ""];

  test("a full citation: type, số/ký hiệu, date, issuer and trích yếu", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NON_LAW_TYPES),
        symbolArb.filter((s) => s.family !== "party"),
        dayArb,
        fc.constantFrom(...ISSUERS),
        fc.constantFrom(...TITLES),
        (type, fields, d, issuer, title) => {
          const symbol = formatSymbol(fields);
          const text = formatFull({ type, symbol, date: iso(d), issuer, title });
          const found = findCitations(`Căn cứ ${text};`);
          expect(found).toHaveLength(1);
          const m = found[0];
          expect(m).toMatchObject({ type, symbolText: symbol, date: iso(d), issuer });
          expect(m.symbol).toEqual({ ...fields, text: symbol });
          if (title) expect(m.title).toBe(title);
          else expect(m.title).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});
