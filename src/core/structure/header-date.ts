import type { DocumentSnapshot } from "../model/document";
import { formatIsoDate, isValidDate, wordsDates, wordsDateValue } from "../rules/dates";
import { structureOf } from "./index";

/**
 * The document's own date (ô 4) as YYYY-MM-DD, read from the place/date line the structure found with the one
 * date grammar (a glued “tháng12” is still read). A draft's blank day or month gives the earliest day it can
 * be, so a rule never calls a citation "replaced before this document" too early.
 */
export function headerDate(doc: DocumentSnapshot, cache?: Map<string, unknown>): string | undefined {
  const line = structureOf(doc, cache).placeDateLine;
  const d = line && wordsDates(line.text.normalize("NFC"))[0];
  if (!d) return undefined;
  const value = wordsDateValue(d);
  return isValidDate(value.year, value.month, value.day) ? formatIsoDate(value) : undefined;
}
