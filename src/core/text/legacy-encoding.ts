/**
 * Text left in a pre-Unicode font encoding: TCVN3 (.VnTime, “nh©n d©n”) or VNI-Windows (“Vieät Nam”). A paragraph is
 * read as one of them only when at least one of its words holds a code that encoding alone uses and turns into a
 * valid Vietnamese syllable once converted; then every word whose conversion is a valid syllable, where the word as
 * written is not (or holds such a code, or the paragraph has no Unicode-only letter), is a legacy word. Foreign names (“Müller”, “España”) convert to nothing
 * Vietnamese and are left alone, and so is a footnote mark after a correct word (“Chính¹”).
 */
import { isTcvn3Word, TCVN3_ONLY, tcvn3ToUnicode } from "../rules/tcvn3";
import { VNI_ONLY, vniToUnicode } from "../rules/vni";
import { isVietnameseSyllable } from "./syllable";

/** Letters that exist only in Unicode Vietnamese (never in TCVN3 or VNI bytes read as Latin-1). */
export const UNICODE_VIETNAMESE = /[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]/u;

export type LegacyEncoding = "tcvn3" | "vni";

export interface LegacyWord {
  start: number;
  end: number;
  word: string;
  /** The word in Unicode (NFC); undefined when the conversion is not a Vietnamese syllable. */
  unicode: string | undefined;
}

export interface LegacyParagraph {
  encoding: LegacyEncoding;
  words: LegacyWord[];
}

/** Runs of Latin letters and Latin-1 codes (TCVN3 uses 0xA1–0xFE, some of them punctuation in Latin-1). */
const TCVN3_WORD = /(?<![A-Za-z\u00a1-\u00fe])[A-Za-z\u00a1-\u00fe]+/gu;
const VNI_WORD = /(?<![\p{L}\p{M}])[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]+(?![\p{L}\p{M}])/gu;
/** Letters next to codes only TCVN3 uses for â, ê, ô, ơ, ă, đ and the toned a's: the cheap first test. */
const TCVN3_HINT = /(?:[A-Za-z][ª«¬¨¸µ¶¹]|[©ª«¬®¨][A-Za-z])/u;
const VNI_HINT = /[A-Za-z](?:[äëïøûüåæîñöÄËÏØÛÜÅÆÎÑÖ]|[âÂêÊ])|[ñÑ][A-Za-z]/u;

interface Reading {
  encoding: LegacyEncoding;
  hint: RegExp;
  word: RegExp;
  only: RegExp;
  /** A word of this encoding that does not hold one of its own codes can still be one (“thùc” is TCVN3 “thực”). */
  candidate: (w: string) => boolean;
  convert: (w: string) => string;
}

const READINGS: Reading[] = [
  {
    encoding: "tcvn3",
    hint: TCVN3_HINT,
    word: TCVN3_WORD,
    only: TCVN3_ONLY,
    candidate: isTcvn3Word,
    convert: tcvn3ToUnicode,
  },
  {
    encoding: "vni",
    hint: VNI_HINT,
    word: VNI_WORD,
    only: VNI_ONLY,
    candidate: (w) => /[\u00c0-\u00ff]/u.test(w),
    convert: vniToUnicode,
  },
];

/** The legacy encoding of a paragraph and its words in that encoding; undefined for a Unicode paragraph. */
export function legacyParagraph(text: string): LegacyParagraph | undefined {
  for (const r of READINGS) {
    if (!r.hint.test(text)) continue;
    // Without a letter only Unicode has, every word of the paragraph is in the legacy encoding, even one that
    // also reads as Vietnamese as written (VNI “soá” is “số”); in a mixed paragraph such a word may be Unicode.
    const pure = !UNICODE_VIETNAMESE.test(text);
    const words: LegacyWord[] = [];
    let proven = false;
    for (const m of text.matchAll(r.word)) {
      const word = m[0];
      if (!r.candidate(word)) continue;
      const converted = r.convert(word);
      if (converted === word) continue;
      const valid = isVietnameseSyllable(converted);
      const own = r.only.test(word);
      if (valid && own) proven = true;
      // A word valid as written is kept only when it holds a code of this encoding or the paragraph is pure.
      if (!own && (!valid || (!pure && isVietnameseSyllable(word)))) continue;
      const start = m.index ?? 0;
      words.push({ start, end: start + word.length, word, unicode: valid ? converted : undefined });
    }
    if (proven) return { encoding: r.encoding, words };
  }
  return undefined;
}
