/** Helpers shared by the Phụ lục II capitalisation rules. */

/** Regex source for a phrase: spaces match any run of spaces, letters match as written. */
export function phraseSource(phrase: string): string {
  return phrase
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join("\\s+");
}

/** True when the text is written all in capitals (a heading such as “ỦY BAN NHÂN DÂN”), which is its own style. */
export const allCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** True when [start] is inside a sentence: the word before it starts with a small letter. */
export function midSentence(text: string, start: number): boolean {
  return /\p{Ll}[\p{L}\p{M}]*[,]?\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}

export const capitaliseFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
