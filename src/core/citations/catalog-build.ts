/**
 * Builds the national catalog from open data of the national legal database, in either of its public
 * forms: pages of its list API (`data.items[]` with docNum, docType, issueDate, effFrom, effTo, effStatus,
 * agencyName, documentRelatedList) or a dataset's metadata table (so_ky_hieu, loai_van_ban, ngay_ban_hanh,
 * ngay_co_hieu_luc, ngay_het_hieu_luc, tinh_trang_hieu_luc, co_quan_ban_hanh, …) with its relationships table
 * (doc_id, other_doc_id, relationship). It keeps central issuers only, maps statuses, derives replacements from
 * the relations, lets the curated catalog override what it states, and records each row's origin.
 */
import { ISSUER_CODES, issuerForCode } from "../rules/issuer-codes";
import { parseIsoDate, typedDmyToIso } from "../rules/dates";
import { makeEntryId } from "./catalog";
import type { CatalogEntry, CatalogStatus } from "./catalog-schema";
import { parseSymbol } from "./symbol";
import { symbolKey, tidy } from "./text";

/** One document as read from a source, before it becomes a catalog entry. */
export interface SourceDocument {
  /** The source's own id (list API uuid, dataset id), for relations and attribution. */
  sourceId: string;
  symbol: string;
  type: string;
  issuer: string;
  title: string;
  /** YYYY-MM-DD or "". */
  date: string;
  effective: string;
  expired: string;
  /** The database's status, as its code (CHL, CCHL, HHL…) or its Vietnamese name. */
  status: string;
  /** Where the row came from, for attribution ("vbpl list API", "dataset (CC BY 4.0)"). */
  origin: string;
}

/** A relation as the database states it: `label` names the role of `other` towards `doc`. */
export interface SourceRelation {
  doc: string;
  other: string;
  label: string;
}

export interface BuildReport {
  entries: CatalogEntry[];
  /** Rows left out, with why (local issuer, no valid date, unreadable symbol). */
  skipped: { symbol: string; reason: string }[];
  /** Curated facts that disagreed with the open data, kept as the curated catalog states them. */
  overridden: { symbol: string; field: string; open: string; curated: string }[];
}

const ISSUER_BY_LOWER = new Map(ISSUER_CODES.map((c) => [c.name.toLocaleLowerCase("vi"), c.name]));

/** An issuer name in its usual capitals ("Bộ công thương" → "Bộ Công Thương") when we know the body. */
function canonicalIssuer(name: string): string {
  const t = tidy(name);
  return ISSUER_BY_LOWER.get(t.toLocaleLowerCase("vi")) ?? t;
}

/** "2020-03-05T00:00:00" or "05/03/2020" → "2020-03-05"; "" when it is not a real day. */
export function isoDay(value: unknown): string {
  if (typeof value !== "string") return "";
  const v = value.trim();
  // An ISO day may carry a time after it; a typed day is read by the one grammar for typed dates.
  const day = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0] ?? typedDmyToIso(v);
  return day && parseIsoDate(day) ? day : "";
}

const STATUS_BY_CODE: Record<string, CatalogStatus> = {
  CHL: "in-force",
  CCHL: "not-yet-effective",
  HHL: "expired",
  HHLTB: "expired",
  // Partly expired: the rest still applies, so it may still be cited.
  HHLMP: "in-force",
  NHL: "expired",
};

/** The database's status (code or name) as a catalog status; unknown when it says nothing we can trust. */
export function mapStatus(raw: string): CatalogStatus {
  const s = raw.trim();
  if (STATUS_BY_CODE[s.toUpperCase()]) return STATUS_BY_CODE[s.toUpperCase()];
  const n = s.normalize("NFC").toLocaleLowerCase("vi");
  if (n.includes("một phần") || n.includes("1 phần")) return "in-force";
  if (n.startsWith("hết hiệu lực") || n.includes("ngưng hiệu lực")) return "expired";
  if (n.startsWith("chưa có hiệu lực")) return "not-yet-effective";
  if (n.startsWith("còn hiệu lực") || n === "có hiệu lực") return "in-force";
  return "unknown";
}

const LOCAL_ISSUER =
  /^(ubnd|hđnd|ct ubnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|chủ tịch ubnd|sở |tỉnh ủy)/iu;
const CENTRAL_ISSUER =
  /^(quốc hội|ủy ban thường vụ quốc hội|uỷ ban thường vụ quốc hội|chủ tịch nước|chính phủ|thủ tướng|bộ |ngân hàng nhà nước|thanh tra chính phủ|văn phòng chính phủ|ủy ban dân tộc|tòa án nhân dân tối cao|toà án nhân dân tối cao|hội đồng thẩm phán|viện kiểm sát nhân dân tối cao|kiểm toán nhà nước|ban chấp hành trung ương|bộ chính trị|ban bí thư|văn phòng trung ương|ban tổ chức trung ương)/iu;
const LOCAL_CODES = new Set(["UBND", "HĐND", "CTUBND", "TU"]);

/** Central when the issuer or the symbol's issuer code says so; local and unknown issuers are left out. */
export function isCentral(doc: Pick<SourceDocument, "issuer" | "symbol">): boolean {
  const issuer = tidy(doc.issuer);
  if (LOCAL_ISSUER.test(issuer)) return false;
  const p = parseSymbol(doc.symbol);
  const code = p.ok ? p.symbol.issuer.split("-")[0] : "";
  if (LOCAL_CODES.has(code)) return false;
  if (CENTRAL_ISSUER.test(issuer)) return true;
  return code !== "" && issuerForCode(code) !== undefined;
}

/** The catalog's title form: the trích yếu starting lower case ("về công tác văn thư"); a law keeps its name. */
export function catalogTitle(type: string, title: string): string {
  let t = tidy(title);
  if (type === "Luật" || type === "Bộ luật" || type === "Pháp lệnh" || type === "Hiến pháp") {
    if (!t.toLocaleLowerCase("vi").startsWith(type.toLocaleLowerCase("vi"))) return t;
    // "Luật Đất đai" stays; "Luật số 31/2024/QH15 Luật Đất đai" keeps the name only.
    return t.replace(/^(?:Luật|Bộ luật|Pháp lệnh)\s+số\s+\S+\s+/u, "");
  }
  const lower = t.toLocaleLowerCase("vi");
  const typeLower = type.toLocaleLowerCase("vi");
  if (lower.startsWith(typeLower)) t = t.slice(type.length).trim();
  // "Nghị định số 30/2020/NĐ-CP Về công tác văn thư": drop the number too.
  t = t.replace(/^số\s+\S+\s*/u, "");
  return t ? t.charAt(0).toLocaleLowerCase("vi") + t.slice(1) : t;
}

/** Labels of the relations that end a document, and which side of the pair is the one replaced. */
const REPLACING_LABELS: Record<string, "doc-replaced" | "other-replaced"> = {
  // The other document replaces this one / declares it no longer in force.
  "văn bản thay thế": "doc-replaced",
  "văn bản quy định hết hiệu lực": "doc-replaced",
  // This document replaces the other / made it expire.
  "văn bản bị thay thế": "other-replaced",
  "văn bản hết hiệu lực": "other-replaced",
};
const AMENDING_LABELS: Record<string, "doc-amended" | "other-amended"> = {
  "văn bản sửa đổi": "doc-amended",
  "văn bản bổ sung": "doc-amended",
  "văn bản sửa đổi, bổ sung": "doc-amended",
  "văn bản được sửa đổi": "other-amended",
  "văn bản được bổ sung": "other-amended",
  "văn bản được sửa đổi, bổ sung": "other-amended",
};

function entryFamily(symbol: string): CatalogEntry["family"] {
  const p = parseSymbol(symbol);
  return p.ok ? p.symbol.family : "qppl";
}

/** Ids carry the year, since a number without one restarts every year. */
function entryId(type: string, symbol: string, date: string): string {
  const p = parseSymbol(symbol);
  const base = makeEntryId(type, symbol);
  return p.ok && p.symbol.year === undefined && date ? `${base}-${date.slice(0, 4)}` : base;
}

/**
 * Turns source documents and relations into catalog entries, then applies the curated catalog on top:
 * a curated entry (matched by symbol and year) wins on every field it states.
 */
export function buildCatalog(
  docs: readonly SourceDocument[],
  relations: readonly SourceRelation[],
  curated: readonly CatalogEntry[] = [],
): BuildReport {
  const skipped: BuildReport["skipped"] = [];
  const bySource = new Map<string, CatalogEntry>();
  const byKey = new Map<string, CatalogEntry>();
  for (const d of docs) {
    const symbol = tidy(d.symbol).replace(/\s+/g, "");
    if (!parseSymbol(symbol).ok) {
      skipped.push({ symbol: d.symbol, reason: "số, ký hiệu không đọc được" });
      continue;
    }
    if (!isCentral(d)) {
      skipped.push({ symbol, reason: "không phải cơ quan trung ương" });
      continue;
    }
    const date = isoDay(d.date);
    if (!date) {
      skipped.push({ symbol, reason: "không có ngày ban hành hợp lệ" });
      continue;
    }
    const type = tidy(d.type);
    const code = (() => {
      const p = parseSymbol(symbol);
      return p.ok ? p.symbol.issuer.split("-")[0] : "";
    })();
    const issuer = canonicalIssuer(d.issuer) || issuerForCode(code) || "";
    const status = mapStatus(d.status);
    const effective = isoDay(d.effective) || null;
    const e: CatalogEntry = {
      id: entryId(type, symbol, date),
      type,
      symbol,
      date,
      issuer,
      title: catalogTitle(type, d.title),
      effective,
      status,
      replacedBy: null,
      replacedOn: null,
      family: entryFamily(symbol),
      source: `${d.origin}${d.sourceId ? ` id ${d.sourceId}` : ""}`,
    };
    // An expired document keeps the day it stopped applying, so citations after it can be warned about.
    if (status === "expired") e.replacedOn = isoDay(d.expired) || null;
    const key = `${symbolKey(symbol)}|${date.slice(0, 4)}`;
    if (byKey.has(key)) continue;
    byKey.set(key, e);
    if (d.sourceId) bySource.set(d.sourceId, e);
  }

  const expiredOn = new Map(docs.map((d) => [d.sourceId, isoDay(d.expired)]));
  for (const r of relations) {
    const label = tidy(r.label).toLocaleLowerCase("vi");
    const replacing = REPLACING_LABELS[label];
    const amending = AMENDING_LABELS[label];
    if (!replacing && !amending) continue;
    const doc = bySource.get(r.doc);
    const other = bySource.get(r.other);
    if (!doc || !other) continue;
    if (replacing) {
      const [old, by] = replacing === "doc-replaced" ? [doc, other] : [other, doc];
      old.status = "replaced";
      old.replacedBy = by.symbol;
      const oldSource = replacing === "doc-replaced" ? r.doc : r.other;
      old.replacedOn = expiredOn.get(oldSource) || by.effective || by.date;
    } else {
      const [target, by] = amending === "doc-amended" ? [doc, other] : [other, doc];
      target.amendedBy = [...new Set([...(target.amendedBy ?? []), by.symbol])];
    }
  }

  const overridden: BuildReport["overridden"] = [];
  for (const c of curated) {
    if (!c.symbol) continue;
    const key = `${symbolKey(c.symbol)}|${c.date.slice(0, 4)}`;
    const open = byKey.get(key);
    if (!open) {
      byKey.set(key, { ...c });
      continue;
    }
    for (const field of ["status", "replacedBy", "replacedOn", "effective", "issuer", "title", "type"] as const) {
      const cv = c[field];
      const ov = open[field];
      if (cv !== null && cv !== "" && cv !== ov && !(field === "status" && cv === "unknown")) {
        overridden.push({ symbol: c.symbol, field, open: String(ov ?? ""), curated: String(cv) });
      }
    }
    const merged: CatalogEntry = {
      ...open,
      ...Object.fromEntries(
        Object.entries(c).filter(([k, v]) => v !== null && v !== "" && !(k === "status" && v === "unknown")),
      ),
      id: c.id,
      source: `${c.source} ; ${open.source}`,
    };
    byKey.set(key, merged);
  }

  const entries = [...byKey.values()].sort(
    (a, b) => a.family.localeCompare(b.family) || a.type.localeCompare(b.type) || a.date.localeCompare(b.date),
  );
  return { entries, skipped, overridden };
}

const pick = (o: Record<string, unknown>, ...keys: string[]): string => {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === "string" && v.trim()) return v;
    if (typeof v === "number") return String(v);
  }
  return "";
};

const nested = (o: unknown, key: string): Record<string, unknown> =>
  o &&
  typeof o === "object" &&
  (o as Record<string, unknown>)[key] &&
  typeof (o as Record<string, unknown>)[key] === "object"
    ? ((o as Record<string, unknown>)[key] as Record<string, unknown>)
    : {};

export const LIST_API_ORIGIN = "national legal database, list API";

/** Documents and relations from pages of the list API (`{data: {items: [...]}}`, or the items array). */
export function readListApi(page: unknown): { docs: SourceDocument[]; relations: SourceRelation[] } {
  const items: unknown[] = Array.isArray(page)
    ? page
    : Array.isArray(nested(page, "data").items)
      ? (nested(page, "data").items as unknown[])
      : [];
  const docs: SourceDocument[] = [];
  const relations: SourceRelation[] = [];
  for (const raw of items) {
    if (!raw || typeof raw !== "object") continue;
    const it = raw as Record<string, unknown>;
    const id = pick(it, "id");
    const type = pick(nested(it, "docType"), "name");
    const symbol = pick(it, "docNum");
    docs.push({
      sourceId: id,
      symbol,
      type,
      issuer: pick(it, "agencyName"),
      // The list's title repeats type and number before the trích yếu.
      title: pick(it, "title").replace(new RegExp(`^${type}\\s+(?:số\\s+)?${escapeRe(symbol)}\\s*`, "u"), ""),
      date: pick(it, "issueDate"),
      effective: pick(it, "effFrom"),
      expired: pick(it, "effTo"),
      status: pick(nested(it, "effStatus"), "code") || pick(nested(it, "effStatus"), "name"),
      origin: LIST_API_ORIGIN,
    });
    for (const relRaw of Array.isArray(it.documentRelatedList) ? it.documentRelatedList : []) {
      if (!relRaw || typeof relRaw !== "object") continue;
      const rel = relRaw as Record<string, unknown>;
      const target = nested(rel, "targetDocument");
      const other = pick(rel, "relatedDocumentId", "documentId", "otherDocId") || pick(target, "id");
      const label =
        pick(rel, "relationName", "relateTypeName", "name") ||
        pick(nested(rel, "relationType"), "name") ||
        pick(nested(rel, "relateType"), "name");
      if (other && label) relations.push({ doc: id, other, label });
    }
  }
  return { docs, relations };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export const DATASET_ORIGIN = "national legal database, open dataset (CC BY 4.0)";

/** Documents from rows of the dataset's metadata table (CSV or JSON lines, already split into objects). */
export function readDatasetMetadata(rows: readonly Record<string, unknown>[]): SourceDocument[] {
  return rows.map((r) => ({
    sourceId: pick(r, "id", "doc_id"),
    symbol: pick(r, "so_ky_hieu"),
    type: pick(r, "loai_van_ban"),
    issuer: pick(r, "co_quan_ban_hanh"),
    title: pick(r, "title", "trich_yeu"),
    date: pick(r, "ngay_ban_hanh"),
    effective: pick(r, "ngay_co_hieu_luc"),
    expired: pick(r, "ngay_het_hieu_luc"),
    status: pick(r, "tinh_trang_hieu_luc"),
    origin: DATASET_ORIGIN,
  }));
}

/** Relations from rows of the dataset's relationships table. */
export function readDatasetRelations(rows: readonly Record<string, unknown>[]): SourceRelation[] {
  return rows
    .map((r) => ({ doc: pick(r, "doc_id"), other: pick(r, "other_doc_id"), label: pick(r, "relationship") }))
    .filter((r) => r.doc && r.other && r.label);
}

export const CODIFIED_ORIGIN = "Bộ pháp điển (national codification index)";

/**
 * Rows of a codification index (symbol, type, date, issuer, title, effective, source): a lower-trust layer,
 * since being codified says a document was in force when codified, not now. Its status stays unknown.
 */
export function readCodifiedIndex(rows: readonly Record<string, unknown>[]): SourceDocument[] {
  return rows.map((r) => ({
    sourceId: "",
    symbol: pick(r, "symbol"),
    type: pick(r, "type"),
    issuer: pick(r, "issuer"),
    title: pick(r, "title"),
    date: pick(r, "date"),
    effective: pick(r, "effective"),
    expired: "",
    status: "",
    origin: `${CODIFIED_ORIGIN}${pick(r, "source") ? `: ${pick(r, "source")}` : ""}`,
  }));
}
