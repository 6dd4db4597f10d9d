/**
 * A số, ký hiệu typed in a search query is a fact about the document the officer means, not a search term:
 * "Luật số 24/2018/QH14" names one law whether or not a catalog holds it. This module finds such a symbol in
 * a query (with or without diacritics, in any case) and composes what the symbol itself says: the type from
 * its abbreviation, the issuer from its code, and a citation an officer can complete with date and title.
 */
import { DOCUMENT_TYPES, PARTY_TYPES, QPPL_TYPES } from "../rules/document-types";
import { ISSUER_CODES, issuerForCode } from "../rules/issuer-codes";
import { formatFull, isLawType } from "./format";
import { CITABLE_TYPE_NAMES } from "./mentions";
import { parseSymbol, type ParsedSymbol, type SymbolFamily } from "./symbol";
import { foldVi } from "./text";

export interface ComposedCitation {
  /** The type the symbol stands for ("Luật", "Nghị định"), the query's own type word when it fits. */
  type: string;
  /** Other types the same symbol may stand for (QH14: Luật or Nghị quyết), for the officer to choose. */
  alternatives: string[];
  /** The symbol with its canonical letters ("24/2018/QH14", "110/2004/NĐ-CP"). */
  symbol: string;
  family: SymbolFamily;
  /** The issuer read from the symbol's code; empty when the code does not name one (an agency's own). */
  issuer: string;
  /** A first-mention citation without date and title, for the officer to complete. */
  citation: string;
}

export interface TypedSymbol {
  /** The symbol as typed in the query, and where. */
  written: string;
  start: number;
  end: number;
  composed: ComposedCitation;
}

/** Every abbreviation we know, keyed by its folded upper-case form ("ND" → "NĐ", "QYD" → "QyĐ"). */
const ABBR_BY_FOLD = (() => {
  const m = new Map<string, string>();
  for (const a of [...QPPL_TYPES, ...PARTY_TYPES, ...DOCUMENT_TYPES].map((t) => t.abbr)) {
    if (a) {
      const k = foldVi(a).toUpperCase();
      if (!m.has(k)) m.set(k, a);
    }
  }
  return m;
})();

/** Issuer codes keyed the same way ("BGDDT" → "BGDĐT", "TTG" → "TTg"). */
const CODE_BY_FOLD = new Map(
  ISSUER_CODES.flatMap((c) => (typeof c.code === "string" ? [[foldVi(c.code).toUpperCase(), c.code] as const] : [])),
);

/** Restores the canonical letters of a symbol typed in lower case or without diacritics. */
function canonicalLetters(token: string): string {
  return token
    .split(/([/-])/)
    .map((part) => {
      if (part === "/" || part === "-" || /^\d/.test(part)) return part;
      const k = foldVi(part).toUpperCase();
      return ABBR_BY_FOLD.get(k) ?? CODE_BY_FOLD.get(k) ?? (part === part.toLowerCase() ? k : part);
    })
    .join("");
}

function parseTyped(token: string): ParsedSymbol | undefined {
  const direct = parseSymbol(token);
  if (direct.ok) return direct.symbol;
  const again = parseSymbol(canonicalLetters(token));
  return again.ok ? again.symbol : undefined;
}

/** Types a parsed symbol may stand for, most likely first. */
function candidateTypes(s: ParsedSymbol): string[] {
  if (s.family === "party") {
    const names = PARTY_TYPES.filter((t) => t.abbr === s.typeAbbr).map((t) => t.name);
    // A Party “QĐ” of the Central Committee's bodies is cited mostly as a Quy định.
    return s.typeAbbr === "QĐ" ? ["Quy định", "Quyết định"] : [...new Set(names)];
  }
  if (!s.typeAbbr) {
    if (s.family === "qppl" && /^QH\d/.test(s.issuer)) return ["Luật", "Nghị quyết", "Bộ luật"];
    if (s.family === "qppl" && /^UBTVQH\d/.test(s.issuer)) return ["Nghị quyết", "Pháp lệnh"];
    return s.family === "state" ? ["Công văn"] : [];
  }
  if (s.typeAbbr === "L") return ["Lệnh"];
  const names = new Set<string>();
  if (s.family === "qppl") for (const t of QPPL_TYPES) if (t.abbr === s.typeAbbr) names.add(t.name);
  for (const t of DOCUMENT_TYPES) if (t.abbr === s.typeAbbr) names.add(t.name);
  return [...names];
}

/** "Bộ Nội vụ", or for a joint symbol (TTLT-BNV-BTC) "Bộ Nội vụ và Bộ Tài chính"; "" when a code is unknown. */
function issuerOf(s: ParsedSymbol): string {
  const codes = s.issuer.split("-");
  // A state symbol's tail after the agency is its drafting unit (QĐ-UBND-VP): only the agency names the issuer.
  const agencyCodes = s.family === "state" ? codes.slice(0, 1) : codes;
  const names = agencyCodes.map(issuerForCode);
  if (names.some((n) => n === undefined)) return "";
  const list = names as string[];
  return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} và ${list[list.length - 1]}`;
}

const FOLDED_TYPES = [...CITABLE_TYPE_NAMES].map((n) => [foldVi(n), n] as const);

/** The type word the officer typed just before the symbol ("luat so", "Nghị định số"), if any. */
function typeWordBefore(query: string, start: number): string | undefined {
  const before = foldVi(query.slice(0, start))
    .replace(/\s+so\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  let best: string | undefined;
  for (const [folded, name] of FOLDED_TYPES) {
    if ((before === folded || before.endsWith(` ${folded}`)) && (!best || name.length > best.length)) best = name;
  }
  return best;
}

export function composeCitation(s: ParsedSymbol, typeWord?: string): ComposedCitation | undefined {
  const types = candidateTypes(s);
  if (types.length === 0) return undefined;
  const type = typeWord && types.includes(typeWord) ? typeWord : types[0];
  const issuer = issuerOf(s);
  const citation = isLawType(type)
    ? `${type} số ${s.text}`
    : formatFull({ type, symbol: s.text, date: "", issuer, title: "", family: s.family });
  return {
    type,
    alternatives: types.filter((t) => t !== type),
    symbol: s.text,
    family: s.family,
    issuer,
    citation,
  };
}

/** The first well-formed symbol typed in a query, with what it says; undefined when there is none. */
export function findTypedSymbol(query: string): TypedSymbol | undefined {
  const q = query.normalize("NFC");
  const re = /[^\s,;()“”"]+/gu;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const token = m[0].replace(/[.:]+$/, "");
    if (!/^\d+[a-zđ]?[/-].*[A-Za-zĐđ]/u.test(token)) continue;
    const parsed = parseTyped(token);
    if (!parsed) continue;
    const composed = composeCitation(parsed, typeWordBefore(q, m.index));
    if (!composed) continue;
    return { written: token, start: m.index, end: m.index + token.length, composed };
  }
  return undefined;
}
