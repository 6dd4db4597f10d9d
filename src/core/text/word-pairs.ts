/**
 * Damage the syllable model cannot see: a word that is still a valid syllable but not the one written, found
 * through the word beside it. “kim tra” is two valid syllables, but “tra” after a word one dropped letter away
 * from “kiểm” reads as “kiểm tra”; “tồn diện” is “toàn diện” through the PDF mapping oà → ồ; “thơng báo” is
 * “thông báo” with the hat of ô turned into a horn. Only the damage PDF extraction and lost keystrokes make is
 * tried, never a change of tone (“truyền thống” is a word of its own, not a damaged “truyền thông”).
 */
import { COMMON_WORDS, NOT_DAMAGED_PAIRS } from "../rules/vietnamese-words";
import { isVietnameseSyllable } from "./syllable";

const KNOWN = new Set(COMMON_WORDS);
const NOT_DAMAGED = new Set(NOT_DAMAGED_PAIRS);
const BY_FIRST = new Map<string, string[]>();
const BY_SECOND = new Map<string, string[]>();
for (const w of COMMON_WORDS) {
  const [a, b] = w.split(" ");
  if (!a || !b) continue;
  BY_FIRST.set(a, [...(BY_FIRST.get(a) ?? []), b]);
  BY_SECOND.set(b, [...(BY_SECOND.get(b) ?? []), a]);
}

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VOWEL = /[aăâeêioôơuưy]/u;
/** One letter read as another by a PDF font mapping (“cĩ” for “có”, “Hịa” for “Hòa”). */
const MAPPED: ReadonlySet<string> = new Set(["ó>ĩ", "ò>ị"]);
/** Two letters read as one by a PDF font mapping (“tồn” for “toàn”, “hồn thành” for “hoàn thành”). */
const MERGED: readonly [string, string][] = [["oà", "ồ"]];

interface Letter {
  shape: string;
  tone: string;
  base: string;
}

function letter(ch: string): Letter {
  const d = ch.normalize("NFD");
  const tone = d.match(TONE_MARK)?.[0] ?? "";
  const shape = d.replace(TONE_MARK, "").normalize("NFC");
  const base = d.replace(/\p{M}/gu, "").replace("đ", "d");
  return { shape, tone, base };
}

/** True when `seen` is `right` after one damage of PDF extraction or a lost keystroke (both lower case, NFC). */
export function isDamageOf(right: string, seen: string): boolean {
  if (right === seen) return false;
  const r = [...right];
  const s = [...seen];
  // A dropped marked vowel, the glyph a font mapping loses (“kiểm” → “kim”); a dropped plain letter too often
  // leaves a word of its own (“thành” → “hành”, “thủ tục” → “hủ tục”, “ủng hộ đồng bào”).
  if (s.length === r.length - 1) {
    for (let i = 0; i < r.length; i++) {
      const l = letter(r[i] ?? "");
      if (!VOWEL.test(l.base) || (l.shape === l.base && l.tone === "")) continue;
      if ([...r.slice(0, i), ...r.slice(i + 1)].join("") === seen) return true;
    }
  }
  for (const [two, one] of MERGED) {
    for (let i = right.indexOf(two); i >= 0; i = right.indexOf(two, i + 1)) {
      if (right.slice(0, i) + one + right.slice(i + two.length) === seen) return true;
    }
  }
  if (s.length !== r.length) return false;
  const diff = r.flatMap((c, i) => (c === s[i] ? [] : [i]));
  if (diff.length !== 1) return false;
  const a = r[diff[0]] ?? "";
  const b = s[diff[0]] ?? "";
  if (MAPPED.has(`${a}>${b}`)) return true;
  const x = letter(a);
  const y = letter(b);
  if (!VOWEL.test(x.base) || x.base !== y.base) return false;
  // The vowel's hat, breve or horn changed or lost, the tone kept (“thông” → “thơng”), or the tone lost alone.
  return (x.tone === y.tone && x.shape !== y.shape) || (x.shape === y.shape && y.tone === "" && x.tone !== "");
}

/** Applies the case of the written word (“Kim”, “KIM”) to its reading. */
function sameCase(written: string, reading: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return reading.toUpperCase();
  if (written[0] !== written[0]?.toLowerCase()) return reading.charAt(0).toUpperCase() + reading.slice(1);
  return reading;
}

/**
 * The known word two adjacent syllables are a damaged form of, keeping the written case (“Kim tra” → “Kiểm
 * tra”); undefined when they are a known word already, when they or one of them with its other neighbour
 * (`before`, `after`) are a word of their own, when either is not a valid syllable (the syllable rules judge
 * those), or when more than one reading fits.
 */
export function repairPair(first: string, second: string, before = "", after = ""): string | undefined {
  const a = first.toLowerCase();
  const b = second.toLowerCase();
  const pair = `${a} ${b}`;
  if (KNOWN.has(pair) || NOT_DAMAGED.has(pair)) return undefined;
  // Either word may belong with its other neighbour instead (“theo hướng dân chủ”, “đình chỉ thi hành”).
  const beside = [`${before.toLowerCase()} ${a}`, `${b} ${after.toLowerCase()}`];
  if (beside.some((w) => KNOWN.has(w) || NOT_DAMAGED.has(w))) return undefined;
  if (!isVietnameseSyllable(a) || !isVietnameseSyllable(b)) return undefined;
  const found = new Set<string>();
  for (const p of BY_SECOND.get(b) ?? []) if (isDamageOf(p, a)) found.add(`${sameCase(first, p)} ${second}`);
  for (const q of BY_FIRST.get(a) ?? []) if (isDamageOf(q, b)) found.add(`${first} ${sameCase(second, q)}`);
  return found.size === 1 ? [...found][0] : undefined;
}
