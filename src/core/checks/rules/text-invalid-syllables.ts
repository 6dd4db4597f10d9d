/**
 * text/invalid-syllables: words that no Vietnamese syllable can be (“thơng báo”, “thng nht”): letters lost in
 * PDF font mapping or dropped while typing. Reported when a paragraph has two such words, or one with a single
 * clearly best reading; the fix (for review) is offered only then. Names and loanwords are rarely invalid
 * syllables, and words of several syllables, foreign consonant clusters, codes and abbreviations are skipped.
 */
import { REF } from "../../rules/references";
import { isVietnameseParagraph } from "../../text/damage";
import {
  isAbbreviation,
  isVietnameseSyllable,
  looksVietnamese,
  suggestSyllables,
  syllableTokens,
  type Token,
} from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";
import { inLegacyWord } from "./encoding-common";

// Two vowel groups split by a consonant: a glued pair or a loanword (“Nitơ”, “ôxy”), left to other rules.
const SEVERAL_SYLLABLES = /[aăâeêioôơuưyà-ỹ][^aăâeêioôơuưyà-ỹ]+[aăâeêioôơuưyà-ỹ]|[aăâeêioôơuưyà-ỹ]{4}/iu;
// A start or end no Vietnamese syllable has (“brôm”, “Kpă”, “crèches”): a foreign word or a minority name.
const ONSETS = new Set("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x".split(" "));
const CODAS = new Set("c ch m n ng nh p t".split(" "));
function foreignShape(word: string): boolean {
  const w = word.toLowerCase().normalize("NFC");
  const onset = /^[^aăâeêioôơuưyà-ỹ]*/u.exec(w)?.[0] ?? "";
  const coda = /[^aăâeêioôơuưyà-ỹ]*$/u.exec(w)?.[0] ?? "";
  return (onset !== "" && onset !== w && !ONSETS.has(onset)) || (coda !== "" && coda !== w && !CODAS.has(coda));
}
// A tone mark on a consonant is detached-mark damage, reported by its own rule.
const MARK_ON_CONSONANT = /[^aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]\p{M}/u;
// Units and short words of letters only that are at home in Vietnamese text.
const UNITS = new Set([
  "km",
  "kg",
  "cm",
  "mm",
  "ml",
  "mg",
  "kwh",
  "kw",
  "ha",
  "vnd",
  "vnđ",
  "tr",
  "nxb",
  "tp",
  "sdt",
  "sđt",
]);

function candidates(text: string): Token[] {
  return syllableTokens(text).filter((t) => {
    const w = t.word;
    if (isAbbreviation(w) || MARK_ON_CONSONANT.test(w)) return false;
    if (SEVERAL_SYLLABLES.test(w) || foreignShape(w)) return false;
    if (looksVietnamese(w)) return !isVietnameseSyllable(w);
    // Letters with no vowel at all, in lower case (“thng”, “nht”): letters dropped from a Vietnamese word.
    return w.length >= 3 && /^\p{Ll}+$/u.test(w) && !/[aeiouy]/u.test(w) && !UNITS.has(w);
  });
}

export const textInvalidSyllables: Rule = {
  id: "text/invalid-syllables",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Chữ tiếng Việt bị hỏng",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      if (!isVietnameseParagraph(p.text)) continue;
      const bad = candidates(p.text).filter((t) => !inLegacyWord(ctx, p.index, t.start, t.end));
      if (bad.length === 0) continue;
      const read = bad
        .map((t) => {
          const s = suggestSyllables(t.word);
          const best = s[0];
          const clear = best !== undefined && best.cost === 1 && s[1]?.cost !== 1 ? best.syllable : undefined;
          // A capitalised word may be a name (“Niê”, “Kpă”): only a clear reading is worth a word, as info.
          const name = /^\p{Lu}\p{Ll}/u.test(t.word);
          return { t, s, clear, name };
        })
        .filter((r) => !r.name || r.clear);
      if (read.filter((r) => !r.name).length < 2 && !read.some((r) => r.clear)) continue;
      for (const { t, s, clear, name } of read) {
        const shown = s
          .slice(0, 3)
          .map((x) => `“${x.syllable}”`)
          .join(", ");
        out.push(
          finding(textInvalidSyllables, ctx.doc, {
            paragraph: p.index,
            start: t.start,
            end: t.end,
            ...(name ? { severity: "info" as const } : {}),
            message: clear
              ? `“${t.word}” không phải là chữ tiếng Việt (có lẽ do trích xuất PDF hoặc gõ thiếu chữ); có lẽ là “${clear}”, hãy kiểm tra lại (TCVN 6909:2001).`
              : `“${t.word}” không phải là chữ tiếng Việt (có lẽ do trích xuất PDF hoặc gõ thiếu chữ)${shown ? `; có thể là ${shown}` : ""}; hãy kiểm tra lại (TCVN 6909:2001).`,
            ...(clear ? { fix: replaceFix(ctx.doc, p.index, t.start, t.end, clear) } : {}),
          }),
        );
      }
    }
    return out;
  },
};
