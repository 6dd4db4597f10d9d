/**
 * Edits that core asks the Word layer (or the .docx writer) to make.
 * A text edit replaces characters [start, end) of one paragraph's text; it never spans paragraphs,
 * so a fix can only touch the text it owns.
 */

export interface TextEdit {
  kind: "text";
  /** 0-based paragraph index in the snapshot. */
  paragraph: number;
  /** Character offsets into the paragraph text (JavaScript string indices). */
  start: number;
  end: number;
  /** The text expected at [start, end); the edit is refused if the document no longer has it. */
  expected: string;
  replacement: string;
}

export interface FormatEdit {
  kind: "format";
  paragraph: number;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  alignment?: "left" | "centered" | "right" | "justified";
  firstLineIndent?: number;
  spaceAfter?: number;
}

export type Edit = TextEdit | FormatEdit;

/** Orders edits so that applying them in sequence never shifts a later edit's offsets: end of document first. */
export function orderForApplication<T extends Edit>(edits: readonly T[]): T[] {
  return [...edits].sort((a, b) => {
    if (a.paragraph !== b.paragraph) return b.paragraph - a.paragraph;
    const aStart = a.kind === "text" ? a.start : -1;
    const bStart = b.kind === "text" ? b.start : -1;
    return bStart - aStart;
  });
}

/** Drops text edits that overlap an edit already kept (first come, first kept). */
export function dropOverlapping<T extends Edit>(edits: readonly T[]): T[] {
  const kept: T[] = [];
  for (const e of edits) {
    if (e.kind === "text") {
      const clash = kept.some(
        (k) => k.kind === "text" && k.paragraph === e.paragraph && k.start < e.end && e.start < k.end,
      );
      if (clash) continue;
    }
    kept.push(e);
  }
  return kept;
}

/** Applies text edits to plain paragraph texts (used by the .txt path, tests and the fake host). */
export function applyTextEdits(texts: readonly string[], edits: readonly TextEdit[]): string[] {
  const out = [...texts];
  for (const e of orderForApplication(dropOverlapping(edits))) {
    const t = out[e.paragraph];
    if (t === undefined) throw new Error(`Edit targets paragraph ${e.paragraph + 1}, which does not exist`);
    if (t.slice(e.start, e.end) !== e.expected) {
      throw new Error(`Edit in paragraph ${e.paragraph + 1} expected "${e.expected}" at ${e.start}`);
    }
    out[e.paragraph] = t.slice(0, e.start) + e.replacement + t.slice(e.end);
  }
  return out;
}
