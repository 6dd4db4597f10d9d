import { REF } from "./references";

/** Vietnamese điểm letters in order: no f, j, w, z; đ follows d (PL I mục II.6). */
export const VIETNAMESE_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;
export const VIETNAMESE_LETTERS_REF = REF.plI_II6;

/** 1 → "a", 5 → "đ"; past "y" the letters double ("aa"), which real documents never reach. */
export function vietnameseLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Not a positive integer: ${n}`);
  const len = VIETNAMESE_LETTERS.length;
  let out = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % len;
    out = VIETNAMESE_LETTERS[r] + out;
    k = Math.floor((k - 1) / len);
  }
  return out;
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Out of Roman range: ${n}`);
  let out = "";
  let k = n;
  for (const [v, s] of ROMAN) {
    while (k >= v) {
      out += s;
      k -= v;
    }
  }
  return out;
}

/** Parses a canonical Roman numeral ("XIV"); undefined when the text is not one. */
export function fromRoman(s: string): number | undefined {
  const t = s.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(t)) return undefined;
  const val: Record<string, number> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const cur = val[t[i]];
    const next = i + 1 < t.length ? val[t[i + 1]] : 0;
    total += cur < next ? -cur : cur;
  }
  // Reject non-canonical forms such as "IIII" or "IC".
  return total >= 1 && total <= 3999 && toRoman(total) === t ? total : undefined;
}
