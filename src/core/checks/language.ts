/**
 * Whether a document is written in Vietnamese. An English translation of a Vietnamese law (“Article 1.”,
 * “Chapter I”) is outside what the checks judge: its numbering, dates and citations follow other rules, and
 * judging them gave hundreds of false alarms on real texts. Only a document with plenty of text and almost no
 * Vietnamese letters is set aside, so short snippets and drafts are always checked.
 */
import type { DocumentSnapshot } from "../model/document";

/** Letters needed before the document is judged at all. */
const MIN_LETTERS = 3000;
/** Share of letters with a Vietnamese mark (or đ) below which the text is not Vietnamese; Vietnamese prose has about a quarter. */
const MIN_MARKED_SHARE = 0.02;

const LETTER = /\p{L}/u;
const MARKED = /[À-ỹĐđ]/u;

export function looksVietnamese(doc: DocumentSnapshot): boolean {
  let letters = 0;
  let marked = 0;
  for (const p of doc.paragraphs) {
    for (const ch of p.text.normalize("NFC")) {
      if (!LETTER.test(ch)) continue;
      letters++;
      if (MARKED.test(ch)) marked++;
    }
    if (letters >= 20 * MIN_LETTERS) break;
  }
  return letters < MIN_LETTERS || marked / letters >= MIN_MARKED_SHARE;
}
