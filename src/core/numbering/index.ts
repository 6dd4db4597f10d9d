/**
 * Numbering analysis over the heading tree: duplicates, gaps, shifted numbers, mixed separators,
 * invalid Roman numerals; the next marker at a level; and renumbering as edits of the number characters only.
 *
 * Certainty: a heading the structure reader is unsure of (see Heading.confidence) is never reported and never
 * renumbered. It may or may not belong to the sequence, so a sure heading is reported only when it is wrong
 * under every reading of the unsure ones, and a sequence with an unsure member is never fixed automatically.
 */
import type { DocumentSnapshot } from "../model/document";
import type { TextEdit } from "../model/edits";
import { RANK, analyzeStructure, type DocumentStructure, type Heading, type MarkerStyle } from "../structure";
import { toRoman, vietnameseLetter } from "../rules/sequences";

export type NumberingIssueKind =
  "duplicate" | "gap" | "shifted" | "start" | "roman-invalid" | "mixed-separator" | "decimal-prefix";

export interface NumberingIssue {
  kind: NumberingIssueKind;
  heading: Heading;
  /**
   * Number expected at this position, formatted as the style writes it ("6", "II", "b"); undefined when it is not
   * known for certain (an unsure heading before it) or cannot be written (Roman numerals stop at 3999).
   */
  expected: string | undefined;
  /**
   * True when the whole sequence is unambiguous: every member is a sure heading and the expected number is known.
   * Only then may a fix be applied without review.
   */
  certain: boolean;
  /** For duplicates: the earlier heading with the same number. For shifted: the heading where the run broke. */
  related?: Heading;
  /** For mixed separators: the separator the rest of the level uses. */
  expectedSeparator?: string;
  /** For mixed separators: every heading to change (the whole group when the group differs from the document). */
  group?: Heading[];
}

/** Largest number a Roman numeral can write in canonical form. */
export const MAX_ROMAN = 3999;

/**
 * Formats the n-th number of a style ("II", "b", "B", "6"); undefined when the style cannot write it (Roman past
 * 3999, a part letter past Z), so such a heading is simply not renumbered.
 */
export function formatNumber(style: MarkerStyle, n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  switch (style) {
    case "roman":
    case "chuong":
    case "phan":
      return n <= MAX_ROMAN ? toRoman(n) : undefined;
    case "part-letter":
      return n <= 26 ? String.fromCharCode(64 + n) : undefined;
    case "letter":
      return vietnameseLetter(n);
    default:
      return String(n);
  }
}

/** Sibling groups: headings with the same parent and rank, in document order. Appendix headings are not numbered here. */
export function siblingGroups(s: DocumentStructure): Heading[][] {
  const groups = new Map<string, Heading[]>();
  for (const h of s.headings) {
    if (h.style === "appendix") continue;
    // Chương and Điều run on through the whole text (across Phần and Chương); other levels restart per parent.
    const key = h.style === "chuong" || h.style === "dieu" ? `doc${h.appendix}|${h.rank}` : `${h.parent}|${h.rank}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(h);
  }
  return [...groups.values()];
}

function majority<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const x of items) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > bestN) {
      best = x;
      bestN = n;
    }
  }
  return best;
}

const isSure = (h: Heading): boolean => h.confidence === "sure";

/** Finds numbering problems; at most one issue of a kind per heading. Unsure headings are never reported. */
export function analyzeNumbering(s: DocumentStructure): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  const groups = siblingGroups(s);
  // Separator used by most sure headings of each style across the document (e.g. "." for arabic).
  const docSep = new Map<MarkerStyle, string | undefined>();
  const SEPARATED = ["roman", "arabic", "letter"] as const;
  for (const style of SEPARATED) {
    docSep.set(style, majority(s.headings.filter((h) => h.style === style && isSure(h)).map((h) => h.separator)));
  }
  for (const g of groups) {
    const certain = g.every(isSure);
    let broken: Heading | undefined;
    let first = true;
    const seen = new Map<number, Heading>();
    let prev: Heading | undefined;
    // The numbers this position may rightly carry: one when every member before it is sure; more when an unsure
    // member before it may or may not count.
    let possible = new Set<number>([1]);
    for (const h of g) {
      if (!isSure(h)) {
        if (h.value !== undefined && possible.has(h.value)) possible.add(h.value + 1);
        continue;
      }
      const only = possible.size === 1 ? [...possible][0] : undefined;
      const expected = only === undefined ? undefined : formatNumber(h.style, only);
      const fits = h.value !== undefined && possible.has(h.value);
      const base = { heading: h, expected, certain: certain && expected !== undefined };
      if (h.value === undefined) {
        issues.push({ kind: "roman-invalid", ...base });
      } else if (!fits) {
        const dup = seen.get(h.value);
        if (dup) issues.push({ kind: "duplicate", ...base, related: dup });
        else if (broken) issues.push({ kind: "shifted", ...base, related: broken });
        else if (first) issues.push({ kind: "start", ...base });
        else issues.push({ kind: "gap", ...base, related: prev });
        broken ??= h;
      }
      if (h.value !== undefined && !seen.has(h.value)) seen.set(h.value, h);
      possible = fits && h.value !== undefined ? new Set([h.value + 1]) : new Set([...possible].map((n) => n + 1));
      first = false;
      prev = h;
    }
    // Mixed separators: within the group, else against the document's usual separator for the style.
    const sure = g.filter(isSure);
    if (sure.length && (SEPARATED as readonly string[]).includes(sure[0].style)) {
      const groupSep = majority(sure.map((h) => h.separator));
      const ds = docSep.get(sure[0].style);
      const odd = sure.filter((h) => h.separator !== groupSep);
      for (const h of odd) {
        issues.push({
          kind: "mixed-separator",
          heading: h,
          expected: h.number,
          certain,
          expectedSeparator: groupSep,
          group: [h],
        });
      }
      if (!odd.length && ds !== undefined && groupSep !== ds) {
        issues.push({
          kind: "mixed-separator",
          heading: sure[0],
          expected: sure[0].number,
          certain,
          expectedSeparator: ds,
          group: sure,
        });
      }
    }
  }
  // “2.1.” under “2.”: the first component repeats the parent's number.
  for (const h of s.headings) {
    if (h.style !== "decimal" || h.parent < 0 || !isSure(h)) continue;
    const p = s.headings[h.parent];
    if (p.style !== "arabic") continue;
    if (h.prefix !== undefined && h.prefix !== p.number)
      issues.push({ kind: "decimal-prefix", heading: h, expected: p.number, certain: true, related: p });
  }
  issues.sort((a, b) => a.heading.paragraph - b.heading.paragraph);
  return issues;
}

export interface RenumberScope {
  /** Only headings in paragraphs [from, to] are edited (positions still count the whole sibling group). */
  from?: number;
  to?: number;
}

/**
 * Edits that renumber every sibling group 1..n; only the number characters change ("5. Kết quả" → "6. Kết quả").
 * A group with an unsure member is left as it is: its positions are not known for certain.
 */
export function renumber(doc: DocumentSnapshot, scope?: RenumberScope, structure?: DocumentStructure): TextEdit[] {
  const s = structure ?? analyzeStructure(doc);
  const edits: TextEdit[] = [];
  // Word's own list numbers are not text: they count in the sequence, but Word renumbers them itself.
  const inScope = (h: Heading) =>
    !h.auto &&
    (scope?.from === undefined || h.paragraph >= scope.from) &&
    (scope?.to === undefined || h.paragraph <= scope.to);
  const groups = siblingGroups(s).filter((g) => g.every(isSure));
  const wanted = new Map<Heading, string | undefined>();
  for (const g of groups) g.forEach((h, i) => wanted.set(h, formatNumber(h.style, i + 1)));
  // “2.1.” follows its parent “2.”, also after the parent is renumbered.
  for (const h of s.headings) {
    if (h.style !== "decimal" || h.prefix === undefined || h.parent < 0 || !inScope(h) || !isSure(h)) continue;
    const p = s.headings[h.parent];
    const want = p.style === "arabic" ? (wanted.get(p) ?? p.number) : h.prefix;
    if (want === h.prefix) continue;
    const text = doc.paragraphs[h.paragraph].text;
    const end = h.markerStart + h.prefix.length;
    edits.push({
      kind: "text",
      paragraph: h.paragraph,
      start: h.markerStart,
      end,
      expected: text.slice(h.markerStart, end),
      replacement: want,
    });
  }
  for (const g of groups) {
    g.forEach((h) => {
      if (!inScope(h)) return;
      const want = wanted.get(h);
      if (want === undefined || h.number === want) return;
      const text = doc.paragraphs[h.paragraph].text;
      edits.push({
        kind: "text",
        paragraph: h.paragraph,
        start: h.numStart,
        end: h.numEnd,
        expected: text.slice(h.numStart, h.numEnd),
        replacement: want,
      });
    });
  }
  return edits;
}

/** Heading levels a user can ask for. */
export type HeadingLevel = Exclude<MarkerStyle, "appendix">;

const DEFAULT_SEP: Record<HeadingLevel, string> = {
  phan: "",
  "part-letter": ".",
  chuong: "",
  "muc-word": "",
  roman: ".",
  dieu: ".",
  arabic: ".",
  decimal: ".",
  letter: ")",
};

/**
 * The marker text for a new heading at `level` inserted at paragraph `atParagraph`
 * (before the paragraph currently there): "6.", "II.", "b)", "Phần II", "Điều 3.".
 */
export function nextHeading(
  doc: DocumentSnapshot,
  level: HeadingLevel,
  atParagraph: number,
  structure?: DocumentStructure,
): string {
  const s = structure ?? analyzeStructure(doc);
  const rank = RANK[level];
  const before = s.headings.filter((h) => h.paragraph < atParagraph && isSure(h));
  // The open ancestor at the cursor: walk up from the last heading before it.
  let parent = -1;
  let cur = before.length ? s.headings.indexOf(before[before.length - 1]) : -1;
  while (cur !== -1) {
    if (s.headings[cur].rank < rank) {
      parent = cur;
      break;
    }
    cur = s.headings[cur].parent;
  }
  const siblings = before.filter((h) => h.parent === parent && h.rank === rank);
  const last = siblings[siblings.length - 1];
  const n = siblings.length + 1;
  const sep = last?.separator ?? DEFAULT_SEP[level];
  // Past what the style can write (Roman 3999), the count goes on in Arabic digits.
  const num = formatNumber(level, n) ?? String(n);
  switch (level) {
    case "phan":
      return `Phần ${num}`;
    case "chuong":
      return `Chương ${num}`;
    case "muc-word":
      return `Mục ${num}`;
    case "dieu":
      return `Điều ${num}.`;
    case "decimal": {
      const p = parent >= 0 ? s.headings[parent] : undefined;
      return `${p?.number ?? "1"}.${num}${sep}`;
    }
    default:
      return `${num}${sep}`;
  }
}

export { analyzeStructure };
