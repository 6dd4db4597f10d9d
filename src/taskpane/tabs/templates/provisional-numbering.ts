/**
 * Provisional heading numbering for the Mẫu & đề mục tab, used until src/core/numbering lands
 * (nextHeading / renumber); it handles literal markers only. Replace the binding in templates-core.ts then.
 */
import type { DocumentSnapshot } from "../../../core/model/document";
import type { TextEdit } from "../../../core/model/edits";
import type { HeadingLevelId } from "./heading-levels";

// Vietnamese alphabetical order for điểm letters (no f, j, w, z).
const LETTERS = "abcdđeghiklmnopqrstuvxy";
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

function toRoman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) ((n -= v), (out += s));
  return out;
}
function fromRoman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN.find(([, r]) => r === s[i])?.[0] ?? 0;
    const next = ROMAN.find(([, r]) => r === s[i + 1])?.[0] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

interface Marker {
  level: HeadingLevelId;
  value: number;
  /** Offsets of the number token in the paragraph text. */
  start: number;
  end: number;
  token: string;
}

type Kind = "plain" | "articles";
const ORDER: Record<Kind, HeadingLevelId[]> = {
  plain: ["part", "roman", "arabic", "letter"],
  articles: ["chapter", "section", "article", "clause", "point"],
};

function detect(text: string, kind: Kind): Marker | undefined {
  const t = text;
  let m: RegExpExecArray | null;
  const at = (level: HeadingLevelId, token: string, start: number, value: number): Marker => ({
    level,
    value,
    start,
    end: start + token.length,
    token,
  });
  if (kind === "articles") {
    if ((m = /^(Chương\s+)([IVXLC]+)\b/.exec(t))) return at("chapter", m[2], m[1].length, fromRoman(m[2]));
    if ((m = /^(Mục\s+)(\d+)\b/.exec(t))) return at("section", m[2], m[1].length, Number(m[2]));
    if ((m = /^(Điều\s+)(\d+)\./.exec(t))) return at("article", m[2], m[1].length, Number(m[2]));
    if ((m = /^(\d+)\.\s/.exec(t))) return at("clause", m[1], 0, Number(m[1]));
    if ((m = /^([a-zđ])\)\s/.exec(t))) return at("point", m[1], 0, LETTERS.indexOf(m[1]) + 1);
    return undefined;
  }
  if ((m = /^(Phần\s+)([IVXLC]+)\b/.exec(t))) return at("part", m[2], m[1].length, fromRoman(m[2]));
  if ((m = /^([IVXLC]+)\.\s/.exec(t))) return at("roman", m[1], 0, fromRoman(m[1]));
  if ((m = /^(\d+)\.\s/.exec(t))) return at("arabic", m[1], 0, Number(m[1]));
  if ((m = /^([a-zđ])\)\s/.exec(t))) return at("letter", m[1], 0, LETTERS.indexOf(m[1]) + 1);
  return undefined;
}

function format(level: HeadingLevelId, n: number): string {
  switch (level) {
    case "part":
    case "chapter":
    case "roman":
      return toRoman(n);
    case "letter":
    case "point":
      return LETTERS[n - 1] ?? "?";
    default:
      return String(n);
  }
}

function kindOf(doc: DocumentSnapshot): Kind {
  return doc.paragraphs.some((p) => /^Điều\s+\d+\./.test(p.text)) ? "articles" : "plain";
}

/** The full marker text for the next heading of `level` at paragraph `at` (e.g. "II. ", "Điều 3. "). */
export function provisionalNextHeading(doc: DocumentSnapshot, level: HeadingLevelId, at: number): string {
  if (level === "dash") return "- ";
  if (level === "plus") return "+ ";
  const kind: Kind = ORDER.articles.includes(level) ? "articles" : "plain";
  const order = ORDER[kind];
  const depth = order.indexOf(level);
  let last = 0;
  for (const p of doc.paragraphs.slice(0, at)) {
    const m = detect(p.text, kind);
    if (!m) continue;
    const d = order.indexOf(m.level);
    if (m.level === level) last = m.value;
    // Articles run on through chapters; every other level restarts under a new parent.
    else if (d < depth && level !== "article") last = 0;
  }
  const n = format(level, last + 1);
  switch (level) {
    case "part":
      return `Phần ${n}. `;
    case "chapter":
      return `Chương ${n}. `;
    case "section":
      return `Mục ${n}. `;
    case "article":
      return `Điều ${n}. `;
    case "letter":
    case "point":
      return `${n}) `;
    default:
      return `${n}. `;
  }
}

/** Edits that rewrite every literal heading number in sequence, touching only the numbers. */
export function provisionalRenumber(doc: DocumentSnapshot): TextEdit[] {
  const kind = kindOf(doc);
  const order = ORDER[kind];
  const counters = new Map<HeadingLevelId, number>();
  const edits: TextEdit[] = [];
  for (const p of doc.paragraphs) {
    const m = detect(p.text, kind);
    if (!m) continue;
    const depth = order.indexOf(m.level);
    const expected = (counters.get(m.level) ?? 0) + 1;
    counters.set(m.level, expected);
    for (const deeper of order.slice(depth + 1)) if (deeper !== "article") counters.set(deeper, 0);
    const want = format(m.level, expected);
    if (want !== m.token) {
      edits.push({
        kind: "text",
        paragraph: p.index,
        start: m.start,
        end: m.end,
        expected: m.token,
        replacement: want,
      });
    }
  }
  return edits;
}
