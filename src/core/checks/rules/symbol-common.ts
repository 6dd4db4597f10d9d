/**
 * Reads the document's own số, ký hiệu (the header "Số:" line) for the symbol rules. The line is only located
 * and cut here; the symbol itself is read by the one số/ký hiệu grammar (citations/symbol.ts), which the
 * citation rules use too.
 */
import { parseSymbol, type ParsedSymbol, type SymbolProblem } from "../../citations/symbol";
import { structureOf, type LineRef } from "../../structure";
import type { CheckContext } from "../types";

export interface ParsedSo {
  line: LineRef;
  /** Offsets in the paragraph text. */
  soStart: number;
  /** End of “Số”, its colon and the spaces after them. */
  headEnd: number;
  /** True when “Số” is followed by a colon. */
  colon: boolean;
  numStart: number;
  numEnd: number;
  number: string;
  /** Offset of the first separator after the number (“/” or, for a Party number, “-”) and of what follows it. */
  sepStart: number;
  restStart: number;
  party: boolean;
  /** True for a QPPL number (year inside: "15/2020/QĐ-UBND"). */
  qppl: boolean;
  /** First group of the ký hiệu after the year ("BC" in "1183/BC-STTTT-VP", "QĐ" in "1167-QĐ/TU"), known or not. */
  type: string;
  typeStart: number;
  /** True when the ký hiệu after the type group has more groups ("SGDĐT" alone has none). */
  typeHasTail: boolean;
  symbolStart: number;
  symbolEnd: number;
  /** The grammar's reading of the symbol (a blank number is read as if filled), or why it cannot be read. */
  symbol?: ParsedSymbol;
  problem?: SymbolProblem;
}

const SO_LINE = /Số(\s*)(:?)(\s*)(\d*[a-zđ]?)(\s*)([-/])(\s*)([^\s*_]*)/u;

/** Parses the header "Số" line; undefined when there is none or it cannot be read. */
export function parseSoLine(ctx: CheckContext): ParsedSo | undefined {
  const key = "symbol:so-line";
  if (ctx.cache.has(key)) return ctx.cache.get(key) as ParsedSo | undefined;
  const so = readSoLine(ctx);
  ctx.cache.set(key, so);
  return so;
}

function readSoLine(ctx: CheckContext): ParsedSo | undefined {
  const line = structureOf(ctx.doc, ctx.cache).soLine;
  if (!line) return undefined;
  const m = SO_LINE.exec(line.text.slice(line.start));
  if (!m) return undefined;
  const [, sp1, colon, sp2, number, sp3, sep, sp4, rest] = m;
  const soStart = line.start + m.index;
  const headEnd = soStart + 2 + sp1.length + colon.length + sp2.length;
  const numStart = headEnd;
  const numEnd = numStart + number.length;
  const sepStart = numEnd + sp3.length;
  const restStart = sepStart + 1 + sp4.length;
  const party = sep === "-" && rest.includes("/");
  // A QPPL number carries its year first: "15/2020/QĐ-UBND" has the type after the year.
  const year = !party ? (/^\d{4}\//u.exec(rest)?.[0] ?? "") : "";
  const afterYear = rest.slice(year.length);
  const groups = party ? [rest.split("/")[0]] : afterYear.split(/[-/]/u);
  const parsed = parseSymbol(`${number || "1"}${sep}${rest}`);
  return {
    line,
    soStart,
    headEnd,
    colon: colon === ":",
    numStart: number ? numStart : restStart - 1,
    numEnd: number ? numEnd : restStart - 1,
    number,
    sepStart,
    restStart,
    party,
    type: groups[0] ?? "",
    typeStart: restStart + year.length,
    typeHasTail: !party && groups.length > 1,
    qppl: year !== "",
    symbolStart: restStart,
    symbolEnd: restStart + rest.length,
    ...(parsed.ok ? { symbol: parsed.symbol } : { problem: parsed.problem }),
  };
}
