import { REF } from "./references";

/** Day and month in the words form of ô 4: day < 10 and months 1–2 take a leading zero; months 3–12 do not. */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}
export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}
export const DATE_WORDS_REF = REF.plI_II4;

/** "ngày 05 tháng 02 năm 2026" */
export function formatDateWords(d: { year: number; month: number; day: number }): string {
  return `ngày ${padDay(d.day)} tháng ${padMonth(d.month)} năm ${d.year}`;
}

/** "05/02/2026" style used in body citations: zero only on day < 10 and months 1–2. */
export function formatDateSlash(d: { year: number; month: number; day: number }): string {
  return `${padDay(d.day)}/${padMonth(d.month)}/${d.year}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** YYYY-MM-DD, the one form dates take in data (catalogs, block input, JSON reports). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatIsoDate(d: { year: number; month: number; day: number }): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** A day typed as day, month, year ("5/2/2026", "05.02.2026", "5-2-2026") as YYYY-MM-DD, unchecked; else undefined. */
export function typedDmyToIso(typed: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed.trim());
  return m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : undefined;
}

/**
 * A date typed in a form as YYYY-MM-DD for the builders: "5/2/2026" and "05/02/2026" → "2026-02-05"; "2/2026" →
 * "2026-02" (a draft with a blank day); anything else is returned trimmed, so a validator can name it.
 */
export function typedDateToIso(typed: string): string {
  const t = typed.trim();
  const full = typedDmyToIso(t);
  if (full) return full;
  const m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return `${m[2]}-${m[1].padStart(2, "0")}`;
  return t;
}

/** Parses YYYY-MM-DD strictly. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d.year, d.month, d.day) ? d : undefined;
}

/** YYYY-MM-DD as the slash form of body citations ("05/02/2026"); undefined when it is not a real day. */
export function isoToSlash(iso: string): string | undefined {
  const d = parseIsoDate(iso);
  return d ? formatDateSlash(d) : undefined;
}

/**
 * The one date grammar. Words form “ngày 05 tháng 3 năm 2025”, read as typed: a draft's blank day or month
 * (“ngày   tháng 6 năm 2022”, “ngày … tháng …”) and a missing space (“tháng12”, “ngày05”) are still read, so
 * the rules that need the date keep working while the rules about its form report what is wrong.
 */
const WORDS_DATE_SOURCE =
  "ngày([ \\t\\u00a0]*)(\\d{1,2})?([\\s.…_]*)tháng([ \\t\\u00a0]*)(\\d{1,2})?([\\s.…_]*)năm([ \\t\\u00a0]*)(\\d{4})(?!\\d)";

const WORDS_DATE = new RegExp(WORDS_DATE_SOURCE, "gu");

export interface DatePart {
  text: string;
  start: number;
}

export interface WordsDate {
  /** Range of the whole “ngày … năm yyyy” in the text. */
  start: number;
  end: number;
  text: string;
  /** Undefined when left blank. */
  day?: DatePart;
  month?: DatePart;
  year: DatePart;
  /** Offsets where a word and a number touch with no space (“tháng|12”), in order. */
  glued: number[];
  /** Offsets of the spaces between the parts, for rules that rewrite them: [after ngày, after day, after tháng, after month, after năm]. */
  gaps: DatePart[];
}

/** Every words-form date in a text, in order. */
export function wordsDates(text: string): WordsDate[] {
  const out: WordsDate[] = [];
  for (const m of text.matchAll(WORDS_DATE)) {
    const start = m.index ?? 0;
    let at = start;
    const parts: (DatePart | undefined)[] = [];
    // Walk the pieces in order: word, gap, number, gap, word, gap, number, gap, word, gap, year.
    const seq: [string, string | undefined][] = [
      ["word", "ngày"],
      ["gap", m[1]],
      ["num", m[2]],
      ["gap", m[3]],
      ["word", "tháng"],
      ["gap", m[4]],
      ["num", m[5]],
      ["gap", m[6]],
      ["word", "năm"],
      ["gap", m[7]],
      ["num", m[8]],
    ];
    const gaps: DatePart[] = [];
    for (const [kind, value] of seq) {
      const v = value ?? "";
      if (kind === "num") parts.push(v ? { text: v, start: at } : undefined);
      if (kind === "gap") gaps.push({ text: v, start: at });
      at += v.length;
    }
    const [day, month, year] = parts;
    const glued: number[] = [];
    // A number glued to the word before it, or a number glued to the word after it.
    if (day && !m[1]) glued.push(day.start);
    if (day && !m[3]) glued.push(day.start + day.text.length);
    if (month && !m[4]) glued.push(month.start);
    if (month && !m[6]) glued.push(month.start + month.text.length);
    if (!m[7]) glued.push(year!.start);
    out.push({ start, end: at, text: m[0], day, month, year: year!, glued, gaps });
  }
  return out;
}

/** The day, month and year of a words date as numbers; a blank day or month is the earliest it can be. */
export function wordsDateValue(d: WordsDate): { year: number; month: number; day: number } {
  return { year: Number(d.year.text), month: d.month ? Number(d.month.text) : 1, day: d.day ? Number(d.day.text) : 1 };
}

/**
 * Numeric form “05/02/2026” in running text: not inside URLs, symbols or longer numbers; the month may be
 * missing (“30//2022”), which the invalid-date rule reports.
 */
export const SLASH_DATE = /(?<![\d/:.\p{L}-])(\d{1,2})\/(\d{0,2})\/(\d{4})(?![\d/])/gu;

/** A numeric date written after “ngày” where the words form belongs (“ngày 05/02/2026”, “ngày 5.2.2026”). */
export const NUMERIC_AFTER_NGAY = /ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u;

/** Numeric date right after “ngày ” in a citation (“ngày 09/01/2015”, “ngày 09-01-2015”), read sticky at a position. */
export const NUMERIC_DATE_AT = /(\d{1,2})([/-])(\d{0,2})\2(\d{4})(?!\d)/y;
