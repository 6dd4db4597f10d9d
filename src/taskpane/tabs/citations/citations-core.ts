/**
 * What the Căn cứ pháp lý tab needs from core, as one interface, so the view can be tested with any
 * catalog and the binding to src/core/citations lives in one place.
 */
import MiniSearch from "minisearch";
import Papa from "papaparse";
import { z } from "zod";
import type { DocumentSnapshot } from "../../../core/model/document";
import { formatDateSlash, isValidDate, parseIsoDate } from "../../../core/rules";
import { coreHeader } from "../header/header-core";
import nationalCatalog from "../../../../data/national-catalog.json";

export type CitationStatus = "in-force" | "replaced" | "expired" | "not-yet-effective" | "unknown";
export const STATUSES: readonly CitationStatus[] = ["in-force", "replaced", "expired", "not-yet-effective", "unknown"];

export interface CatalogEntry {
  id: string;
  type: string;
  symbol: string;
  /** YYYY-MM-DD */
  date: string;
  issuer: string;
  title: string;
  status: CitationStatus;
  effective?: string | null;
  replacedBy?: string | null;
  replacedOn?: string | null;
  /** Where the entry comes from, for ranking (the organisation's own catalog comes before the national one). */
  origin?: "org" | "national";
}

export type CitationForm = "full" | "short" | "canCu";

export interface SearchOptions {
  /** Ids already cited in the open document. */
  cited: readonly string[];
  /** Recently picked ids, most recent first. */
  recent: readonly string[];
  limit: number;
}

export interface Catalog {
  search(query: string, opts: SearchOptions): CatalogEntry[];
  byId(id: string): CatalogEntry | undefined;
  /** The entry that replaced this one, when the catalog has it. */
  replacement(entry: CatalogEntry): CatalogEntry | undefined;
}

export interface ImportResult {
  entries: CatalogEntry[];
  /** Row-level messages in Vietnamese ("dòng 7: ngày không hợp lệ"). */
  errors: string[];
}

export interface CitationsCore {
  /** The national catalog joined with the organisation's entries (organisation first). */
  createCatalog(org: readonly CatalogEntry[]): Catalog;
  format(entry: CatalogEntry, form: CitationForm): string;
  /** The căn cứ lines in legal-rank order, ";" on each line and "." on the last. */
  canCuList(entries: readonly CatalogEntry[]): { id: string; text: string }[];
  importCatalog(text: string, fileName: string): ImportResult;
  exportCatalog(entries: readonly CatalogEntry[]): string;
  /** Citations found in the document, as catalog entries for review. */
  harvest(doc: DocumentSnapshot): CatalogEntry[];
  /** Wraps body XML into the package insertOoxml takes. */
  toOoxml(bodyXml: string): string;
}

// ---------------------------------------------------------------------------------------------
// Provisional binding until src/core/citations lands (search, formats, căn cứ builder, import,
// harvest). It uses the project's national catalog data and the well-kept search library.
// ---------------------------------------------------------------------------------------------

/** Folds diacritics and đ so "nghi dinh" finds "Nghị định". */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

const TYPE_ABBR: Record<string, string> = {
  "nghi dinh": "nd",
  "quyet dinh": "qd",
  "chi thi": "ct",
  "ket luan": "kl",
  "nghi quyet": "nq",
  "thong tu": "tt",
  "ke hoach": "kh",
  "cong van": "cv",
  "thong bao": "tb",
  "huong dan": "hd",
  "chuong trinh": "ctr",
  "phap lenh": "pl",
  "quy dinh": "qdi",
};

function isoToSlash(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDateSlash(d) : iso;
}

const NO_NUMBER_TYPES = new Set(["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"]);

function statusRank(s: CitationStatus): number {
  return s === "in-force" ? 0 : s === "unknown" || s === "not-yet-effective" ? 1 : 2;
}

function legalRank(e: CatalogEntry): number {
  const sym = e.symbol;
  if (e.type === "Hiến pháp") return 0;
  if (e.type === "Luật" || e.type === "Bộ luật") return 1;
  if (e.type === "Nghị quyết" && /\/QH\d*$/.test(sym)) return 2;
  if (e.type === "Pháp lệnh") return 3;
  if (e.type === "Nghị định") return 4;
  if (e.type === "Quyết định" && /-TTg$/.test(sym)) return 5;
  if (e.type.startsWith("Thông tư")) return 6;
  return 7;
}

function createProvisionalCatalog(org: readonly CatalogEntry[]): Catalog {
  const national = (nationalCatalog as unknown as CatalogEntry[]).map((e) => ({ ...e, origin: "national" as const }));
  const all = [...org.map((e) => ({ ...e, origin: "org" as const })), ...national];
  const byId = new Map<string, CatalogEntry>();
  for (const e of all) if (!byId.has(e.id)) byId.set(e.id, e);
  const bySymbol = new Map<string, CatalogEntry>();
  for (const e of byId.values()) if (e.symbol && !bySymbol.has(fold(e.symbol))) bySymbol.set(fold(e.symbol), e);
  const ms = new MiniSearch<{ id: string; text: string }>({
    fields: ["text"],
    processTerm: (t) => fold(t),
    tokenize: (s) => s.split(/[\s/\-.,;:()"“”]+/).filter(Boolean),
  });
  ms.addAll(
    [...byId.values()].map((e) => {
      const ft = fold(e.type);
      return {
        id: e.id,
        text: `${e.type} ${TYPE_ABBR[ft] ?? ""} ${e.symbol} ${e.date.slice(0, 4)} ${e.issuer} ${e.title}`,
      };
    }),
  );
  return {
    byId: (id) => byId.get(id),
    replacement: (e) => (e.replacedBy ? bySymbol.get(fold(e.replacedBy)) : undefined),
    search(query, opts) {
      const q = query.trim();
      if (!q) return [];
      const exact = bySymbol.get(fold(q));
      const hits = ms.search(q, { prefix: true, combineWith: "AND", fuzzy: 0 });
      const cited = new Set(opts.cited);
      const recent = new Map(opts.recent.map((id, i) => [id, i]));
      const ranked = hits
        .map((h, i) => ({ e: byId.get(String(h.id)) as CatalogEntry, i }))
        .sort((a, b) => {
          const k = (x: { e: CatalogEntry; i: number }) => [
            exact && x.e.id === exact.id ? 0 : 1,
            cited.has(x.e.id) ? 0 : 1,
            recent.has(x.e.id) ? (recent.get(x.e.id) as number) : 1e6,
            x.e.origin === "org" ? 0 : 1,
            statusRank(x.e.status),
            x.i,
          ];
          const ka = k(a);
          const kb = k(b);
          for (let j = 0; j < ka.length; j++) if (ka[j] !== kb[j]) return ka[j] - kb[j];
          return 0;
        })
        .map((x) => x.e);
      if (exact && !ranked.includes(exact)) ranked.unshift(exact);
      return ranked.slice(0, opts.limit);
    },
  };
}

function formatCitation(e: CatalogEntry, form: CitationForm): string {
  const date = isoToSlash(e.date);
  const year = e.date.slice(0, 4);
  let full: string;
  let short: string;
  if (NO_NUMBER_TYPES.has(e.type)) {
    // Luật and Pháp lệnh are cited by name and year, without their number.
    full = `${e.title} năm ${year}`;
    short = full;
  } else {
    full = `${e.type} số ${e.symbol} ngày ${date} của ${e.issuer} ${e.title}`.replace(/\s+/g, " ").trim();
    short = `${e.type} số ${e.symbol}`;
  }
  if (form === "full") return full;
  if (form === "short") return short;
  return `Căn cứ ${full};`;
}

const entrySchema = z.object({
  type: z.string().trim().min(1, "thiếu loại văn bản"),
  symbol: z.string().trim(),
  date: z.string().trim(),
  issuer: z.string().trim().min(1, "thiếu cơ quan ban hành"),
  title: z.string().trim().min(1, "thiếu trích yếu"),
  status: z.string().trim().optional(),
  replacedBy: z.string().trim().optional().nullable(),
  replacedOn: z.string().trim().optional().nullable(),
});

function idFor(type: string, symbol: string, date: string): string {
  return `org-${fold(`${type} ${symbol || date}`)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
}

function importCatalog(text: string, fileName: string): ImportResult {
  let rows: Record<string, unknown>[];
  let firstLine = 1;
  if (/\.json$/i.test(fileName) || /^\s*\[/.test(text)) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed)) return { entries: [], errors: ["Tệp JSON phải là một danh sách văn bản."] };
      rows = parsed as Record<string, unknown>[];
    } catch {
      return { entries: [], errors: ["Tệp JSON không đọc được."] };
    }
  } else {
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
      transformHeader: (h) => ({ replaced_by: "replacedBy", replaced_on: "replacedOn" })[h.trim()] ?? h.trim(),
    });
    rows = parsed.data;
    firstLine = 2; // line 1 is the header
  }
  const entries: CatalogEntry[] = [];
  const errors: string[] = [];
  rows.forEach((row, i) => {
    const line = i + firstLine;
    const r = entrySchema.safeParse(row);
    if (!r.success) {
      errors.push(`dòng ${line}: ${r.error.issues[0]?.message ?? "dữ liệu không hợp lệ"}`);
      return;
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.data.date);
    if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      errors.push(`dòng ${line}: ngày không hợp lệ`);
      return;
    }
    const status = (r.data.status || "unknown") as CitationStatus;
    if (!STATUSES.includes(status)) {
      errors.push(`dòng ${line}: trạng thái không hợp lệ`);
      return;
    }
    entries.push({
      id: idFor(r.data.type, r.data.symbol, r.data.date),
      type: r.data.type,
      symbol: r.data.symbol,
      date: r.data.date,
      issuer: r.data.issuer,
      title: r.data.title,
      status,
      replacedBy: r.data.replacedBy || null,
      replacedOn: r.data.replacedOn || null,
    });
  });
  return { entries, errors };
}

const HARVEST =
  /(Nghị định|Quyết định|Chỉ thị|Kế hoạch|Kết luận|Nghị quyết|Thông tư|Công văn|Chương trình|Hướng dẫn|Thông báo)\s+(?:số\s+)?(\d+[a-zA-Z]?(?:\/\d{4})?[/-][A-ZĐa-zđ0-9]+(?:[/-][A-ZĐa-zđ0-9]+)*)\s*,?\s*ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+của\s+([^,;.“”"]+?))?(?=\s+(?:về|phê duyệt|ban hành|quy định)|[,;.]|$)/gu;

function harvest(doc: DocumentSnapshot): CatalogEntry[] {
  const out = new Map<string, CatalogEntry>();
  for (const p of doc.paragraphs) {
    for (const m of p.text.matchAll(HARVEST)) {
      const [, type, symbol, d, mo, y, issuer] = m;
      if (!isValidDate(Number(y), Number(mo), Number(d))) continue;
      const date = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
      const id = idFor(type, symbol, date);
      if (!out.has(id)) {
        out.set(id, {
          id,
          type,
          symbol,
          date,
          issuer: (issuer ?? "").trim(),
          title: "",
          status: "unknown",
          origin: "org",
        });
      }
    }
  }
  return [...out.values()];
}

export const coreCitations: CitationsCore = {
  createCatalog: createProvisionalCatalog,
  format: formatCitation,
  canCuList(entries) {
    const sorted = [...entries].sort((a, b) => legalRank(a) - legalRank(b) || a.date.localeCompare(b.date));
    return sorted.map((e, i) => {
      const text = formatCitation(e, "canCu");
      return { id: e.id, text: i === sorted.length - 1 ? text.replace(/;$/, ".") : text };
    });
  },
  importCatalog,
  exportCatalog: (entries) =>
    JSON.stringify(
      entries.map(({ origin: _origin, ...e }) => e),
      null,
      2,
    ),
  harvest,
  toOoxml: coreHeader.toOoxml,
};
