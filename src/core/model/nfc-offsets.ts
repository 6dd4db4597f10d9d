/**
 * NFC with a way back: rules and the citation grammar read the precomposed (NFC) form of a paragraph, but
 * findings, excerpts and fixes must point into the text the user typed, which may be decomposed (Unikey's
 * "Unicode tổ hợp"). The text is cut into segments (a character and the combining marks after it); each
 * segment is normalised on its own, so an offset in the normalised text maps back to its segment.
 */

export interface NfcText {
  /** The normalised text. */
  text: string;
  /** True when the normalised text equals the original (every offset maps to itself). */
  identity: boolean;
  /** Offset in the original text for an offset in the normalised one (a boundary inside a composed character goes to its start). */
  toOriginal(offset: number): number;
}

const COMBINING = /\p{M}/u;

function identityOf(text: string): NfcText {
  return { text, identity: true, toOriginal: (o) => Math.max(0, Math.min(o, text.length)) };
}

/** Normalises `original` to NFC and keeps the offset map back to it. */
export function nfcWithOffsets(original: string): NfcText {
  const whole = original.normalize("NFC");
  if (whole === original) return identityOf(original);
  // segStarts[k] / normStarts[k]: where segment k starts in the original and in the normalised text.
  const segStarts: number[] = [];
  const normStarts: number[] = [];
  let text = "";
  let i = 0;
  while (i < original.length) {
    let j = i + (original.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < original.length) {
      const cp = original.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch)) break;
      j += ch.length;
    }
    segStarts.push(i);
    normStarts.push(text.length);
    text += original.slice(i, j).normalize("NFC");
    i = j;
  }
  segStarts.push(original.length);
  normStarts.push(text.length);
  const toOriginal = (offset: number): number => {
    if (offset <= 0) return 0;
    if (offset >= text.length) return original.length;
    // Binary search: the last segment whose normalised start is <= offset.
    let lo = 0;
    let hi = normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const inside = offset - normStarts[lo];
    return Math.min(segStarts[lo] + inside, segStarts[lo + 1]);
  };
  return { text, identity: false, toOriginal };
}
