/**
 * The organisation catalog: import (CSV or JSON, row-level Vietnamese errors), export,
 * harvest from the open document, and fetch from one configured URL with an offline cache.
 */
import Papa from "papaparse";
import type { DocumentSnapshot } from "../model/document";
import { catalogEntrySchema, type CatalogEntry } from "./catalog-schema";
import { describeIssues, makeEntryId } from "./catalog";
import { findCitations } from "./mentions";
import { parseSymbol } from "./symbol";
import { symbolKey } from "./text";
import { typedDmyToIso } from "../rules/dates";

export interface ImportResult {
  entries: CatalogEntry[];
  /** "dòng 7: ngày không hợp lệ" (CSV: file line; JSON: "mục N"). */
  errors: string[];
}

export const CSV_COLUMNS = [
  "id",
  "type",
  "symbol",
  "date",
  "issuer",
  "title",
  "effective",
  "status",
  "replacedBy",
  "replacedOn",
  "family",
  "source",
  "aliases",
  "amendedBy",
] as const;

const COLUMN_ALIASES: Record<string, string> = {
  replaced_by: "replacedBy",
  replaced_on: "replacedOn",
  amended_by: "amendedBy",
};

/** "5/3/2020" or "05/03/2020" → "2020-03-05"; ISO kept; anything else returned as is (the schema rejects it). */
function normaliseDate(s: string): string {
  return typedDmyToIso(s) ?? s.trim();
}

function str(v: unknown): string {
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
}

function list(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(str).filter(Boolean);
  const s = str(v);
  return s ? s.split(/\s*;\s*/).filter(Boolean) : undefined;
}

/** Fills what an imported row may leave out (id, family, status, nulls) before validating it. */
function completeRow(row: Record<string, unknown>, defaultSource: string): Record<string, unknown> {
  const symbol = str(row.symbol).normalize("NFC");
  const type = str(row.type).normalize("NFC");
  const date = normaliseDate(str(row.date));
  const parsed = symbol ? parseSymbol(symbol) : undefined;
  const family = str(row.family) || (parsed?.ok ? parsed.symbol.family : "state");
  const opt = (k: string) => (str(row[k]) ? normaliseDate(str(row[k])) : null);
  const out: Record<string, unknown> = {
    id: str(row.id) || makeEntryId(type, symbol, date),
    type,
    symbol,
    date,
    issuer: str(row.issuer).normalize("NFC"),
    title: str(row.title).normalize("NFC"),
    effective: opt("effective"),
    status: str(row.status) || "unknown",
    replacedBy: str(row.replacedBy) || null,
    replacedOn: opt("replacedOn"),
    family,
    source: str(row.source) || defaultSource,
  };
  const aliases = list(row.aliases);
  if (aliases) out.aliases = aliases;
  const amendedBy = list(row.amendedBy);
  if (amendedBy) out.amendedBy = amendedBy;
  return out;
}

function validateRow(row: Record<string, unknown>, where: string, source: string, out: ImportResult): void {
  const r = catalogEntrySchema.safeParse(completeRow(row, source));
  if (!r.success) {
    out.errors.push(`${where}: ${describeIssues(r.error.issues)}`);
    return;
  }
  if (r.data.symbol) {
    const p = parseSymbol(r.data.symbol);
    if (!p.ok) {
      out.errors.push(`${where}: ${p.problem.message}`);
      return;
    }
  }
  out.entries.push(r.data);
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula. Export prefixes such a cell
 * with an apostrophe, the usual neutraliser; a cell already starting with apostrophes before one of those
 * gets one more, so import can remove exactly one and every value comes back as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** The file line each parsed row starts on (quoted cells may span lines; blank lines are skipped). */
function rowLines(text: string, rows: readonly Record<string, string>[]): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const out: number[] = [];
  let cursor = 1;
  for (const row of rows) {
    while (cursor < lines.length && lines[cursor].trim() === "") cursor++;
    out.push(cursor + 1);
    const spanned = (Object.values(row).join("").match(/\n/g) ?? []).length;
    cursor += 1 + spanned;
  }
  return out;
}

/** Imports a CSV with a header row (columns as in CSV_COLUMNS; replaced_by/replaced_on accepted). */
export function importCatalogCsv(text: string, source = "danh mục của cơ quan"): ImportResult {
  const out: ImportResult = { entries: [], errors: [] };
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => COLUMN_ALIASES[h.trim()] ?? h.trim(),
    transform: restoreFormula,
  });
  const fields = parsed.meta.fields ?? [];
  for (const need of ["type", "symbol", "date"]) {
    if (!fields.includes(need)) out.errors.push(`dòng 1: thiếu cột “${need}”`);
  }
  if (out.errors.length) return out;
  const lines = rowLines(body, parsed.data);
  // An unterminated quote makes the rest of the file one cell of the last row: that row is reported, not imported.
  const unclosed = parsed.errors.some((e) => e.code === "MissingQuotes") ? parsed.data.length - 1 : -1;
  parsed.data.forEach((row, i) => {
    if (i === unclosed) {
      out.errors.push(
        `dòng ${lines[i]}: dấu ngoặc kép (") mở mà không đóng; dòng này và các dòng sau nó không được nhập`,
      );
      return;
    }
    validateRow(row, `dòng ${lines[i]}`, source, out);
  });
  return out;
}

/** Imports a JSON array of entries (missing optional fields are filled). */
export function importCatalogJson(text: string, source = "danh mục của cơ quan"): ImportResult {
  const out: ImportResult = { entries: [], errors: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    out.errors.push("tệp JSON không đọc được");
    return out;
  }
  if (!Array.isArray(data)) {
    out.errors.push("tệp JSON phải là một mảng các văn bản");
    return out;
  }
  data.forEach((row, i) => {
    if (row === null || typeof row !== "object") out.errors.push(`mục ${i + 1}: không phải là một văn bản`);
    else validateRow(row as Record<string, unknown>, `mục ${i + 1}`, source, out);
  });
  return out;
}

/** Picks the format from the content (a JSON array starts with "["). */
export function importCatalog(text: string, source?: string): ImportResult {
  return /^\uFEFF?\s*\[/.test(text) ? importCatalogJson(text, source) : importCatalogCsv(text, source);
}

export function exportCatalogJson(entries: readonly CatalogEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

export function exportCatalogCsv(entries: readonly CatalogEntry[]): string {
  const rows = entries.map((e) =>
    CSV_COLUMNS.map((c) => {
      const v = e[c];
      return neutraliseFormula(Array.isArray(v) ? v.join("; ") : (v ?? ""));
    }),
  );
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\n" })}\n`;
}

export const HARVEST_SOURCE = "harvested from the document";

/** Every citation in the document as a candidate entry for review: dedup by symbol, status unknown. */
/**
 * The issuer a mention leaves implicit: the Constitution, codes and laws are passed by the Quốc hội (Hiến pháp
 * 2013, Điều 70), which a citation of a law never repeats; without it the entry would cite as issuer-less.
 */
function implicitIssuer(type: string, symbol: string): string {
  if (!["Hiến pháp", "Bộ luật", "Luật"].includes(type)) return "";
  return symbol === "" || /\/QH\d*$/u.test(symbol) ? "Quốc hội" : "";
}

export function harvestCatalog(doc: DocumentSnapshot): CatalogEntry[] {
  const byKey = new Map<string, CatalogEntry>();
  for (const p of doc.paragraphs) {
    for (const m of findCitations(p.text)) {
      const symbol = m.symbol?.text ?? "";
      if (!symbol && !m.title) continue;
      if (m.symbolProblem) continue;
      const key = symbol ? symbolKey(symbol) : `law:${m.title}`;
      const seen = byKey.get(key);
      if (seen) {
        // Later mentions fill what the first one left out.
        if (!seen.date && m.date) seen.date = m.date;
        if (!seen.issuer && m.issuer) seen.issuer = m.issuer;
        if (!seen.title && m.title) seen.title = m.title;
        continue;
      }
      byKey.set(key, {
        id: makeEntryId(m.type, symbol, m.date ?? ""),
        type: m.type,
        symbol,
        date: m.date ?? "",
        issuer: m.issuer ?? implicitIssuer(m.type, symbol),
        title: m.title ?? "",
        effective: null,
        status: "unknown",
        replacedBy: null,
        replacedOn: null,
        family: m.symbol?.family ?? "qppl",
        source: HARVEST_SOURCE,
      });
    }
  }
  return [...byKey.values()];
}

/** Split harvested candidates into valid entries and ones needing review (no date yet). */
export function validHarvest(entries: readonly CatalogEntry[]): { ready: CatalogEntry[]; incomplete: CatalogEntry[] } {
  const ready: CatalogEntry[] = [];
  const incomplete: CatalogEntry[] = [];
  for (const e of entries) (catalogEntrySchema.safeParse(e).success ? ready : incomplete).push(e);
  return { ready, incomplete };
}

/** Minimal storage (localStorage, Office settings or a Map in tests). */
export interface CatalogStorage {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>;
  setItem(key: string, value: string): void | Promise<void>;
}

export interface FetchCatalogResult extends ImportResult {
  fromCache: boolean;
  /** Why the network copy was not used, when it was not. */
  warning?: string;
}

/** Only https:, or http: on this machine, may be configured. */
export function isAllowedCatalogUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === "https:") return true;
  return u.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
}

export const CATALOG_CACHE_PREFIX = "vbhc:catalog-cache:";

/** Fetches the configured catalog URL (and nothing else), caches it, and falls back to the cache offline. */
export async function fetchCatalog(
  url: string,
  fetchText: (url: string) => Promise<string>,
  storage: CatalogStorage,
): Promise<FetchCatalogResult> {
  if (!isAllowedCatalogUrl(url)) {
    throw new Error("Địa chỉ danh mục phải dùng https:// (hoặc http://localhost khi thử nghiệm).");
  }
  const key = CATALOG_CACHE_PREFIX + url;
  let warning: string;
  try {
    const text = await fetchText(url);
    const result = importCatalog(text, url);
    if (result.entries.length > 0 || result.errors.length === 0) {
      await storage.setItem(key, text);
      return { ...result, fromCache: false };
    }
    warning = "Danh mục tải về không có văn bản hợp lệ; dùng bản đã lưu.";
  } catch {
    warning = "Không tải được danh mục; dùng bản đã lưu.";
  }
  const cached = await storage.getItem(key);
  if (!cached) return { entries: [], errors: ["chưa có bản lưu của danh mục này"], fromCache: true, warning };
  return { ...importCatalog(cached, url), fromCache: true, warning };
}
