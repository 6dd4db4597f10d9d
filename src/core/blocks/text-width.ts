/**
 * Text width estimate for Times New Roman (and the metric-compatible Liberation Serif LibreOffice uses),
 * so rules under header lines can be sized in twips before any layout engine sees the text.
 * Advance widths in 1/1000 em; Vietnamese letters take their base letter's width (diacritics do not advance).
 */

type Face = "regular" | "bold" | "italic" | "boldItalic";

// Widths for a–z, A–Z, in that order, per face.
const LOWER: Record<Face, number[]> = {
  regular: [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
    500, 500, 444,
  ],
  bold: [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
    500, 500, 444,
  ],
  italic: [
    500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667,
    444, 444, 389,
  ],
  boldItalic: [
    500, 500, 444, 500, 444, 333, 500, 556, 278, 278, 500, 278, 778, 556, 500, 500, 500, 389, 389, 278, 556, 444, 667,
    500, 444, 389,
  ],
};
const UPPER: Record<Face, number[]> = {
  regular: [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
    722, 722, 611,
  ],
  bold: [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
    722, 722, 667,
  ],
  italic: [
    611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833,
    611, 556, 556,
  ],
  boldItalic: [
    667, 667, 667, 722, 667, 667, 722, 778, 389, 500, 667, 611, 889, 722, 722, 611, 722, 667, 556, 611, 722, 667, 889,
    667, 611, 611,
  ],
};
const DIGIT: Record<Face, number> = { regular: 500, bold: 500, italic: 500, boldItalic: 500 };
const PUNCT: Record<string, number> = {
  " ": 250,
  "-": 333,
  ",": 250,
  ".": 250,
  ":": 278,
  ";": 278,
  "/": 278,
  "(": 333,
  ")": 333,
  "*": 500,
  "…": 1000,
  "'": 180,
  '"': 408,
};

function face(bold: boolean, italic: boolean): Face {
  if (bold) return italic ? "boldItalic" : "bold";
  return italic ? "italic" : "regular";
}

/** Advance width of one character in 1/1000 em. */
function charWidth(ch: string, f: Face): number {
  // Đ/đ do not decompose under NFD; they are D/d with a bar.
  const base = ch === "Đ" ? "D" : ch === "đ" ? "d" : ch.normalize("NFD")[0];
  const code = base.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[f][code - 97];
  if (code >= 65 && code <= 90) return UPPER[f][code - 65];
  if (code >= 48 && code <= 57) return DIGIT[f];
  return PUNCT[base] ?? 500;
}

/** Estimated width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, opts: { bold?: boolean; italic?: boolean } = {}): number {
  const f = face(!!opts.bold, !!opts.italic);
  let units = 0;
  for (const ch of text.normalize("NFC")) units += charWidth(ch, f);
  return (units * sizePt) / 1000;
}
