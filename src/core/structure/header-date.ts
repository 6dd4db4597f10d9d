import type { DocumentSnapshot } from "../model/document";
import { isValidDate } from "../rules/dates";
import { structureOf } from "./index";

const WORDS_DATE = /ngày\s+(\d{0,2})\s*tháng\s+(\d{0,2})\s*năm\s+(\d{4})/u;

/**
 * The document's own date (ô 4) as YYYY-MM-DD, read from the place/date line the structure found.
 * A draft's blank day or month gives the earliest day it can be, so a rule never calls a citation
 * "replaced before this document" too early.
 */
export function headerDate(doc: DocumentSnapshot, cache?: Map<string, unknown>): string | undefined {
  const line = structureOf(doc, cache).placeDateLine;
  const m = line && WORDS_DATE.exec(line.text.normalize("NFC"));
  if (!m) return undefined;
  const year = Number(m[3]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[1] ? Number(m[1]) : 1;
  if (!isValidDate(year, month, day)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
