/** Parses the document's own số, ký hiệu (the header "Số:" line) for the symbol rules. */
import { structureOf, type LineRef } from "../../structure";
import type { CheckContext } from "../types";

export interface ParsedSo {
  line: LineRef;
  /** Offsets in the paragraph text. */
  soStart: number;
  numStart: number;
  numEnd: number;
  number: string;
  party: boolean;
  /** True for a QPPL number (year inside: "15/2020/QĐ-UBND"). */
  qppl: boolean;
  /** Type abbreviation inside the ký hiệu ("BC" in "1183/BC-STTTT-VP", "QĐ" in "1167-QĐ/TU"). */
  type: string;
  typeStart: number;
  symbolStart: number;
  symbolEnd: number;
}

/** Parses the header "Số" line; undefined when there is none or it cannot be read. */
export function parseSoLine(ctx: CheckContext): ParsedSo | undefined {
  const line = structureOf(ctx.doc, ctx.cache).soLine;
  if (!line) return undefined;
  const text = line.text;
  const m = /Số\s*:?\s*(\d*)\s*([-/])\s*([^\s*_]*)/u.exec(text.slice(line.start));
  if (!m) return undefined;
  const base = line.start + m.index;
  const numStart = base + m[0].indexOf(m[1], 2);
  const party = m[2] === "-" && m[3].includes("/");
  const rest = m[3];
  // A QPPL number carries its year first: "15/2020/QĐ-UBND" has the type after the year.
  const year = !party ? (/^\d{4}\//u.exec(rest)?.[0] ?? "") : "";
  const afterYear = rest.slice(year.length);
  const type = party ? rest.split("/")[0] : (afterYear.split(/[-/]/u)[0] ?? "");
  const symbolStart = base + m[0].length - rest.length;
  return {
    line,
    soStart: base,
    numStart: m[1] ? numStart : symbolStart - 1,
    numEnd: m[1] ? numStart + m[1].length : symbolStart - 1,
    number: m[1],
    party,
    type,
    typeStart: symbolStart + year.length,
    qppl: year !== "",
    symbolStart,
    symbolEnd: base + m[0].length,
  };
}
