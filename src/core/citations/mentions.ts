/**
 * Finds citations in running text, in stages like eyecite: a cheap prefilter (no digit → nothing),
 * one linear pass of anchored patterns at type names and bare symbols, then typed mentions with
 * offsets into the source string. Patterns avoid nested unbounded quantifiers so a 1 MB line stays linear.
 */
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES } from "../rules/document-types";
import { NUMERIC_DATE_AT, formatIsoDate, isValidDate, wordsDates } from "../rules/dates";
import { nfcWithOffsets } from "../model/nfc-offsets";
import { foldVi } from "./text";
import { MARKED_UPPER, joinQhTerm, parseSymbol, type ParsedSymbol, type SymbolProblem } from "./symbol";

/** Type names that never carry a number of their own but are cited by name (Luật Đất đai năm 2024). */
export const LAW_TYPES: readonly string[] = ["Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh"];

const EXTRA_TYPES = ["Thông tư liên tịch", "Nghị quyết liên tịch", "Kết luận", "Thông tri", "Văn bản", "Công văn"];

/** Every type name we recognise before a number, canonical spelling. */
export const CITABLE_TYPE_NAMES: readonly string[] = [
  ...new Set([
    ...LAW_TYPES,
    ...QPPL_TYPES.map((t) => t.name),
    ...DOCUMENT_TYPES.map((t) => t.name),
    ...PARTY_TYPES.map((t) => t.name),
    ...EXTRA_TYPES,
  ]),
].sort((a, b) => b.length - a.length);

const canonicalByLower = new Map(CITABLE_TYPE_NAMES.map((n) => [n.toLocaleLowerCase("vi"), n]));

export function canonicalTypeName(written: string): string | undefined {
  return canonicalByLower.get(written.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi"));
}

export interface CitationMention {
  /** [start, end) of the whole mention in the source text. */
  start: number;
  end: number;
  /** Canonical type name ("Nghị định"); for a bare symbol, the name its abbreviation stands for. */
  type: string;
  /** True when the type was not written but inferred from the ký hiệu. */
  typeInferred: boolean;
  /** [start, end) of the type name as written. */
  typeStart: number;
  typeEnd: number;
  /** The symbol as written (may be malformed), its range, and the parse. */
  symbolText?: string;
  symbolStart?: number;
  symbolEnd?: number;
  symbol?: ParsedSymbol;
  symbolProblem?: SymbolProblem;
  /** The date as written and its range; date is YYYY-MM-DD when the written date is valid. */
  dateText?: string;
  dateStart?: number;
  dateEnd?: number;
  date?: string;
  dateStyle?: "words" | "slash" | "dash";
  /** "năm 2024" after a law name. */
  year?: number;
  issuer?: string;
  /** Trích yếu (best effort), or for Luật/Pháp lệnh the name ("Luật Đất đai"). */
  title?: string;
}

const L = "\\p{L}\\p{M}";
const TYPE_ALT = CITABLE_TYPE_NAMES.map((n) => n.replace(/ /g, "\\s+")).join("|");
// A symbol as loosely as people type it: one optional space around separators, so mistakes are caught.
const LOOSE_SYMBOL = `\\d[\\dA-Za-zĐđ]*(?:[ \\u00a0]?[-/]{1,2}[ \\u00a0]?[A-Za-zĐđ0-9${MARKED_UPPER}]+(?![${L}]))+`;
const TYPED_RE = new RegExp(
  `(?<![${L}\\p{N}])(${TYPE_ALT})(?:\\s+(?:phối\\s+hợp|liên\\s+tịch|liên\\s+ngành))?(\\s+số)?\\s*:?\\s*(${LOOSE_SYMBOL})`,
  "giu",
);
// A name word may be "số" or "ngày" when no number follows ("Luật sửa đổi, bổ sung một số điều của Luật …"): only
// "số 63/…", "ngày 18 …" and "năm 2020" end the name, so an amending law keeps its own name, up to 60 words (one
// amending seven laws runs past 40). A law's name never holds another type's name: in "Luật X được sửa đổi bởi Nghị
// định số 12/2024/NĐ-CP" the number belongs to the Nghị định. Nor does it hold "này", "được", "đã", "từ", "vào",
// "trước", "thông qua" or "có hiệu lực", which no law's title has and prose before a date has: "Luật này có hiệu lực
// từ ngày 01 tháng 7 năm 2026" cites no law, and in "Luật Đất đai có hiệu lực từ ngày 01/8/2024" the date is not
// the law's.
const OTHER_TYPE_ALT = CITABLE_TYPE_NAMES.filter((n) => !LAW_TYPES.includes(n))
  .map((n) => n.replace(/ /g, "\\s+"))
  .join("|");
const LAW_RE = new RegExp(
  `(?<![${L}\\p{N}])(Hiến\\s+pháp|Bộ\\s+luật|Luật|Pháp\\s+lệnh)((?:,?\\s+(?!(?:số|ngày|năm)\\s+\\d|(?:${OTHER_TYPE_ALT}|này|được|đã|từ|vào|trước|thông\\s+qua|có\\s+hiệu\\s+lực)(?![${L}]))[${L}\\p{N}]+){1,60}?)\\s+(?:số\\s+(${LOOSE_SYMBOL})|ngày\\s+(?=\\d)|năm\\s+(\\d{4})(?!\\d))`,
  "gu",
);
const BARE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}/-])(\\d{1,6}[a-z]?(?:-[A-ZĐ][A-Za-zĐđ]*\\/|\\/\\d{4}\\/|\\/)[A-ZĐ][A-Za-zĐđ0-9${MARKED_UPPER}]*(?:-[A-Za-zĐđ0-9${MARKED_UPPER}]+)*)(?![\\p{L}\\p{M}\\p{N}])`,
  "gu",
);
const DATE_LEAD_RE = /\s*,?\s*(?:ban hành\s+)?(?=ngày)/y;
const NUMERIC_LEAD_RE = /ngày\s+/y;
const ISSUER_LEAD_RE = /\s*,?\s*của\s+/y;
const ISSUER_STOP_RE =
  /\s+(?:về|ban hành|Ban hành|hướng dẫn|Hướng dẫn|quy định|Quy định|triển khai|thực hiện|phối hợp|tăng cường|sửa đổi|trên|tại|phát động|nhằm|phê duyệt|công bố|thành lập|kiện toàn|điều chỉnh|bổ sung|chỉ đạo|giao)(?![\p{L}\p{M}])|\s*[“"”;:]|,|\.(?=\s|$)/gu;

function iso(y: number, m: number, d: number): string | undefined {
  if (!isValidDate(y, m, d)) return undefined;
  return formatIsoDate({ year: y, month: m, day: d });
}

function inferType(sym: ParsedSymbol): string | undefined {
  if (!sym.typeAbbr) return undefined;
  if (sym.family === "party") return PARTY_TYPES.find((t) => t.abbr === sym.typeAbbr)?.name;
  if (sym.family === "qppl") {
    const q = QPPL_TYPES.find((t) => t.abbr === sym.typeAbbr)?.name;
    if (q) return q;
  }
  return DOCUMENT_TYPES.find((t) => t.abbr === sym.typeAbbr)?.name;
}

/** Reads a date right after `pos` ("ngày 09/01/2015", ", ngày 05 tháng 3 năm 2020") with the one date grammar. */
function readDate(text: string, pos: number, m: CitationMention): number {
  DATE_LEAD_RE.lastIndex = pos;
  if (!DATE_LEAD_RE.exec(text)) return pos;
  const at = DATE_LEAD_RE.lastIndex;
  const w = wordsDates(text.slice(at, at + 80))[0];
  if (w && w.start === 0 && w.day && w.month) {
    m.dateStyle = "words";
    m.date = iso(Number(w.year.text), Number(w.month.text), Number(w.day.text));
    m.dateStart = at + w.day.start;
    m.dateEnd = at + w.end;
  } else {
    NUMERIC_LEAD_RE.lastIndex = at;
    if (!NUMERIC_LEAD_RE.exec(text)) return pos;
    const from = NUMERIC_LEAD_RE.lastIndex;
    NUMERIC_DATE_AT.lastIndex = from;
    const d = NUMERIC_DATE_AT.exec(text);
    if (!d) return pos;
    m.dateStyle = d[2] === "/" ? "slash" : "dash";
    m.date = d[3] ? iso(Number(d[4]), Number(d[3]), Number(d[1])) : undefined;
    m.dateStart = from;
    m.dateEnd = from + d[0].length;
  }
  m.dateText = text.slice(m.dateStart, m.dateEnd);
  return m.dateEnd;
}

/** The longest issuer read after "của". */
const ISSUER_MAX = 160;

const TRAILING_JUNK = /[\s,–-]+(?:và|hoặc|của|theo|tại)?[\s,–-]*$/u;

/** Drops a stray opening or closing quote at either end, keeping quotes that pair up inside. */
function balanceQuotes(t: string): string {
  let s = t;
  const count = (c: string) => s.split(c).length - 1;
  if (s.startsWith("“") && count("“") > count("”")) s = s.slice(1);
  if (s.endsWith("”") && count("”") > count("“")) s = s.slice(0, -1);
  if (count('"') % 2 === 1) {
    if (s.startsWith('"')) s = s.slice(1);
    else if (s.endsWith('"')) s = s.slice(0, -1);
  }
  return s.trim();
}

/** Reads "của <issuer>" and the trích yếu after it, stopping before `limit` (the next mention). */
function readIssuerAndTitle(text: string, pos: number, limit: number, m: CitationMention): number {
  ISSUER_LEAD_RE.lastIndex = pos;
  if (ISSUER_LEAD_RE.exec(text) && ISSUER_LEAD_RE.lastIndex < limit) {
    const at = ISSUER_LEAD_RE.lastIndex;
    // Only a stop in the first 160 characters counts: search a window (with room for the stop word to
    // finish), not the rest of the paragraph, so many citations in a long paragraph stay linear.
    ISSUER_STOP_RE.lastIndex = 0;
    const found = ISSUER_STOP_RE.exec(text.slice(at, at + ISSUER_MAX + 64));
    const stop = found && { index: at + found.index };
    const end = Math.min(stop && stop.index < limit ? stop.index : limit, at + ISSUER_MAX);
    const issuer = text.slice(at, end).replace(TRAILING_JUNK, "").trim();
    if (issuer) {
      m.issuer = issuer;
      pos = at + text.slice(at, end).trimEnd().length;
    }
  }
  // Trích yếu: quoted, or up to ; . : or the next citation.
  let i = pos;
  while (i < limit && (text[i] === " " || text[i] === "," || text[i] === "\u00a0")) i++;
  if (i >= limit) return pos;
  const open = text[i];
  if (open === "“" || open === '"') {
    const close = text.indexOf(open === "“" ? "”" : '"', i + 1);
    if (close > i && close < limit) {
      const t = text.slice(i + 1, close).trim();
      if (t) m.title = t;
      return close + 1;
    }
    i++;
  }
  const from = i;
  let end = limit;
  let quotes = 0;
  for (let j = from; j < limit; j++) {
    const c = text[j];
    if (c === "“") quotes++;
    else if (c === "”" && quotes > 0) {
      quotes--;
      continue;
    }
    if (c === ";" || c === "”" || c === "\n") {
      end = j;
      break;
    }
    if ((c === "." || c === ":") && (j + 1 >= text.length || /\s/.test(text[j + 1]))) {
      end = j;
      break;
    }
    if (j - from > 600) {
      end = j;
      break;
    }
  }
  const raw = text.slice(from, end);
  const title = balanceQuotes(raw.replace(TRAILING_JUNK, "").trim());
  if (title && !/^(?:và|hoặc)$/u.test(title)) {
    m.title = title;
    return from + raw.replace(/[\s,]+$/, "").length;
  }
  return pos;
}

const MARKED_LETTER = new RegExp(`[${MARKED_UPPER}]`, "gu");

/** The parse of a symbol once its marked letters are unmarked or its QH term joined; undefined for other problems. */
function repairable(text: string, problem: SymbolProblem): ReturnType<typeof parseSymbol> | undefined {
  if (problem.code === "qh-dash") return parseSymbol(joinQhTerm(text) ?? text);
  if (problem.code === "diacritic") return parseSymbol(text.replace(MARKED_LETTER, (ch) => foldVi(ch).toUpperCase()));
  return undefined;
}

function symbolOf(m: CitationMention, text: string, start: number): void {
  m.symbolText = text;
  m.symbolStart = start;
  m.symbolEnd = start + text.length;
  const p = parseSymbol(text);
  if (p.ok) m.symbol = p.symbol;
  else m.symbolProblem = p.problem;
}

/**
 * All citations in one paragraph of text, in order, without overlaps. The grammar reads the NFC form; every
 * range is given in `input` as written (decomposed text included), and the texts are the NFC ones.
 */
export function findCitations(input: string): CitationMention[] {
  if (!/\d/.test(input)) return [];
  const nfc = nfcWithOffsets(input);
  const found = findInNfc(nfc.text);
  if (nfc.identity) return found;
  const at = nfc.toOriginal;
  for (const m of found) {
    m.start = at(m.start);
    m.end = at(m.end);
    m.typeStart = at(m.typeStart);
    m.typeEnd = at(m.typeEnd);
    if (m.symbolStart !== undefined) m.symbolStart = at(m.symbolStart);
    if (m.symbolEnd !== undefined) m.symbolEnd = at(m.symbolEnd);
    if (m.dateStart !== undefined) m.dateStart = at(m.dateStart);
    if (m.dateEnd !== undefined) m.dateEnd = at(m.dateEnd);
  }
  return found;
}

function findInNfc(text: string): CitationMention[] {
  const heads: CitationMention[] = [];
  for (const r of text.matchAll(TYPED_RE)) {
    const idx = r.index ?? 0;
    const type = canonicalTypeName(r[1]);
    // A symbol always has letters; "Kế hoạch 2021-2025" is a period, not a number.
    if (!type || !/[A-Za-zĐđ]/.test(r[3])) continue;
    const m: CitationMention = {
      start: idx,
      end: idx + r[0].length,
      type,
      typeInferred: false,
      typeStart: idx,
      typeEnd: idx + r[1].length,
    };
    symbolOf(m, r[3], idx + r[0].length - r[3].length);
    heads.push(m);
  }
  for (const r of text.matchAll(LAW_RE)) {
    const idx = r.index ?? 0;
    const type = canonicalTypeName(r[1]) ?? r[1];
    const name = `${type} ${r[2].trim()}`.replace(/\s+/g, " ");
    const m: CitationMention = {
      start: idx,
      end: idx + r[0].length,
      type,
      typeInferred: false,
      typeStart: idx,
      typeEnd: idx + r[1].length,
      title: name,
    };
    if (r[3]) symbolOf(m, r[3], idx + r[0].length - r[3].length);
    else if (r[4]) m.year = Number(r[4]);
    else m.end = idx + r[1].length + r[2].length; // "ngày" is read as the date below
    heads.push(m);
  }
  heads.sort((a, b) => a.start - b.start);
  const typed: CitationMention[] = [];
  for (const h of heads) {
    const last = typed[typed.length - 1];
    if (last && h.start < last.end) continue;
    typed.push(h);
  }
  // Bare symbols that no typed mention covers ("Kế hoạch số" at a line end, then "230-KH/ĐU ngày …").
  const all: CitationMention[] = [...typed];
  let k = 0;
  for (const r of text.matchAll(BARE_RE)) {
    const idx = r.index ?? 0;
    while (k < typed.length && typed[k].end <= idx) k++;
    if (k < typed.length && typed[k].start <= idx) continue;
    if (/^\s*Số\s*:?\s*$/u.test(text.slice(0, idx))) continue; // the document's own number
    const p = parseSymbol(r[1]);
    // A marked letter (“TƯ”) or a dashed term (“QH-14”) is still a citation: its type comes from the repaired form.
    const repaired = p.ok ? p : repairable(r[1], p.problem);
    if (!repaired?.ok) continue;
    const type = inferType(repaired.symbol) ?? (p.ok ? undefined : "Văn bản");
    if (!type) continue;
    all.push({
      start: idx,
      end: idx + r[1].length,
      type,
      typeInferred: true,
      typeStart: idx,
      typeEnd: idx,
      symbolText: r[1],
      symbolStart: idx,
      symbolEnd: idx + r[1].length,
      ...(p.ok ? { symbol: p.symbol } : { symbolProblem: p.problem }),
    });
  }
  all.sort((a, b) => a.start - b.start);
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const limit = i + 1 < all.length ? all[i + 1].start : text.length;
    let pos = readDate(text, m.end, m);
    if (m.year === undefined && m.date === undefined && m.dateText === undefined && m.title && !m.symbol) {
      // A law name with "ngày" that is not followed by a readable date is not a citation we can use.
      pos = m.end;
    }
    const inTitleLaw = LAW_TYPES.includes(m.type) && m.title !== undefined;
    if (inTitleLaw) {
      m.end = pos;
      continue;
    }
    m.end = readIssuerAndTitle(text, pos, limit, m);
    if (m.end < pos) m.end = pos;
  }
  return all.filter((m) => m.symbolText !== undefined || m.dateText !== undefined || m.year !== undefined);
}
