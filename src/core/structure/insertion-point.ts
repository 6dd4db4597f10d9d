/**
 * Where a block the pane inserts (a section scaffold, a heading, a closing, a căn cứ list) goes, given the
 * document and the cursor: where an officer expects it, never inside the header or closing tables and never
 * over text. The block always becomes whole paragraphs of its own:
 * - a cursor in the header (its table, tên loại, trích yếu and their rule) → after the whole header;
 * - a cursor in any other table (the closing) → after that table;
 * - a caret in an empty paragraph → that paragraph is filled;
 * - otherwise → after the cursor's paragraph (a caret at its start too: the pane has always put headings after
 *   the cursor's paragraph), and for a selection holding text, which stays as it is, after the paragraph
 *   where the selection ends: nothing is replaced, so there is nothing to ask.
 * An empty last paragraph right after the place is filled rather than left behind (Word keeps one there).
 */
import type { DocumentSnapshot } from "../model/document";
import { analyzeStructure, matchHeading } from "./index";

/** What the cursor read tells (the adapter's SelectionPosition has these fields). */
export interface CursorAt {
  paragraph: number;
  start: number;
  endParagraph?: number;
  hasText?: boolean;
}

export interface BlockPlacement {
  /** New paragraphs before or after a paragraph, in place of an empty one, or at the end of the document. */
  place: { paragraph: number; where: "before" | "after" | "fill" } | "end";
  /** Index the first inserted paragraph will have (what numbering counts from). */
  at: number;
  /** Why: for the pane's message. */
  reason: "header" | "table" | "empty" | "after" | "selection" | "end";
}

/** Last paragraph of the header block, or -1 when the document has no header. */
export function headerBlockEnd(doc: DocumentSnapshot): number {
  const s = analyzeStructure(doc);
  if (!s.quocHieuLine && !s.soLine && !s.titleLine) return -1;
  const ps = doc.paragraphs;
  let h = s.headerEnd;
  // After the last line structure names: the rest of the header table, the trích yếu and its rule line, a
  // one-line Kính gửi; an empty line in between belongs to it too, unless it is the document's last.
  while (h + 1 < ps.length) {
    const p = ps[h + 1];
    const empty = p.text.trim() === "";
    const headerLike =
      p.inTable || (empty ? h + 1 < ps.length - 1 : p.alignment === "centered" && !matchHeading(p.text));
    if (!headerLike) break;
    h++;
  }
  return h;
}

export function blockPlacement(doc: DocumentSnapshot, cursor: CursorAt | undefined): BlockPlacement {
  const ps = doc.paragraphs;
  const n = ps.length;
  if (!cursor || cursor.paragraph < 0 || cursor.paragraph >= n) return { place: "end", at: n, reason: "end" };
  const empty = (i: number): boolean => ps[i].text.trim() === "";
  const trailingEmpty = (i: number): boolean => i === n - 1 && !ps[i].inTable && empty(i);
  const fill = (i: number, reason: BlockPlacement["reason"]): BlockPlacement => ({
    place: { paragraph: i, where: "fill" },
    at: i,
    reason,
  });
  const afterTable = (i: number, reason: BlockPlacement["reason"]): BlockPlacement => {
    let b = i;
    while (b + 1 < n && ps[b + 1].inTable) b++;
    // Word always keeps a paragraph after a table; the new paragraphs go before it (or into it when empty).
    if (b + 1 >= n) return { place: "end", at: n, reason };
    if (trailingEmpty(b + 1)) return fill(b + 1, reason);
    return { place: { paragraph: b + 1, where: "before" }, at: b + 1, reason };
  };
  const after = (i: number, reason: BlockPlacement["reason"]): BlockPlacement => {
    if (ps[i].inTable) return afterTable(i, reason);
    if (i + 1 < n && trailingEmpty(i + 1)) return fill(i + 1, reason);
    return { place: { paragraph: i, where: "after" }, at: i + 1, reason };
  };

  const first = cursor.paragraph;
  const last = Math.min(n - 1, Math.max(first, cursor.endParagraph ?? first));
  const header = headerBlockEnd(doc);
  if (first <= header) return after(header, "header");
  if (cursor.hasText) return after(last, "selection");
  if (ps[first].inTable) return afterTable(first, "table");
  if (empty(first)) return fill(first, "empty");
  return after(first, "after");
}
