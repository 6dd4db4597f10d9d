/**
 * Số, ký hiệu of the three families (NĐ 30 Điều 15; Luật 64/2025; HD 05-HD/VPTW):
 *   state  <n>/<TYPE>-<AGENCY>[-<UNIT>]  or công văn <n>/<AGENCY>-<UNIT>
 *   qppl   <n>/<yyyy>/<TYPE>-<ISSUER>    (Luật, NQ of QH: <n>/<yyyy>/QH15)
 *   party  <n>-<TYPE>/<AGENCY>[-<AGENCY>]
 */
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES } from "../rules/document-types";

export type SymbolFamily = "state" | "qppl" | "party";

export interface ParsedSymbol {
  family: SymbolFamily;
  /** Number as written, letter suffix kept ("36a", "01"). */
  number: string;
  /** The year inside a QPPL number. */
  year?: number;
  /** Type abbreviation ("NĐ", "KH", "QĐi"); undefined for công văn and for QH/UBTVQH numbers. */
  typeAbbr?: string;
  /** Issuer part after the type ("CP", "STTTT-VP", "BDVTU-BCSĐ", "QH15"). */
  issuer: string;
  /** The canonical text (NFC, no spaces). */
  text: string;
}

export type SymbolProblemCode =
  "space-inside" | "double-slash" | "missing-slash" | "diacritic" | "qh-dash" | "malformed";

export interface SymbolProblem {
  code: SymbolProblemCode;
  /** Vietnamese explanation. */
  message: string;
}

export type SymbolParse = { ok: true; symbol: ParsedSymbol } | { ok: false; problem: SymbolProblem };

/**
 * Upper-case Vietnamese letters with a mark, which a ký hiệu never holds (only Đ): finders accept them inside a
 * symbol so that “12-NQ/TƯ” is read and reported instead of missed.
 */
export const MARKED_UPPER = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
const MARKED_RE = new RegExp(`[${MARKED_UPPER}]`, "u");
/** The National Assembly's term written with a dash (“QH-14” for “QH14”). */
const QH_DASH = /(^|[/-])((?:UBTV)?QH)-(\d{2})$/u;

/** The QH term written with a dash made whole (“52/2019/QH-14” → “52/2019/QH14”); undefined when there is none. */
export function joinQhTerm(symbol: string): string | undefined {
  return QH_DASH.test(symbol) ? symbol.replace(QH_DASH, "$1$2$3") : undefined;
}

const MISSING_SLASH = /^(\d+[a-z]?\/\d{4})(?=[A-ZĐ])/;

/** A QPPL number missing the slash after its year made whole (“15/2020NĐ-CP” → “15/2020/NĐ-CP”); undefined when it is not. */
export function restoreMissingSlash(symbol: string): string | undefined {
  return MISSING_SLASH.test(symbol) ? symbol.replace(MISSING_SLASH, "$1/") : undefined;
}

const SEG = "[A-Za-zĐđ0-9]+";
const FIRST = "[A-ZĐ][A-Za-zĐđ0-9]*";
const TAIL = `${FIRST}(?:-${SEG})*`;
const NUM = "\\d{1,6}[a-zđ]?";
const PARTY_RE = new RegExp(`^(${NUM})-([A-ZĐ][A-Za-zĐđ]*)/(${TAIL})$`);
const QPPL_RE = new RegExp(`^(${NUM})/(\\d{4})/(${TAIL})$`);
const STATE_RE = new RegExp(`^(${NUM})/(${TAIL})$`);

const STATE_ABBRS = new Set(DOCUMENT_TYPES.flatMap((t) => (t.abbr ? [t.abbr] : [])));
const QPPL_ABBRS = new Set([...QPPL_TYPES.map((t) => t.abbr), ...STATE_ABBRS]);

/** Parses a symbol written alone ("30/2020/NĐ-CP"). Reports how a malformed one is wrong. */
export function parseSymbol(input: string): SymbolParse {
  const raw = input.normalize("NFC").trim();
  if (/\s/.test(raw)) {
    return {
      ok: false,
      problem: {
        code: "space-inside",
        message: `Số, ký hiệu “${raw}” có khoảng trắng bên trong; viết liền, không cách.`,
      },
    };
  }
  if (raw.includes("//") || raw.includes("--")) {
    return {
      ok: false,
      problem: { code: "double-slash", message: `Số, ký hiệu “${raw}” có hai dấu phân cách liền nhau.` },
    };
  }
  const marked = MARKED_RE.exec(raw);
  if (marked) {
    const hint = marked[0] === "Ư" ? " (Trung ương viết “TW”, Tỉnh ủy viết “TU”)" : "";
    return {
      ok: false,
      problem: {
        code: "diacritic",
        message: `Số, ký hiệu “${raw}” có chữ có dấu “${marked[0]}”: ký hiệu chỉ dùng chữ cái không dấu, trừ “Đ”${hint}.`,
      },
    };
  }
  const joined = joinQhTerm(raw);
  if (joined) {
    return {
      ok: false,
      problem: {
        code: "qh-dash",
        message: `Số, ký hiệu “${raw}”: khóa Quốc hội viết liền, không có gạch nối (đúng: “${joined}”).`,
      },
    };
  }
  let m = PARTY_RE.exec(raw);
  if (m) {
    return { ok: true, symbol: { family: "party", number: m[1], typeAbbr: m[2], issuer: m[3], text: raw } };
  }
  m = QPPL_RE.exec(raw);
  if (m) {
    const tail = m[3];
    const dash = tail.indexOf("-");
    const head = dash < 0 ? tail : tail.slice(0, dash);
    const typed = dash >= 0 && QPPL_ABBRS.has(head);
    return {
      ok: true,
      symbol: {
        family: "qppl",
        number: m[1],
        year: Number(m[2]),
        typeAbbr: typed ? head : undefined,
        issuer: typed ? tail.slice(dash + 1) : tail,
        text: raw,
      },
    };
  }
  m = STATE_RE.exec(raw);
  if (m) {
    const tail = m[2];
    const dash = tail.indexOf("-");
    const head = dash < 0 ? tail : tail.slice(0, dash);
    const typed = dash >= 0 && STATE_ABBRS.has(head);
    return {
      ok: true,
      symbol: {
        family: "state",
        number: m[1],
        typeAbbr: typed ? head : undefined,
        issuer: typed ? tail.slice(dash + 1) : tail,
        text: raw,
      },
    };
  }
  const fixed = restoreMissingSlash(raw);
  if (fixed) {
    return {
      ok: false,
      problem: {
        code: "missing-slash",
        message: `Số, ký hiệu “${raw}” thiếu dấu “/” giữa năm và ký hiệu loại văn bản (đúng: “${fixed}”).`,
      },
    };
  }
  return {
    ok: false,
    problem: {
      code: "malformed",
      message: `Số, ký hiệu “${raw}” không đúng dạng của văn bản nhà nước, QPPL hay của Đảng.`,
    },
  };
}

/** Writes a parsed symbol back (the inverse of parseSymbol for well-formed symbols). */
export function formatSymbol(s: Omit<ParsedSymbol, "text">): string {
  const tail = s.typeAbbr ? `${s.typeAbbr}-${s.issuer}` : s.issuer;
  if (s.family === "party") return `${s.number}-${s.typeAbbr ?? ""}/${s.issuer}`;
  if (s.family === "qppl") return `${s.number}/${s.year ?? ""}/${tail}`;
  return `${s.number}/${tail}`;
}

/** Type names a symbol's abbreviation stands for, by family ("NQ" → Nghị quyết; Party "QĐ" → Quyết định, Quy định). */
export function typeNamesForAbbr(family: SymbolFamily, abbr: string): string[] {
  const names = new Set<string>();
  if (family === "party") {
    for (const t of PARTY_TYPES) if (t.abbr === abbr) names.add(t.name);
  } else {
    if (family === "qppl") for (const t of QPPL_TYPES) if (t.abbr === abbr) names.add(t.name);
    for (const t of DOCUMENT_TYPES) if (t.abbr === abbr) names.add(t.name);
  }
  return [...names];
}
