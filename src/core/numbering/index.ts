/**
 * Numbering analysis over the heading tree: duplicates, gaps, shifted numbers, mixed separators,
 * invalid Roman numerals; the next marker at a level; and renumbering as edits of the number characters only.
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
  /** Number expected at this position, formatted as the style writes it ("6", "II", "b"). */
  expected: string;
  /** For duplicates: the earlier heading with the same number. For shifted: the heading where the run broke. */
  related?: Heading;
  /** For mixed separators: the separator the rest of the level uses. */
  expectedSeparator?: string;
  /** For mixed separators: every heading to change (the whole group when the group differs from the document). */
  group?: Heading[];
}

/** Formats the n-th number of a style ("II", "b", "B", "6"). */
export function formatNumber(style: MarkerStyle, n: number): string {
  switch (style) {
    case "roman":
    case "chuong":
      return toRoman(n);
    case "phan":
      return toRoman(n);
    case "part-letter":
      return String.fromCharCode(64 + n);
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

/** Finds numbering problems; at most one issue of a kind per heading. */
export function analyzeNumbering(s: DocumentStructure): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  const groups = siblingGroups(s);
  // Separator used by most headings of each style across the document (e.g. "." for arabic).
  const docSep = new Map<MarkerStyle, string | undefined>();
  const SEPARATED = ["roman", "arabic", "letter"] as const;
  for (const style of SEPARATED) {
    docSep.set(style, majority(s.headings.filter((h) => h.style === style).map((h) => h.separator)));
  }
  for (const g of groups) {
    let broken: Heading | undefined;
    const seen = new Map<number, Heading>();
    g.forEach((h, i) => {
      const k = i + 1;
      const expected = formatNumber(h.style, k);
      if (h.value === undefined) {
        issues.push({ kind: "roman-invalid", heading: h, expected });
      } else if (h.value !== k) {
        const dup = seen.get(h.value);
        if (dup) issues.push({ kind: "duplicate", heading: h, expected, related: dup });
        else if (broken) issues.push({ kind: "shifted", heading: h, expected, related: broken });
        else if (i === 0) issues.push({ kind: "start", heading: h, expected });
        else issues.push({ kind: "gap", heading: h, expected, related: g[i - 1] });
        broken ??= h;
      }
      if (h.value !== undefined && !seen.has(h.value)) seen.set(h.value, h);
    });
    // Mixed separators: within the group, else against the document's usual separator for the style.
    if ((SEPARATED as readonly string[]).includes(g[0].style)) {
      const groupSep = majority(g.map((h) => h.separator));
      const ds = docSep.get(g[0].style);
      const odd = g.filter((h) => h.separator !== groupSep);
      for (const h of odd) {
        issues.push({
          kind: "mixed-separator",
          heading: h,
          expected: h.number,
          expectedSeparator: groupSep,
          group: [h],
        });
      }
      if (!odd.length && ds !== undefined && groupSep !== ds) {
        issues.push({ kind: "mixed-separator", heading: g[0], expected: g[0].number, expectedSeparator: ds, group: g });
      }
    }
  }
  // “2.1.” under “2.”: the first component repeats the parent's number.
  for (const h of s.headings) {
    if (h.style !== "decimal" || h.parent < 0) continue;
    const p = s.headings[h.parent];
    if (p.style !== "arabic") continue;
    if (h.prefix !== undefined && h.prefix !== p.number)
      issues.push({ kind: "decimal-prefix", heading: h, expected: p.number, related: p });
  }
  issues.sort((a, b) => a.heading.paragraph - b.heading.paragraph);
  return issues;
}

export interface RenumberScope {
  /** Only headings in paragraphs [from, to] are edited (positions still count the whole sibling group). */
  from?: number;
  to?: number;
}

/** Edits that renumber every sibling group 1..n; only the number characters change ("5. Kết quả" → "6. Kết quả"). */
export function renumber(doc: DocumentSnapshot, scope?: RenumberScope, structure?: DocumentStructure): TextEdit[] {
  const s = structure ?? analyzeStructure(doc);
  const edits: TextEdit[] = [];
  // Word's own list numbers are not text: they count in the sequence, but Word renumbers them itself.
  const inScope = (h: Heading) =>
    !h.auto &&
    (scope?.from === undefined || h.paragraph >= scope.from) &&
    (scope?.to === undefined || h.paragraph <= scope.to);
  const wanted = new Map<Heading, string>();
  for (const g of siblingGroups(s)) g.forEach((h, i) => wanted.set(h, formatNumber(h.style, i + 1)));
  // “2.1.” follows its parent “2.”, also after the parent is renumbered.
  for (const h of s.headings) {
    if (h.style !== "decimal" || h.prefix === undefined || h.parent < 0 || !inScope(h)) continue;
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
  for (const g of siblingGroups(s)) {
    g.forEach((h, i) => {
      if (!inScope(h)) return;
      const want = formatNumber(h.style, i + 1);
      if (h.number === want) return;
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
  const before = s.headings.filter((h) => h.paragraph < atParagraph);
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
  const num = formatNumber(level, n);
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
