/**
 * text/detached-marks: a tone or vowel mark (Unicode combining character) that is not on a vowel: after a
 * space (“bao cao ́ ̀”) or on a consonant (“Lâp̣”). Always damage. Where exactly one vowel of the word can take the
 * mark to give a valid syllable, that reading is offered for review.
 */
import { REF } from "../../rules/references";
import { isVietnameseSyllable } from "../../text/syllable";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

// A combining mark after something that is not a vowel (with its own marks): a space, a consonant, punctuation.
const DETACHED = /(?<![aăâeêioôơuưyAĂÂEÊIOÔƠUƯYà-ỹÀ-Ỹ\p{M}])\p{M}+/gu;
const VOWEL = /[aăâeêioôơuưy]/iu;

/** The word with the mark moved onto the one vowel that makes it a valid syllable, if there is exactly one. */
function rejoin(word: string, mark: string): string | undefined {
  const chars = [...word];
  const hits = new Set<string>();
  chars.forEach((c, i) => {
    if (!VOWEL.test(c)) return;
    const cand = [...chars.slice(0, i), (c + mark).normalize("NFC"), ...chars.slice(i + 1)].join("");
    if (isVietnameseSyllable(cand)) hits.add(cand);
  });
  return hits.size === 1 ? [...hits][0] : undefined;
}

export const textDetachedMarks: Rule = {
  id: "text/detached-marks",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Dấu tách rời khỏi chữ",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, DETACHED)) {
      const text = ctx.doc.paragraphs[paragraph]?.text ?? "";
      const onLetter = /\p{L}$/u.test(text.slice(0, m.index));
      let fix;
      if (onLetter) {
        // The mark sits inside a word: rejoin it to the word's vowel when only one placement is valid.
        const start = /[\p{L}\p{M}]*$/u.exec(text.slice(0, m.index))?.index ?? m.index;
        const tail = /^[\p{L}\p{M}]*/u.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
        const word = text.slice(start, m.index) + tail;
        const joined = [...m[0]].length === 1 ? rejoin(word, m[0]) : undefined;
        if (joined) fix = replaceFix(ctx.doc, paragraph, start, m.index + m[0].length + tail.length, joined);
      }
      out.push(
        finding(textDetachedMarks, ctx.doc, {
          paragraph,
          start: Math.max(0, m.index - (onLetter ? 1 : 0)),
          end: m.index + m[0].length,
          message: fix
            ? `Dấu thanh bị tách khỏi nguyên âm (lỗi sao chép từ PDF); có lẽ là “${(fix.edits[0] as { replacement: string }).replacement}”, hãy kiểm tra lại (TCVN 6909:2001).`
            : "Dấu thanh bị tách rời khỏi chữ (lỗi sao chép từ PDF); hãy gõ lại chữ có dấu (TCVN 6909:2001).",
          ...(fix ? { fix } : {}),
        }),
      );
    }
    return out;
  },
};
