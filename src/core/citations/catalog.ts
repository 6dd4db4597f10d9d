/** Catalog loading, validation and the status lookup used by the check rules. */
import type { CatalogLookup, CatalogNameQuery, CatalogStatusInfo } from "../checks/types";
import { catalogEntrySchema, type CatalogEntry } from "./catalog-schema";
import { formatDateSlash, parseIsoDate } from "../rules/dates";
import { formatFull, formatShort, isLawType, lawName } from "./format";
import { symbolKey, foldVi, nameKey } from "./text";

export interface CatalogLoadResult {
  entries: CatalogEntry[];
  /** Vietnamese, one per invalid entry ("mục 3: ngày không hợp lệ"). */
  errors: string[];
}

const FIELD_NAMES: Record<string, string> = {
  id: "mã",
  type: "tên loại",
  symbol: "số, ký hiệu",
  date: "ngày",
  issuer: "cơ quan ban hành",
  title: "trích yếu",
  effective: "ngày hiệu lực",
  status: "trạng thái",
  replacedBy: "văn bản thay thế",
  replacedOn: "ngày thay thế",
  family: "họ văn bản",
  source: "nguồn",
};

/** Turns zod issues into one Vietnamese message ("ngày hiệu lực không hợp lệ"). */
export function describeIssues(issues: readonly { path: (string | number)[]; message: string }[]): string {
  return issues
    .map((i) => {
      const field = String(i.path[0] ?? "");
      const name = FIELD_NAMES[field] ?? field;
      if (i.message === "ngày không hợp lệ") return `${name} không hợp lệ`;
      if (i.message === "Required" || i.message.startsWith("Expected")) return `${name}: thiếu hoặc sai kiểu`;
      return i.message;
    })
    .filter((m, k, all) => all.indexOf(m) === k)
    .join("; ");
}

/** Validates an array of entries (the national catalog's JSON shape). Invalid entries are left out and reported. */
export function loadCatalog(data: unknown): CatalogLoadResult {
  if (!Array.isArray(data)) return { entries: [], errors: ["tệp danh mục phải là một mảng JSON các văn bản"] };
  const entries: CatalogEntry[] = [];
  const errors: string[] = [];
  data.forEach((row, i) => {
    const r = catalogEntrySchema.safeParse(row);
    if (r.success) entries.push(r.data);
    else errors.push(`mục ${i + 1}: ${describeIssues(r.error.issues)}`);
  });
  return { entries, errors };
}

/** A stable id from type and symbol ("nghi-dinh-30-2020-nd-cp"). */
export function makeEntryId(type: string, symbol: string, date = ""): string {
  const base = `${type} ${symbol || date}`;
  return foldVi(base)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Index of entries by symbol key (NFC, no spaces, Đ→D, upper case). */
export function indexBySymbol(entries: readonly CatalogEntry[]): Map<string, CatalogEntry> {
  const map = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (!e.symbol) continue;
    const k = symbolKey(e.symbol);
    if (!map.has(k)) map.set(k, e);
  }
  return map;
}

/** Status and, for a replaced document, its replacement's first-mention citation. */
export function statusInfo(e: CatalogEntry, bySymbol: Map<string, CatalogEntry>): CatalogStatusInfo {
  const info: CatalogStatusInfo = { id: e.id, symbol: e.symbol, type: e.type, date: e.date, status: e.status };
  if (e.replacedBy) {
    info.replacedBy = e.replacedBy;
    const r = bySymbol.get(symbolKey(e.replacedBy));
    info.replacementCitation = r ? formatFull(r) : e.replacedBy;
  }
  if (e.replacedOn) info.replacedOn = e.replacedOn;
  return info;
}

/** Laws, codes and ordinances by the key of their name ("luat dat dai"), each document once (first catalog wins). */
function indexLawsByName(entries: readonly CatalogEntry[]): Map<string, CatalogEntry[]> {
  const byName = new Map<string, CatalogEntry[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isLawType(e.type)) continue;
    const id = e.symbol ? symbolKey(e.symbol) : `#${e.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const k = nameKey(lawName(e));
    const list = byName.get(k);
    if (list) list.push(e);
    else byName.set(k, [e]);
  }
  return byName;
}

/**
 * The one catalog law whose type and name match and whose issue date is the date written (or, with only a year,
 * whose issue year is it). Two candidates or none give undefined: a guess could name the wrong law.
 */
function lawByName(byName: Map<string, CatalogEntry[]>, q: CatalogNameQuery): CatalogEntry | undefined {
  const same = (byName.get(nameKey(q.name)) ?? []).filter((e) => e.type === q.type);
  const hits = q.date
    ? same.filter((e) => e.date === q.date)
    : q.year !== undefined
      ? same.filter((e) => Number(e.date.slice(0, 4)) === q.year)
      : [];
  return hits.length === 1 ? hits[0] : undefined;
}

/** The lookup the check engine takes as options.catalogLookup. The first catalog given wins on duplicates. */
export function createCatalogLookup(
  ...catalogs: readonly (readonly CatalogEntry[])[]
): CatalogLookup & Required<Pick<CatalogLookup, "byName">> {
  const all = catalogs.flat();
  const bySymbol = indexBySymbol(all);
  let byName: Map<string, CatalogEntry[]> | undefined;
  const lookup = (symbol: string) => {
    const e = bySymbol.get(symbolKey(symbol));
    return e ? statusInfo(e, bySymbol) : undefined;
  };
  return Object.assign(lookup, {
    byName: (q: CatalogNameQuery) => {
      // Built on first use: most documents cite no law by name.
      byName ??= indexLawsByName(all);
      const e = lawByName(byName, q);
      return e ? statusInfo(e, bySymbol) : undefined;
    },
  });
}

/** Vietnamese status label for badges and CLI text ("đã bị thay thế bởi Luật … (10/2022/QH15) từ 01/7/2023"). */
export function statusLabel(
  e: Pick<CatalogEntry, "status" | "replacedBy" | "replacedOn">,
  replacement?: Pick<CatalogEntry, "type" | "symbol" | "title" | "date" | "issuer">,
): string {
  switch (e.status) {
    case "in-force":
      return "còn hiệu lực";
    case "replaced": {
      const d = e.replacedOn ? parseIsoDate(e.replacedOn) : undefined;
      const on = d ? ` từ ${formatDateSlash(d)}` : "";
      const by = replacement
        ? isLawType(replacement.type)
          ? `${lawName(replacement)} (${replacement.symbol})`
          : formatShort(replacement)
        : e.replacedBy;
      return by ? `đã bị thay thế bởi ${by}${on}` : `đã bị thay thế${on}`;
    }
    case "expired": {
      // An expired document's replacedOn is the day it stopped applying (no successor is named).
      const d = e.replacedOn ? parseIsoDate(e.replacedOn) : undefined;
      return d ? `hết hiệu lực từ ${formatDateSlash(d)}` : "hết hiệu lực";
    }
    case "not-yet-effective":
      return "chưa có hiệu lực";
    default:
      return "chưa rõ hiệu lực";
  }
}
