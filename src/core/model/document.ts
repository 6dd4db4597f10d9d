/**
 * The document snapshot: what core sees of a document, whatever it came from
 * (Word through the adapter, a .docx file, or a .txt file with one paragraph per line).
 * Plain data only, so it can cross from the Word layer into core and into tests.
 */

export type Alignment = "left" | "centered" | "right" | "justified";

/** Uniform character formatting of a paragraph; a field is undefined when it is mixed or unknown. */
export interface FontInfo {
  name?: string;
  /** Size in points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Hex colour without '#', upper case, e.g. "000000". */
  color?: string;
  /** Shown in capitals whatever the typed case (Word's "All caps"). */
  caps?: boolean;
}

export interface LineSpacing {
  /** "multiple": value is a multiple of single spacing (1, 1.15, 1.5); "exact"/"atLeast": value in points. */
  rule: "multiple" | "exact" | "atLeast";
  value: number;
}

export interface TableCellRef {
  /** 0-based index of the table in document order (nested tables count too). */
  table: number;
  row: number;
  cell: number;
}

export interface ListInfo {
  /** 0-based list level. */
  level: number;
  /** The rendered list marker (e.g. "1.", "a)") when the source knows it. */
  marker?: string;
}

export interface ParagraphSnapshot {
  /** 0-based position in document order, table-cell paragraphs included. */
  index: number;
  text: string;
  style?: string;
  alignment?: Alignment;
  /** Indents in points. */
  firstLineIndent?: number;
  leftIndent?: number;
  /** Paragraph spacing in points. */
  spaceBefore?: number;
  spaceAfter?: number;
  lineSpacing?: LineSpacing;
  font?: FontInfo;
  inTable: boolean;
  cell?: TableCellRef;
  list?: ListInfo;
  /**
   * How a solid rule drawn under this paragraph is made, when the source can tell: a bottom border on it
   * (or a top border on the next paragraph), or a line shape anchored in it. A .docx snapshot leaves it out
   * when there is none; other sources cannot tell (see `rulesReadable`).
   */
  ruleBelow?: "border" | "shape";
}

export interface PageNumbering {
  /** Where the page-number field sits. */
  position: "header" | "footer" | "none";
  alignment?: Alignment;
  /** True when page 1 has a header/footer of its own (so no number on page 1). */
  differentFirstPage: boolean;
  /** Font size in points of the number, when known. */
  size?: number;
}

export interface PageSetup {
  /** Millimetres. */
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  orientation: "portrait" | "landscape";
  pageNumbers?: PageNumbering;
}

/** One section's page setup, and where the section starts in the paragraphs. */
export interface SectionSetup extends PageSetup {
  /** 1-based section number, as Word counts sections. */
  section: number;
  /** 0-based index of the section's first paragraph. */
  firstParagraph: number;
}

export type SnapshotSource = "txt" | "docx" | "word";

export interface DocumentSnapshot {
  source: SnapshotSource;
  paragraphs: ParagraphSnapshot[];
  /** Absent when the source has no layout (plain text); layout rules then report "not evaluated". */
  pageSetup?: PageSetup;
  /** Every section's page setup in document order, when the source can read them (the last holds pageSetup). */
  sections?: SectionSetup[];
  /** True when `ruleBelow` was read for every paragraph (a .docx), so its absence means no rule. */
  rulesReadable?: boolean;
  /** Why page setup is missing from a source that has layout (e.g. the Word host lacks the API). */
  pageSetupUnavailable?: string;
  /** True when paragraph formatting (fonts, sizes, spacing) is known. False for plain text. */
  hasFormatting: boolean;
}

/** Builds a snapshot from plain text, one paragraph per line (CRLF, LF or CR). */
export function snapshotFromText(text: string): DocumentSnapshot {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  // A trailing newline ends the last line; it does not start an empty paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return {
    source: "txt",
    hasFormatting: false,
    paragraphs: lines.map((line, index) => ({ index, text: line, inTable: false })),
  };
}
