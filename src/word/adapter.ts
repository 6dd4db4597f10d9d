/**
 * What the product needs from Word, and nothing more. The task pane only talks to this interface;
 * `office-adapter.ts` implements it on Office.js (real Word, or the fake host in tests and the playground).
 */
import type { DocumentSnapshot, PageSetup, SectionSetup } from "../core/model/document";
import type { Edit } from "../core/model/edits";

/**
 * Where to insert: replacing the selection, at the start or end of the document, or as new paragraphs
 * right after the paragraph where the selection starts (the selection and its text stay untouched).
 */
export type InsertLocation = "selection" | "start" | "end" | "after-selection-paragraph";

/** Where the selection is: its start paragraph, and characters [start, end) of that paragraph. */
export interface SelectionPosition {
  /** 0-based, in readSnapshot's paragraph order (table-cell paragraphs included). */
  paragraph: number;
  start: number;
  /** End of the selection, or the end of the paragraph when the selection runs past it. */
  end: number;
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
