/**
 * Renders a catalog entry as a citation (NĐ 30 PL I; NĐ 78/2025 Điều 68):
 * first mention, short form, "Căn cứ …;" line and an ordered căn cứ list.
 */
import { formatDateSlash, formatDateWords, parseIsoDate } from "../rules/dates";
import type { CatalogEntry } from "./catalog-schema";
import { LAW_TYPES } from "./mentions";
import { parseSymbol } from "./symbol";

export type CitableEntry = Pick<CatalogEntry, "type" | "symbol" | "date" | "issuer" | "title"> &
  Partial<Pick<CatalogEntry, "family">>;

export interface FormatOptions {
  /** Body date style; the words form by default, used consistently in every form. */
  dateStyle?: "words" | "slash";
}

export function isLawType(type: string): boolean {
  return LAW_TYPES.includes(type);
}

/** "Luật Tổ chức Chính phủ" whether the catalog title repeats the type or not. */
export function lawName(e: Pick<CatalogEntry, "type" | "title">): string {
  const t = e.title.trim();
  if (t.toLocaleLowerCase("vi").startsWith(e.type.toLocaleLowerCase("vi"))) return t;
  // A catalog title "về thực hiện dân chủ …" names the law "Pháp lệnh Thực hiện dân chủ …".
  const name = t.replace(/^về\s+/u, "");
  if (!name) return e.type;
  return `${e.type} ${name.charAt(0).toLocaleUpperCase("vi")}${name.slice(1)}`;
}

function dateText(iso: string, opts: FormatOptions): string {
  const d = parseIsoDate(iso);
  if (!d) return "";
  return opts.dateStyle === "slash" ? `ngày ${formatDateSlash(d)}` : formatDateWords(d);
}

function isParty(e: CitableEntry): boolean {
  if (e.family) return e.family === "party";
  const p = parseSymbol(e.symbol);
  return p.ok && p.symbol.family === "party";
}

/** A trích yếu with ; or a full stop inside is quoted so the citation still reads as one. */
function quoteIfNeeded(title: string): string {
  return /[;:]|\.\s/.test(title) && !/^“.*”$/.test(title) ? `“${title}”` : title;
}

/** First mention: "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư". */
export function formatFull(e: CitableEntry, opts: FormatOptions = {}): string {
  const date = dateText(e.date, opts);
  if (isLawType(e.type)) return [lawName(e), date].filter(Boolean).join(" ");
  let s = e.symbol ? `${e.type} số ${e.symbol}` : e.type;
  if (date) s += isParty(e) ? `, ${date}` : ` ${date}`;
  if (e.issuer) s += ` của ${e.issuer}`;
  if (e.title) s += ` ${quoteIfNeeded(e.title)}`;
  return s;
}

/** Later mentions: "Nghị định số 30/2020/NĐ-CP"; Party "Nghị quyết 12-NQ/ĐU"; Luật by name. */
export function formatShort(e: CitableEntry): string {
  if (isLawType(e.type)) return lawName(e);
  if (!e.symbol) return e.type;
  return isParty(e) ? `${e.type} ${e.symbol}` : `${e.type} số ${e.symbol}`;
}

/** 2025–26 căn cứ practice for laws: "Luật Tổ chức Chính phủ số 63/2025/QH15". */
export function formatLawWithNumber(e: CitableEntry): string {
  return e.symbol ? `${lawName(e)} số ${e.symbol}` : lawName(e);
}

/** One căn cứ line: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;". */
export function formatCanCu(
  e: CitableEntry,
  opts: FormatOptions & { last?: boolean; withNumber?: boolean } = {},
): string {
  const body = opts.withNumber && isLawType(e.type) ? formatLawWithNumber(e) : formatFull(e, opts);
  return `Căn cứ ${body}${opts.last ? "." : ";"}`;
}

/** Legal rank for ordering căn cứ (Luật 64/2025 Điều 4), lower first. */
export function legalRank(e: CitableEntry): number {
  const p = parseSymbol(e.symbol);
  const sym = p.ok ? p.symbol : undefined;
  if (e.type === "Hiến pháp") return 0;
  if (e.type === "Bộ luật" || e.type === "Luật") return 1;
  if (sym?.family === "party" || e.family === "party") return 11;
  const issuer = sym?.issuer ?? "";
  if (e.type === "Nghị quyết" && /^QH\d*$/.test(issuer)) return 2;
  if (e.type === "Pháp lệnh" || /^UBTVQH/.test(issuer)) return 3;
  if (/CTN$/.test(issuer)) return 4;
  if (e.type === "Nghị định") return 5;
  if (e.type === "Nghị quyết" && issuer === "CP") return 6;
  if (e.type === "Quyết định" && issuer === "TTg") return 7;
  if (e.type === "Thông tư" || e.type === "Thông tư liên tịch") return 8;
  if (sym?.family === "qppl") return 9;
  return 10;
}

/** A whole căn cứ list in legal order, ";" on each line and "." on the last. */
export function buildCanCuList(
  entries: readonly CitableEntry[],
  opts: FormatOptions & { withNumber?: boolean } = {},
): string[] {
  const sorted = [...entries].sort((a, b) => legalRank(a) - legalRank(b) || a.date.localeCompare(b.date));
  return sorted.map((e, i) => formatCanCu(e, { ...opts, last: i === sorted.length - 1 }));
}
