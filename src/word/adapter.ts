/**
 * What the product needs from Word, and nothing more. The task pane only talks to this interface;
 * `office-adapter.ts` implements it on Office.js (real Word, or the fake host in tests and the playground).
 */
import type { DocumentSnapshot, PageSetup, SectionSetup } from "../core/model/document";
import type { Edit } from "../core/model/edits";

/**
 * A place for new paragraphs, by readSnapshot's paragraph index: before or after that paragraph (its text
 * untouched), or in its stead when it is empty ("fill"). The caret then goes to the end of what was inserted.
 */
export interface ParagraphPlace {
  paragraph: number;
  where: "before" | "after" | "fill";
}

/**
 * Where to insert: replacing the selection, at the start or end of the document, as new paragraphs
 * right after the paragraph where the selection starts (the selection and its text stay untouched),
 * or at a paragraph place (see core/structure/insertion-point for how the pane picks one).
 */
export type InsertLocation = "selection" | "start" | "end" | "after-selection-paragraph" | ParagraphPlace;

/** Where the selection is: its start paragraph, and characters [start, end) of that paragraph. */
export interface SelectionPosition {
  /** 0-based, in readSnapshot's paragraph order (table-cell paragraphs included). */
  paragraph: number;
  start: number;
  /** End of the selection, or the end of the paragraph when the selection runs past it. */
  end: number;
  /** Paragraph where the selection ends (the start paragraph for a caret). */
  endParagraph: number;
  /** True when the selection holds text (it may run over several paragraphs). */
  hasText: boolean;
  /** True when the cursor's paragraph is in a table cell. */
  inTable: boolean;
  /** Tag of the content control the selection starts in ("" for an untagged one), when it is in one. */
  controlTag?: string;
}

export interface ContentControlInfo {
  tag: string;
  title?: string;
  text: string;
  /** Index of the paragraph the control starts in. */
  paragraph: number;
}

export interface ApplyResult {
  applied: number;
  /** Edits refused because the document no longer had the expected text. */
  skipped: number;
}

export interface WordAdapter {
  /** Reads the whole document into a snapshot in one batched read. */
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Inserts WordprocessingML (a flat OPC package) at the location. */
  insertOoxml(ooxml: string, location: InsertLocation): Promise<void>;
  /** Inserts plain text as an inline content control with a tag at the selection. */
  insertContentControl(text: string, tag: string, title: string, location: InsertLocation): Promise<void>;
  /** Lists content controls whose tag starts with the prefix. */
  findContentControls(tagPrefix: string): Promise<ContentControlInfo[]>;
  /** Replaces the text of every content control whose tag is a key of the map, in one batch. */
  updateContentControls(textByTag: ReadonlyMap<string, string>): Promise<number>;
  /**
   * Gives each content control whose tag starts with the prefix the text `rewrite` returns for it (unchanged
   * when it returns undefined), in two syncs: one read, one write. Returns the number rewritten.
   */
  rewriteContentControls(
    tagPrefix: string,
    rewrite: (control: { tag: string; text: string }) => string | undefined,
  ): Promise<number>;
  /** Where the cursor is, in one read; undefined when Word cannot place it in the body (e.g. in a header). */
  readSelection(): Promise<SelectionPosition | undefined>;
  /** Selects characters [start, end) of paragraph `paragraph` (whole paragraph when start/end omitted). */
  select(paragraph: number, start?: number, end?: number): Promise<void>;
  /** Applies edits in one batch and one sync, so the user can undo them as one step. */
  applyEdits(edits: readonly Edit[]): Promise<ApplyResult>;
  /** Page setup, where the host API has it (WordApi 1.3 does not: returns undefined). */
  readPageSetup(): Promise<PageSetup | undefined>;
  /**
   * Every section's page setup and page numbers, in document order, where the host has the API
   * (WordApiDesktop 1.3); undefined elsewhere. Optional so hosts without sections can leave it out.
   */
  readSections?(): Promise<SectionSetup[] | undefined>;
  /** Number of context.sync() calls made so far through this adapter. */
  readonly syncCount: number;
}
