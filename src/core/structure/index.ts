/**
 * Structure recognition: one linear pass over the paragraphs that finds the header block,
 * tên loại, căn cứ, body headings (with level, marker style and parent), appendix, nơi nhận and signature.
 * Works on plain text from Word or PDF, so it tolerates leading spaces, tabs, non-breaking spaces, markdown stars and
 * hard-wrapped lines. A heading the reader is not sure of (a number typed in a table cell or in a tab-separated row)
 * is kept with confidence "unsure": numbering never reports it, never renumbers it, and never lets it be a reason to
 * renumber anything else.
 */
import type { DocumentSnapshot, ParagraphSnapshot } from "../model/document";
import { DOCUMENT_TYPES, type DocumentType } from "../rules/document-types";
import { VIETNAMESE_LETTERS, fromRoman } from "../rules/sequences";

export type MarkerStyle =
  | "phan" // Phần I
  | "part-letter" // A.
  | "chuong" // Chương I
  | "muc-word" // Mục 1
  | "roman" // I.  or I-
  | "dieu" // Điều 1.
  | "arabic" // 1.  or 1-
  | "decimal" // 1.1.
  | "letter" // a)
  | "appendix"; // Phụ lục

export interface Heading {
  paragraph: number;
  style: MarkerStyle;
  /** Separator after the number as written: ".", "-", ")", "" (for Phần/Chương/Mục/Phụ lục words). */
  separator: string;
  /** Rank in the hierarchy: lower is higher up; siblings share a rank. */
  rank: number;
  /** Number as written ("5", "IV", "b", "1.2"). */
  number: string;
  /** For decimal markers: the first component as written ("2" in "2.1."), which starts at markerStart. */
  prefix?: string;
  /** Numeric value (1-based) of the last component; undefined when invalid (e.g. "IIII"). */
  value: number | undefined;
  /** Character range of the last number component in the paragraph text (what renumbering edits). */
  numStart: number;
  numEnd: number;
  /** Range of the whole marker including its separator. */
  markerStart: number;
  markerEnd: number;
  title: string;
  /** Index in `headings` of the parent heading, or -1 at the top (or directly under an appendix root). */
  parent: number;
  /** Index of the enclosing appendix heading, or -1 in the main body. */
  appendix: number;
  /**
   * Numbered by Word's list numbering, not typed: the number is the list's rendered marker, outside the text
   * (numStart = numEnd, the marker range covers the text). Renumbering and fixes leave it to Word.
   */
  auto?: boolean;
  /**
   * "sure": a heading of the body. "unsure": a number the reader cannot place with certainty (typed in a table cell,
   * or at the start of a tab-separated row of plain text); it may or may not belong to the sequence around it.
   */
  confidence: Confidence;
  /** Why an unsure heading is unsure. */
  doubt?: "table-cell" | "tab-row";
}

export type Confidence = "sure" | "unsure";

export interface LineRef {
  paragraph: number;
  /** Offset of the first non-space character. */
  start: number;
  text: string;
}

export interface DocumentStructure {
  headings: Heading[];
  /** Heading index per paragraph (undefined when the paragraph is not a heading). */
  headingAt: Map<number, number>;
  soLine?: LineRef;
  placeDateLine?: LineRef;
  quocHieuLine?: LineRef;
  tieuNguLine?: LineRef;
  titleLine?: LineRef;
  documentType?: DocumentType;
  canCu: number[];
  noiNhanLine?: LineRef;
  kinhGuiLine?: LineRef;
  signatureLines: number[];
  appendixStart?: number;
  /** Paragraphs judged to be table rows (in a .docx from inTable; in .txt from tab-separated cells). */
  tableParagraphs: Set<number>;
  /** Last paragraph of the header block (before the body starts). */
  headerEnd: number;
}

export const RANK: Record<MarkerStyle, number> = {
  appendix: -1,
  phan: 0,
  "part-letter": 1,
  chuong: 2,
  "muc-word": 3,
  roman: 4,
  dieu: 5,
  arabic: 6,
  decimal: 7,
  letter: 8,
};

// Spaces a drafter types or Word writes: tab, non-breaking and typographic spaces, zero-width marks.
const SP = "[ \\t\\u00a0\\u2000-\\u200b\\u202f\\u3000\\ufeff]";
const LEAD = /^[\s\u200b-\u200d*_#>]*/u;
const UPPER_START = /^[A-ZĐÀ-ỸẠ-Ỹ0-9“"(]/u;

/** Leading decoration (spaces, markdown stars) before the visible text. */
function leadLength(text: string): number {
  return LEAD.exec(text)?.[0].length ?? 0;
}

/**
 * A plain-text table row keeps its cells separated by tabs: a tab between two pieces of text, other than the tabs
 * that lead the paragraph in or follow its number ("⇥1.⇥Tiêu đề" is an indented heading, not a row). In a .docx the
 * reader knows the tables, so a tab there is only a tab.
 */
function isTabRow(p: ParagraphSnapshot, doc: DocumentSnapshot, markerEnd: number): boolean {
  if (doc.source !== "txt") return false;
  const lead = leadLength(p.text);
  const rest = p.text.slice(Math.max(lead, markerEnd)).replace(/^\s+/u, "");
  return /\S\t+\S/u.test(rest);
}

const letterIndex = (ch: string): number => (VIETNAMESE_LETTERS as readonly string[]).indexOf(ch) + 1;

interface Match {
  style: MarkerStyle;
  prefix?: string;
  separator: string;
  number: string;
  value: number | undefined;
  numStart: number;
  numEnd: number;
  markerEnd: number;
  title: string;
}

// Marker patterns; the gap after a marker may be spaces, a tab or a non-breaking space.
const ROMAN_RE = new RegExp(`^([IVXLCDM]{1,15})([.-])${SP}*(?=\\S)`, "u");
const PART_LETTER_RE = new RegExp(`^([A-HK])\\.${SP}+(?=[A-ZĐÀ-Ỹ])`, "u");
const DECIMAL_RE = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})(\\.?)${SP}+(?=[A-ZĐÀ-Ỹa-zđà-ỹ])`, "u");
const ARABIC_RE = new RegExp(`^(\\d{1,2})([.-])${SP}+(?=[A-ZĐÀ-Ỹa-zđà-ỹ0-9“"(])`, "u");
const LETTER_RE = new RegExp(`^([a-zđ])(\\)|\\.(?=${SP}+[A-ZĐÀ-Ỹa-zđà-ỹ]))${SP}+(?=\\S)`, "u");

/**
 * Recognises a heading marker at the start of the paragraph text; undefined when it is not a heading.
 * `romanBefore` is the value of the Roman heading just before: a lone "L.", "C.", "D." or "M." is Roman only when it
 * continues that sequence (XLIX then L), otherwise a part letter or no heading.
 */
export function matchHeading(text: string, romanBefore?: number): Match | undefined {
  const lead = leadLength(text);
  const s = text.slice(lead);
  if (s.length < 3) return undefined;
  let m: RegExpExecArray | null;
  const build = (
    style: MarkerStyle,
    number: string,
    numOffset: number,
    separator: string,
    markerLen: number,
    value: number | undefined,
  ): Match => {
    const title = s
      .slice(markerLen)
      // The lookbehind starts the match only at the beginning of a run, so a long run of stars is one try, not one per star.
      .replace(/(?<![*_])[*_]+$/u, "")
      .trim();
    return {
      style,
      separator,
      number,
      value,
      numStart: lead + numOffset,
      numEnd: lead + numOffset + number.length,
      markerEnd: lead + s.slice(0, markerLen).trimEnd().length,
      title,
    };
  };
  // "Phần IV; Phần VI;" lists parts it cites, it does not open one.
  if ((m = /^(Phần|PHẦN|Chương|CHƯƠNG)\s+([IVXLC]+|\d{1,2})\b[.:]?(?!\s*[;,])/u.exec(s))) {
    const word = m[1].toLowerCase() === "phần" ? "phan" : "chuong";
    const n = m[2];
    const v = /^\d+$/.test(n) ? Number(n) : fromRoman(n);
    return build(word, n, m[0].indexOf(n, m[1].length), "", m[0].length, v);
  }
  if ((m = /^(Mục|MỤC)\s+(\d{1,2})\b[.:]?(?=\s|$)/u.exec(s))) {
    return build("muc-word", m[2], m[0].indexOf(m[2], m[1].length), "", m[0].length, Number(m[2]));
  }
  if ((m = /^Điều\s+(\d{1,3})([a-z]?)\.\s*\S/u.exec(s))) {
    return build("dieu", m[1], m[0].indexOf(m[1], 4), ".", m[0].length - 1, Number(m[1]));
  }
  if (
    (m = /^(Phụ lục|PHỤ LỤC)(?:\s+([IVXLC]+|\d{1,2}))?\s*[.:]?\s*$/u.exec(s)) ||
    (m = /^(Phụ lục|PHỤ LỤC)\s+([IVXLC]+|\d{1,2})\b[.:]?(?=\s)/u.exec(s))
  ) {
    const n = m[2] ?? "";
    const off = n ? m[1].length + m[0].slice(m[1].length).indexOf(n) : m[1].length;
    const v = n ? (/^\d+$/.test(n) ? Number(n) : fromRoman(n)) : undefined;
    return build("appendix", n, off, "", m[0].trimEnd().length, v);
  }
  // Roman section: "I. TITLE" or "I- Title"; the title must follow on the same line. A lone letter is Roman only
  // for I, V, X ("C." or "D." is a part letter, not section 100 or 500); a numeral with L, C, D or M must be a
  // canonical one ("XL", "LXXXVIII"), while I/V/X strings such as "IIII" are read as invalid numerals to report.
  if ((m = ROMAN_RE.exec(s)) && UPPER_START.test(s.slice(m[0].length))) {
    const n = m[1];
    const v = fromRoman(n);
    const plausible =
      n.length === 1
        ? /^[IVX]$/u.test(n) || (v !== undefined && romanBefore === v - 1)
        : v !== undefined || /^[IVX]+$/u.test(n);
    if (plausible) return build("roman", n, 0, m[2], m[0].length, v);
  }
  // Part letter: "A. CÔNG TÁC …", or "B. Đo lường …" with at least two words (I/V/X/L/C are Roman above).
  if ((m = PART_LETTER_RE.exec(s))) {
    const after = s.slice(m[0].length);
    const words = after.split(/\s+/u).filter(Boolean);
    const first = words[0] ?? "";
    if (first.length >= 2 && (first === first.toLocaleUpperCase("vi") || words.length >= 2)) {
      return build("part-letter", m[1], 0, ".", m[0].length, m[1].charCodeAt(0) - 64);
    }
  }
  // Decimal "1.1." / "1.1" followed by a title.
  if ((m = DECIMAL_RE.exec(s))) {
    const last = m[2];
    return { ...build("decimal", last, m[1].length + 1, m[3], m[0].length, Number(last)), prefix: m[1] };
  }
  // Arabic "1. Title" / "1- Title": one or two digits (a line "2019." is a wrapped year, not a heading).
  if ((m = ARABIC_RE.exec(s))) {
    const rest = s.slice(m[0].length);
    if (rest.trim().length >= 2) return build("arabic", m[1], 0, m[2], m[0].length, Number(m[1]));
  }
  // Điểm "a) …"; "a. …" is the same level written with a full stop (reported as a mixed marker where "a)" is used).
  if ((m = LETTER_RE.exec(s))) {
    return build("letter", m[1], 0, m[2], m[0].length, letterIndex(m[1]) || undefined);
  }
  return undefined;
}

/** “Nơi nhận:” (as typed: without the accent, with a full stop) on a short line of its own or heading a table cell row. */
export function isNoiNhanLabel(text: string): boolean {
  const t = text.trim();
  return /^N[ơo]i\s*nh[ậa]n\s*[:.]?/iu.test(t) && t.length < 40;
}

const norm = (s: string): string => s.normalize("NFC").replace(/[*_]/g, "").trim();

function lineRef(p: ParagraphSnapshot): LineRef {
  return { paragraph: p.index, start: leadLength(p.text), text: p.text };
}

/** A form label ("Mẫu số 1.4", "Mẫu 02/BC") or a quốc hiệu line: a new document printed inside this one begins. */
function startsEmbeddedForm(t: string, upper: string): boolean {
  return /^Mẫu\s+(?:số\s+)?[\p{L}\d][\p{L}\d.\-/]{0,15}$/u.test(t) || QUOC_HIEU.test(upper);
}

const QUOC_HIEU = /^C[ỘO]NG\s+H\S{1,3}\s+X\S*\s+H\S*\s+C\S*\s+NGH\S*\s+VI\S*\s+NAM$/u;

/** Finds the parts of a document in one pass. */
/** A quote longer than this is taken as an unclosed quotation mark, not as quoted text. */
const MAX_QUOTED_PARAGRAPHS = 300;

/** Opening and closing curly quotes in a paragraph: a paragraph with more closes than opens ends a quote opened earlier. */
const quoteBalance = (text: string): number => (text.match(/“/gu)?.length ?? 0) - (text.match(/”/gu)?.length ?? 0);
// A straight " closes too: amending texts often end a curly quote with one.
const CLOSES_QUOTE = /[”"][.;,:]?\s*$/u;
const INTRODUCES_QUOTE = /như sau\s*:\s*$/u;

/**
 * Paragraphs quoted by an amending text: from one that opens with “ to the one that closes with ” (“1. Cơ quan …”,
 * “7. Hội đồng …”.). Their numbers belong to the amended document, so they are no part of this one's outline.
 * After an instruction ending "như sau:", the quote runs to the paragraph whose unbalanced ” closes it, also when
 * the quoted article's title is quoted on its own line ("“Điều 33. Tên điều”") or lost its opening mark.
 */
function quotedParagraphs(doc: DocumentSnapshot): Set<number> {
  const out = new Set<number>();
  const ps = doc.paragraphs;
  const nextText = (from: number): number => {
    let k = from;
    while (k < ps.length && !ps[k].text.trim()) k++;
    return k;
  };
  for (let i = 0; i < ps.length; i++) {
    const start = i;
    const introduced = i > 0 && INTRODUCES_QUOTE.test(ps[nextTextBack(ps, i - 1)]?.text ?? "");
    if (!/^\s*“/u.test(ps[i].text)) {
      // An article title that lost its opening mark, with the quote opening on the next paragraph.
      const k = nextText(i + 1);
      if (!introduced || !/^\s*Điều\s+\d/u.test(ps[i].text) || k >= ps.length || !/^\s*“/u.test(ps[k].text)) continue;
    }
    let end = -1;
    for (let j = start; j < ps.length && j < start + MAX_QUOTED_PARAGRAPHS; j++) {
      if (CLOSES_QUOTE.test(ps[j].text)) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    if (introduced && !/”[.;]\s*$/u.test(ps[end].text)) {
      // The close found only ends a quoted title: the quoted text goes on to the unbalanced ”. or ”; that ends it,
      // unless another quote or instruction begins first.
      for (let j = end + 1; j < ps.length && j < start + MAX_QUOTED_PARAGRAPHS; j++) {
        const t = ps[j].text;
        if (/^\s*“/u.test(t) || INTRODUCES_QUOTE.test(t)) break;
        if (quoteBalance(t) < 0 && /”[.;]\s*$/u.test(t)) {
          end = j;
          break;
        }
      }
    }
    for (let j = start; j <= end; j++) out.add(ps[j].index);
    i = end;
  }
  return out;
}

/** The nearest paragraph at or before `from` that has text. */
function nextTextBack(ps: readonly ParagraphSnapshot[], from: number): number {
  let k = from;
  while (k > 0 && !ps[k].text.trim()) k--;
  return k;
}

export function analyzeStructure(doc: DocumentSnapshot): DocumentStructure {
  const out: DocumentStructure = {
    headings: [],
    headingAt: new Map(),
    canCu: [],
    signatureLines: [],
    tableParagraphs: new Set(),
    headerEnd: -1,
  };
  // Stack of open headings (indices into out.headings), highest rank first.
  const stack: number[] = [];
  let appendix = -1;
  // Value of the last sure Roman heading, so "L." after "XLIX." reads as fifty.
  let lastRoman: number | undefined;
  let bodyStarted = false;
  let closing = false;
  const quoted = quotedParagraphs(doc);
  for (const p of doc.paragraphs) {
    const t = norm(p.text);
    // Table rows still carry header and closing parts (quốc hiệu, nơi nhận sit in layout tables). A number typed
    // in a table cell or a tab-separated row is read, but as an unsure heading outside the outline.
    const typed = t ? matchHeading(p.text, lastRoman) : undefined;
    const doubt = p.inTable ? "table-cell" : isTabRow(p, doc, typed?.markerEnd ?? 0) ? "tab-row" : undefined;
    if (doubt) out.tableParagraphs.add(p.index);
    if (!t || (bodyStarted && quoted.has(p.index))) continue;
    const inTable = doubt !== undefined;
    const upper = t.toLocaleUpperCase("vi");
    if (!bodyStarted) {
      if (!out.soLine && /^Số\s*:?\s*(\d+\s*)?[/-]/u.test(t) && t.length < 80) {
        out.soLine = lineRef(p);
        out.headerEnd = p.index;
        continue;
      }
      if (!out.placeDateLine && /^[^,\d]{2,40},\s*ngày(?![\p{L}\p{M}])/u.test(t) && t.length < 80) {
        out.placeDateLine = lineRef(p);
        out.headerEnd = p.index;
        continue;
      }
      if (!out.quocHieuLine && /^C[ỘO]NG\s+H\S{1,3}\s+X/u.test(upper) && /NAM$/u.test(upper)) {
        out.quocHieuLine = lineRef(p);
        out.headerEnd = p.index;
        continue;
      }
      if (!out.tieuNguLine && /^ĐỘC\s*LẬP\b/u.test(upper) && /HẠNH\s*PHÚC/u.test(upper)) {
        out.tieuNguLine = lineRef(p);
        out.headerEnd = p.index;
        continue;
      }
      if (!out.titleLine) {
        const type = DOCUMENT_TYPES.find((d) => d.title && (t === d.title || t.startsWith(`${d.title} `)));
        if (type) {
          out.titleLine = lineRef(p);
          out.documentType = type;
          out.headerEnd = p.index;
          continue;
        }
      }
      if (/^Căn cứ\b/u.test(t)) out.canCu.push(p.index);
      if (!out.kinhGuiLine && /^K[íi]nh\s*g[ửu]i\s*[:.]?/iu.test(t) && t.length < 200) {
        out.kinhGuiLine = lineRef(p);
      }
    }
    if (!closing && isNoiNhanLabel(t)) {
      out.noiNhanLine = lineRef(p);
      closing = true;
      continue;
    }
    let h = typed;
    let auto = false;
    // Word list numbering: the marker Word draws ("1.", "a)") is not in the text; read it with the text.
    if (!h && !inTable && p.list?.marker) {
      const m = matchHeading(`${p.list.marker.trim()} ${p.text.trimStart()}`);
      if (m && m.style !== "appendix") {
        const lead = leadLength(p.text);
        h = { ...m, numStart: lead, numEnd: lead, markerEnd: p.text.trimEnd().length };
        auto = true;
      }
    }
    // A regulation attached to a decision (“QUY CHẾ”, “QUY ĐỊNH” after the body) restarts Chương and Điều; so does
    // a form printed after the body ("Mẫu số 1.4", or its own quốc hiệu), which numbers its own sections.
    if (
      !h &&
      !inTable &&
      out.headings.length > 0 &&
      (DOCUMENT_TYPES.some((d) => d.title === t) || startsEmbeddedForm(t, upper))
    ) {
      h = {
        style: "appendix",
        separator: "",
        number: "",
        value: undefined,
        numStart: 0,
        numEnd: 0,
        markerEnd: 0,
        title: t,
      };
      h.numStart = h.numEnd = h.markerEnd = leadLength(p.text);
    }
    if (h && inTable) {
      // Outside the outline: no parent is opened or closed by it, and it never starts an appendix.
      if (h.style !== "appendix" && !closing) {
        const rank = RANK[h.style];
        let parent = -1;
        for (let k = stack.length - 1; k >= 0; k--) {
          if (out.headings[stack[k]].rank < rank) {
            parent = stack[k];
            break;
          }
        }
        out.headings.push({
          ...h,
          paragraph: p.index,
          rank,
          markerStart: leadLength(p.text),
          parent,
          appendix,
          confidence: "unsure",
          doubt,
        });
      }
      continue;
    }
    if (h && h.style === "appendix" && (closing || out.headings.length > 0)) {
      const idx = out.headings.length;
      out.headings.push({
        ...h,
        paragraph: p.index,
        rank: RANK.appendix,
        markerStart: leadLength(p.text),
        parent: -1,
        appendix: idx,
        confidence: "sure",
      });
      out.headingAt.set(p.index, idx);
      out.appendixStart ??= p.index;
      appendix = idx;
      // An appendix restarts the numbering: its headings hang under it.
      stack.length = 0;
      stack.push(idx);
      closing = false;
      continue;
    }
    if (closing) {
      // Signature block: short lines after the recipients.
      if (t.length < 60 && !t.startsWith("-")) out.signatureLines.push(p.index);
      continue;
    }
    if (h && h.style !== "appendix") {
      bodyStarted = true;
      const rank = RANK[h.style];
      while (stack.length && out.headings[stack[stack.length - 1]].rank >= rank) stack.pop();
      const parent = stack.length ? stack[stack.length - 1] : -1;
      const idx = out.headings.length;
      out.headings.push({
        ...h,
        paragraph: p.index,
        rank,
        markerStart: leadLength(p.text),
        parent,
        appendix,
        confidence: "sure",
        ...(auto ? { auto } : {}),
      });
      out.headingAt.set(p.index, idx);
      stack.push(idx);
      if (h.style === "roman") lastRoman = h.value;
      continue;
    }
    if (out.titleLine && p.index > out.titleLine.paragraph + 3) bodyStarted = true;
  }
  return out;
}

/** Structure cached per check run, so rules share one analysis. */
export function structureOf(doc: DocumentSnapshot, cache?: Map<string, unknown>): DocumentStructure {
  const hit = cache?.get("structure") as DocumentStructure | undefined;
  if (hit) return hit;
  const s = analyzeStructure(doc);
  cache?.set("structure", s);
  return s;
}
