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

/** Parses YYYY-MM-DD strictly. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(d.year, d.month, d.day) ? d : undefined;
}
