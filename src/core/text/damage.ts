/**
 * Readings of damaged Vietnamese words on top of the syllable model: glued syllables, Telex keystrokes left in
 * the text, and which tokens of a paragraph count as candidates for damage.
 */
import { COMMON_SYLLABLES, COMMON_WORDS } from "../rules/vietnamese-words";
import { isVietnameseSyllable, looksVietnamese, stripTone, syllableTokens, type Token } from "./syllable";

const WORDS = new Set(COMMON_WORDS);
const SYLLABLES = new Set(COMMON_SYLLABLES);

/** “báocáo” → “báo cáo”, “QUYẾTĐỊNH” → “QUYẾT ĐỊNH”: the one split into a known word or two common syllables. */
export function splitGlued(word: string): string | undefined {
  if (isVietnameseSyllable(word)) return undefined;
  const chars = [...word];
  const found: string[] = [];
  for (let i = 1; i < chars.length; i++) {
    const a = chars.slice(0, i).join("");
    const b = chars.slice(i).join("");
    if (!isVietnameseSyllable(a) || !isVietnameseSyllable(b)) continue;
    const pair = `${a} ${b}`.toLowerCase();
    if (WORDS.has(pair) || (SYLLABLES.has(a.toLowerCase()) && SYLLABLES.has(b.toLowerCase()))) found.push(`${a} ${b}`);
    else if (SYLLABLES.has(b.toLowerCase()) && looksVietnamese(a) && /^\p{Ll}+$/u.test(word)) found.push(`${a} ${b}`);
  }
  return found.length === 1 ? found[0] : undefined;
}

const TELEX_VOWELS: [RegExp, string][] = [
  [/aa/gu, "â"],
  [/aw/gu, "ă"],
  [/ee/gu, "ê"],
  [/oo/gu, "ô"],
  [/ow/gu, "ơ"],
  [/uw/gu, "ư"],
  [/dd/gu, "đ"],
];
const TELEX_TONES: Record<string, string> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };

/**
 * “trieenr” → “triển”: a lower-case ASCII word whose Telex reading (doubled vowels, w, dd, a tone key at the end)
 * is a Vietnamese syllable. Undefined when nothing Telex-like is in it.
 */
export function undoTelex(word: string): string | undefined {
  if (!/^[a-z]+$/u.test(word) || isVietnameseSyllable(word)) return undefined;
  let s = word;
  let tone = "";
  const last = s[s.length - 1] ?? "";
  if (TELEX_TONES[last] && s.length > 2) {
    tone = TELEX_TONES[last];
    s = s.slice(0, -1);
  }
  const before = s;
  for (const [re, to] of TELEX_VOWELS) s = s.replace(re, to);
  // A doubled vowel alone is common in English (“see”, “soon”), a tone key alone too (“gas”, “bus”): ask for
  // a vowel keystroke together with a tone key, or for w/dd, which English words rarely have.
  if (s === before) return undefined;
  if (tone === "" && !/[ăơưđ]/u.test(s)) return undefined;
  if (tone) {
    const t = stripTone(s);
    if (!t) return undefined;
    // Try the tone on each vowel; the syllable model keeps only a valid placement.
    const chars = [...s];
    const hits = chars
      .map((_, i) => [...chars.slice(0, i), (chars[i] + tone).normalize("NFC"), ...chars.slice(i + 1)].join(""))
      .filter((c, i) => /[aăâeêioôơuưy]/u.test(chars[i] ?? "") && isVietnameseSyllable(c));
    return hits[0];
  }
  return isVietnameseSyllable(s) && s !== word ? s : undefined;
}

/** A paragraph is read as Vietnamese when most of its words carry Vietnamese letters. */
export function isVietnameseParagraph(text: string): boolean {
  const tokens = syllableTokens(text);
  if (tokens.length < 4) return false;
  const vi = tokens.filter((t) => looksVietnamese(t.word)).length;
  return vi / tokens.length >= 0.4;
}

export type { Token };
