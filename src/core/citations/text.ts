/** Text helpers shared by the grammar and the search: NFC, diacritic folding. */

/** Lower-cases and removes Vietnamese diacritics (đ → d), for search keys and loose comparisons. */
export function foldVi(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** NFC, with runs of spaces (incl. no-break) made single, trimmed. */
export function tidy(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** A symbol key for dedup and lookup: NFC, no spaces, ASCII-folded, upper case ("30/2020/NĐ-CP" → "30/2020/ND-CP"). */
export function symbolKey(symbol: string): string {
  return symbol
    .normalize("NFC")
    .replace(/\s+/g, "")
    .replace(/[đĐ]/g, "D")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}
