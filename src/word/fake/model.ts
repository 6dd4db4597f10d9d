/**
 * The fake host's document: a paragraph/run/table model (shared with the .docx body parser),
 * a selection, and an undo stack where each sync that changed something is one step.
 */
import type { PageSetup, SectionSetup } from "../../core/model/document";
import { PAGE } from "../../core/rules/page-setup";
import type { CarriedParts } from "../../docx/carried-parts";
import {
  type BlockNode,
  type ControlNode,
  type NodeParaProps,
  type ParagraphNode,
  type RunNode,
  flattenParagraphs,
  paragraphNodeText,
} from "../../docx/body-model";

/** Deep copy of plain model data (structuredClone is missing in some test environments, e.g. jsdom). */
export function cloneData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface Pos {
  para: ParagraphNode;
  offset: number;
}

export interface Span {
  start: Pos;
  end: Pos;
  /**
   * The span runs through its end paragraph's mark (a paragraph's "Whole" range, as in Word): it holds that
   * paragraph even when it ends at offset 0, as the whole range of an empty paragraph does.
   */
  throughMark?: boolean;
}

/** The selection as indexes, for tests and the playground. */
export interface SelectionInfo {
  paragraph: number;
  start: number;
  endParagraph: number;
  end: number;
}

// ---- live positions: as in Word, an edit moves the ranges after it ----

/** Positions held by ranges alive in a Word.run, and by the selection, per paragraph. */
const livePositions = new WeakMap<ParagraphNode, Set<Pos>>();

function liveIn(p: ParagraphNode): Set<Pos> {
  let set = livePositions.get(p);
  if (!set) livePositions.set(p, (set = new Set()));
  return set;
}

/** Makes a span live: later edits move its ends. */
export function trackSpan(span: Span): void {
  liveIn(span.start.para).add(span.start);
  liveIn(span.end.para).add(span.end);
}

export function untrackSpan(span: Span): void {
  livePositions.get(span.start.para)?.delete(span.start);
  livePositions.get(span.end.para)?.delete(span.end);
}

/** Shifts the live positions of a paragraph after `from` (strictly) by delta. */
function shiftLive(p: ParagraphNode, from: number, delta: number): void {
  for (const pos of livePositions.get(p) ?? []) if (pos.offset > from) pos.offset += delta;
}

/** Moves the live positions of `from` at or after offset `at` into `to`, at `base` + (offset - at). */
function moveLive(from: ParagraphNode, to: ParagraphNode, at: number, base: number): void {
  const set = livePositions.get(from);
  if (!set || from === to) return;
  for (const pos of [...set]) {
    if (pos.offset < at) continue;
    set.delete(pos);
    pos.para = to;
    pos.offset = base + (pos.offset - at);
    liveIn(to).add(pos);
  }
}

/** Live positions in a removed paragraph collapse to where the removal happened. */
function collapseLive(from: ParagraphNode, to: Pos): void {
  const set = livePositions.get(from);
  if (!set) return;
  for (const pos of [...set]) {
    set.delete(pos);
    pos.para = to.para;
    pos.offset = to.offset;
    liveIn(to.para).add(pos);
  }
}

/** Live positions of text that joins another paragraph: `from`'s [at, …) lands in `to` at base. */
export function joinLive(from: ParagraphNode, to: ParagraphNode, base: number): void {
  moveLive(from, to, 0, base);
}

/** Live positions shifted by text added before them (`shiftLive` for callers outside this module). */
export function shiftLivePositions(p: ParagraphNode, from: number, delta: number): void {
  shiftLive(p, from, delta);
}

interface State {
  blocks: BlockNode[];
  selection: SelectionInfo | null;
}

// ---- section breaks: a w:sectPr in a paragraph's properties belongs to that paragraph's mark ----

const isSectPr = (xml: string): boolean => xml.startsWith("<w:sectPr");

/** A copy of paragraph properties without the section break its mark may carry (a new mark carries none). */
export function withoutSectionBreak(props: NodeParaProps): NodeParaProps {
  const copy = cloneData(props);
  const keep = copy.keep?.filter((x) => !isSectPr(x));
  if (keep && keep.length > 0) copy.keep = keep;
  else delete copy.keep;
  return copy;
}

/** The section break of a paragraph's mark, as kept XML (none when the paragraph ends no section). */
export function sectionBreakOf(props: NodeParaProps): string[] {
  return props.keep?.filter(isSectPr) ?? [];
}

/** Properties with a section break put back (after they were replaced by another paragraph's). */
export function withSectionBreak(props: NodeParaProps, sectPr: readonly string[]): NodeParaProps {
  if (sectPr.length === 0) return props;
  return { ...props, keep: [...(props.keep ?? []).filter((x) => !isSectPr(x)), ...sectPr] };
}

/** Our page defaults (NĐ 30: A4 portrait, its default margins). */
export function defaultPageSetup(): PageSetup {
  return {
    width: PAGE.paper.width,
    height: PAGE.paper.height,
    marginTop: PAGE.margins.top.default,
    marginBottom: PAGE.margins.bottom.default,
    marginLeft: PAGE.margins.left.default,
    marginRight: PAGE.margins.right.default,
    orientation: "portrait",
  };
}

export class FakeDocumentModel {
  blocks: BlockNode[] = [];
  /** Word's list markers of the paragraphs of a loaded .docx, as its numbering definitions draw them. */
  listMarkers = new WeakMap<ParagraphNode, string>();
  /** styleId → display name, from a loaded .docx (our own styles otherwise). */
  styleNames = new Map<string, string>([
    ["Normal", "Normal"],
    ["Header", "header"],
    ["Footer", "footer"],
  ]);
  pageSetup: PageSetup = defaultPageSetup();
  /** The sections of a loaded .docx (pageSetup holds the last one's); undefined: one section. */
  sections: SectionSetup[] | undefined;
  /**
   * The loaded .docx's last w:sectPr (the body's own), written back as it came, less references to parts the
   * download does not carry; undefined: exportDocx builds one from pageSetup. The other sections' w:sectPr
   * travel in their last paragraph's properties.
   */
  finalSectPrXml: string | undefined;
  /** The loaded .docx's headers, footers, styles, numbering and settings, downloaded unchanged. */
  carried: CarriedParts | undefined;
  private selectionValue: Span | null = null;
  private readonly undoStack: State[] = [];
  private pending: State | undefined;

  /** The selection; its ends are live (an edit before them moves them), and it never shares them with a range. */
  get selectionSpan(): Span | null {
    return this.selectionValue;
  }
  set selectionSpan(span: Span | null) {
    if (this.selectionValue) untrackSpan(this.selectionValue);
    this.selectionValue = span ? { start: { ...span.start }, end: { ...span.end } } : null;
    if (this.selectionValue) trackSpan(this.selectionValue);
  }

  paragraphs(): ParagraphNode[] {
    return flattenParagraphs(this.blocks);
  }

  texts(): string[] {
    return this.paragraphs().map(paragraphNodeText);
  }

  indexOf(p: ParagraphNode): number {
    return this.paragraphs().indexOf(p);
  }

  get selection(): SelectionInfo | null {
    return this.spanToInfo(this.selectionSpan);
  }

  /** Replaces the whole document (the playground's "open" and "new"): no selection, no undo history. */
  replaceDocument(blocks: BlockNode[]): void {
    this.blocks = blocks.length > 0 ? blocks : [{ kind: "paragraph", props: {}, inlines: [] }];
    this.listMarkers = new WeakMap();
    this.selectionSpan = null;
    this.undoStack.length = 0;
    this.pending = undefined;
  }

  /** Number of undo steps available. */
  get undoDepth(): number {
    return this.undoStack.length;
  }

  /** Reverts the last changing sync; false when there is nothing to undo. */
  undo(): boolean {
    const state = this.undoStack.pop();
    if (!state) return false;
    this.restore(state);
    return true;
  }

  /** Called before the first change of a sync, so the whole sync becomes one undo step. */
  beforeChange(): void {
    if (!this.pending) this.pending = this.capture();
  }

  /** Forgets the state captured by beforeChange when nothing changed after all (no empty undo step). */
  discardStep(): void {
    this.pending = undefined;
  }

  /** Called at the end of a sync. */
  commitStep(): void {
    if (this.pending) this.undoStack.push(this.pending);
    this.pending = undefined;
  }

  private spanToInfo(span: Span | null): SelectionInfo | null {
    if (!span) return null;
    const paragraph = this.indexOf(span.start.para);
    const endParagraph = this.indexOf(span.end.para);
    if (paragraph < 0 || endParagraph < 0) return null;
    return { paragraph, start: span.start.offset, endParagraph, end: span.end.offset };
  }

  private capture(): State {
    return { blocks: cloneData(this.blocks), selection: this.selection };
  }

  private restore(state: State): void {
    this.blocks = state.blocks;
    const paras = this.paragraphs();
    const s = state.selection;
    const a = s ? paras[s.paragraph] : undefined;
    const b = s ? paras[s.endParagraph] : undefined;
    this.selectionSpan = s && a && b ? { start: { para: a, offset: s.start }, end: { para: b, offset: s.end } } : null;
  }
}

// ---- text operations on paragraphs ----

/** A run and where it lives: the paragraph's top-level inlines or a content control's runs. */
interface RunSlot {
  run: RunNode;
  list: (RunNode | ControlNode)[] | RunNode[];
  index: number;
  control?: ControlNode;
  start: number;
  end: number;
}

function slots(p: ParagraphNode): RunSlot[] {
  const out: RunSlot[] = [];
  let pos = 0;
  p.inlines.forEach((inline, index) => {
    if (inline.kind === "run") {
      out.push({ run: inline, list: p.inlines, index, start: pos, end: pos + inline.text.length });
      pos += inline.text.length;
    } else {
      inline.runs.forEach((run, j) => {
        out.push({ run, list: inline.runs, index: j, control: inline, start: pos, end: pos + run.text.length });
        pos += run.text.length;
      });
    }
  });
  return out;
}

export function textOf(p: ParagraphNode): string {
  return paragraphNodeText(p);
}

/** The content control whose text strictly surrounds offset (a position at its edge is outside it). */
export function controlAround(p: ParagraphNode, offset: number): ControlNode | undefined {
  let pos = 0;
  for (const inline of p.inlines) {
    const len = inline.kind === "run" ? inline.text.length : inline.runs.reduce((n, r) => n + r.text.length, 0);
    if (inline.kind === "control" && pos < offset && offset < pos + len) return inline;
    pos += len;
  }
  return undefined;
}

/**
 * Inserts text at offset into the run where that character starts (or the run ending there). At the edge
 * of a content control the text goes outside it, as typing after a control does in Word: only a position
 * strictly inside a control adds to its runs.
 */
export function insertTextAt(p: ParagraphNode, offset: number, text: string): void {
  if (text === "") return;
  shiftLive(p, offset, text.length);
  const all = slots(p);
  const inside = controlAround(p, offset);
  const usable = all.filter((s) => !s.control || s.control === inside);
  const slot = usable.find((s) => s.start <= offset && offset < s.end) ?? usable.filter((s) => s.end === offset).pop();
  if (!slot && all.some((s) => s.start === offset || s.end === offset)) {
    // Only controls touch the position: a new run between them, formatted as its neighbour.
    const near = all.find((s) => s.start === offset) ?? all.filter((s) => s.end === offset).pop();
    p.inlines.splice(topLevelBoundary(p, offset), 0, { kind: "run", text, props: cloneData(near?.run.props ?? {}) });
    return;
  }
  if (!slot) {
    // Empty paragraph (or only empty controls): a new run at the end, or inside the one empty control.
    const control = p.inlines.find((i): i is ControlNode => i.kind === "control");
    const run: RunNode = { kind: "run", text, props: {} };
    if (control && p.inlines.length === 1) control.runs.push(run);
    else p.inlines.push(run);
    return;
  }
  const local = offset - slot.start;
  slot.run.text = slot.run.text.slice(0, local) + text + slot.run.text.slice(local);
}

/** Removes characters [start, end) of the paragraph, keeping the runs' formatting. */
export function deleteText(p: ParagraphNode, start: number, end: number): void {
  if (end <= start) return;
  for (const pos of livePositions.get(p) ?? []) {
    if (pos.offset >= end) pos.offset -= end - start;
    else if (pos.offset > start) pos.offset = start;
  }
  for (const s of slots(p)) {
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.end);
    if (from < to) s.run.text = s.run.text.slice(0, from - s.start) + s.run.text.slice(to - s.start);
  }
  // Drop runs left empty (not controls: an empty control still exists).
  p.inlines = p.inlines.filter((i) => i.kind === "control" || i.text !== "");
  for (const i of p.inlines) if (i.kind === "control") i.runs = i.runs.filter((r) => r.text !== "");
}

/** Replaces [start, end) with text; the replacement takes the formatting of the run at start. */
export function replaceText(p: ParagraphNode, start: number, end: number, text: string): void {
  insertTextAt(p, start, text);
  deleteText(p, start + text.length, end + text.length);
}

/** Splits the run at offset so a run boundary exists there; in controls too. */
export function splitRunAt(p: ParagraphNode, offset: number): void {
  for (const s of slots(p)) {
    if (s.start < offset && offset < s.end) {
      const local = offset - s.start;
      const tail: RunNode = { kind: "run", text: s.run.text.slice(local), props: { ...s.run.props } };
      s.run.text = s.run.text.slice(0, local);
      (s.list as RunNode[]).splice(s.index + 1, 0, tail);
      return;
    }
  }
}

/** Runs covering [start, end), split at the bounds. */
export function runsIn(p: ParagraphNode, start: number, end: number): RunNode[] {
  splitRunAt(p, start);
  splitRunAt(p, end);
  return slots(p)
    .filter((s) => s.start >= start && s.end <= end && s.end > s.start)
    .map((s) => s.run);
}

/** Index in p.inlines of the top-level boundary at offset; throws inside a content control. */
export function topLevelBoundary(p: ParagraphNode, offset: number): number {
  splitRunAt(p, offset);
  let pos = 0;
  for (let i = 0; i < p.inlines.length; i++) {
    if (pos === offset) return i;
    const inline = p.inlines[i];
    const len = inline.kind === "run" ? inline.text.length : inline.runs.reduce((n, r) => n + r.text.length, 0);
    if (inline.kind === "control" && pos < offset && offset < pos + len) {
      throw new Error("Fake Word host: splitting inside a content control is not implemented");
    }
    pos += len;
  }
  return p.inlines.length;
}

/** The control's paragraph and character span. */
export function controlSpan(model: FakeDocumentModel, control: ControlNode): Span | undefined {
  for (const p of model.paragraphs()) {
    let pos = 0;
    for (const inline of p.inlines) {
      const len = inline.kind === "run" ? inline.text.length : inline.runs.reduce((n, r) => n + r.text.length, 0);
      if (inline === control) return { start: { para: p, offset: pos }, end: { para: p, offset: pos + len } };
      pos += len;
    }
  }
  return undefined;
}

export function allControls(paragraphs: readonly ParagraphNode[]): ControlNode[] {
  const out: ControlNode[] = [];
  for (const p of paragraphs) for (const i of p.inlines) if (i.kind === "control") out.push(i);
  return out;
}

/** Where a paragraph sits: the block list holding it, and its table nesting depth. */
export function locate(
  blocks: BlockNode[],
  target: ParagraphNode,
): { list: BlockNode[]; index: number; depth: number } | undefined {
  const visit = (list: BlockNode[], depth: number): { list: BlockNode[]; index: number; depth: number } | undefined => {
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      if (b === target) return { list, index: i, depth };
      if (b.kind === "table") {
        for (const r of b.rows) {
          for (const c of r.cells) {
            const found = visit(c.blocks, depth + 1);
            if (found) return found;
          }
        }
      }
    }
    return undefined;
  };
  return visit(blocks, 0);
}

/** Splits a paragraph at offset; the second half keeps the paragraph properties. */
export function splitParagraph(model: FakeDocumentModel, p: ParagraphNode, offset: number): ParagraphNode {
  const at = topLevelBoundary(p, offset);
  // The original mark, with any section break on it, ends the second half; the first half gets a new mark.
  const tail: ParagraphNode = { kind: "paragraph", props: cloneData(p.props), inlines: p.inlines.slice(at) };
  p.props = withoutSectionBreak(p.props);
  p.inlines = p.inlines.slice(0, at);
  moveLive(p, tail, offset + 1, 1);
  const where = locate(model.blocks, p);
  if (!where) throw new Error("Fake Word host: paragraph is no longer in the document");
  where.list.splice(where.index + 1, 0, tail);
  return tail;
}

/** Deletes a span that may cross paragraphs: the end paragraph's rest joins the start paragraph. */
export function deleteSpan(model: FakeDocumentModel, span: Span): void {
  const { start, end } = span;
  if (start.para === end.para) {
    deleteText(start.para, start.offset, end.offset);
    return;
  }
  const paras = model.paragraphs();
  const a = paras.indexOf(start.para);
  const b = paras.indexOf(end.para);
  if (a < 0 || b < a) throw new Error("Fake Word host: range is no longer in the document");
  deleteText(start.para, start.offset, textOf(start.para).length);
  deleteText(end.para, 0, end.offset);
  start.para.inlines.push(...end.para.inlines);
  for (const p of paras.slice(a + 1, b)) collapseLive(p, start);
  joinLive(end.para, start.para, start.offset);
  for (const p of paras.slice(a + 1, b + 1)) {
    const where = locate(model.blocks, p);
    if (where) where.list.splice(where.index, 1);
  }
}

// ---- the playground's keyboard: edits at the selection, as a user makes them in Word ----

/** A place in the document by paragraph index, as the playground's caret layer reports it. */
export interface PointInfo {
  paragraph: number;
  offset: number;
}

/** A span between two points (in either order), clamped to the paragraphs' lengths; null when one is missing. */
export function spanBetween(model: FakeDocumentModel, a: PointInfo, b: PointInfo): Span | null {
  const paras = model.paragraphs();
  const pa = paras[a.paragraph];
  const pb = paras[b.paragraph];
  if (!pa || !pb) return null;
  const x: Pos = { para: pa, offset: Math.max(0, Math.min(a.offset, textOf(pa).length)) };
  const y: Pos = { para: pb, offset: Math.max(0, Math.min(b.offset, textOf(pb).length)) };
  const forward = a.paragraph < b.paragraph || (a.paragraph === b.paragraph && x.offset <= y.offset);
  return forward ? { start: x, end: y } : { start: y, end: x };
}

/** The selection, or a caret at the start of the document when there is none. */
function currentSpan(model: FakeDocumentModel): Span | undefined {
  const s = model.selectionSpan;
  if (s && model.indexOf(s.start.para) >= 0 && model.indexOf(s.end.para) >= 0) return s;
  const first = model.paragraphs()[0];
  return first ? { start: { para: first, offset: 0 }, end: { para: first, offset: 0 } } : undefined;
}

/** True when the paragraphs can be joined: same block list (body or cell), and only paragraphs between them. */
function joinable(model: FakeDocumentModel, a: ParagraphNode, b: ParagraphNode): boolean {
  const x = locate(model.blocks, a);
  const y = locate(model.blocks, b);
  if (!x || !y || x.list !== y.list || y.index < x.index) return false;
  return x.list.slice(x.index, y.index + 1).every((node) => node.kind === "paragraph");
}

/**
 * Deletes the selected text and returns where the caret goes. A selection across table boundaries is not
 * deleted (Word would not join a cell with the body either): the caret collapses to its start.
 */
function deleteSelected(model: FakeDocumentModel, span: Span): Pos {
  const { start, end } = span;
  if (start.para === end.para) deleteText(start.para, start.offset, end.offset);
  else if (joinable(model, start.para, end.para)) deleteSpan(model, span);
  return { para: start.para, offset: start.offset };
}

/** Runs one user edit as one undo step; the edit returns the caret, or undefined when it changed nothing. */
function userEdit(model: FakeDocumentModel, edit: (span: Span) => Pos | undefined): boolean {
  const span = currentSpan(model);
  if (!span) return false;
  model.beforeChange();
  let caret: Pos | undefined;
  try {
    caret = edit(span);
  } catch (err) {
    // Whatever changed before the error can still be undone.
    model.commitStep();
    throw err;
  }
  if (caret) model.commitStep();
  else model.discardStep();
  if (caret) model.selectionSpan = { start: caret, end: { ...caret } };
  return caret !== undefined;
}

/** Types text over the selection; "\n" in it starts a new paragraph (pasted lines). */
export function typeText(model: FakeDocumentModel, text: string): boolean {
  return userEdit(model, (span) => {
    let at = deleteSelected(model, span);
    text.split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) at = { para: splitParagraph(model, at.para, at.offset), offset: 0 };
      insertTextAt(at.para, at.offset, line);
      at = { para: at.para, offset: at.offset + line.length };
    });
    return at;
  });
}

/** Shift+Enter: a line break inside the paragraph. */
export function insertLineBreak(model: FakeDocumentModel): boolean {
  return userEdit(model, (span) => {
    const at = deleteSelected(model, span);
    insertTextAt(at.para, at.offset, "\n");
    return { para: at.para, offset: at.offset + 1 };
  });
}

/** Enter: splits the paragraph at the caret; the new paragraph keeps the paragraph properties. */
export function splitAtCaret(model: FakeDocumentModel): boolean {
  return userEdit(model, (span) => {
    const at = deleteSelected(model, span);
    try {
      return { para: splitParagraph(model, at.para, at.offset), offset: 0 };
    } catch {
      // Inside a content control: Word would not split it either.
      return at;
    }
  });
}

/** Length of the character (one or two UTF-16 units) before or after an offset. */
function charLength(text: string, offset: number, direction: "backward" | "forward"): number {
  const code = direction === "backward" ? text.charCodeAt(offset - 1) : text.charCodeAt(offset + 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  if (direction === "backward") return offset >= 2 && isLowSurrogate ? 2 : 1;
  return isLowSurrogate ? 2 : 1;
}

/** Backspace (backward) or Delete (forward), a character or a word at a time; joins paragraphs at their edges. */
export function deleteAtCaret(
  model: FakeDocumentModel,
  direction: "backward" | "forward",
  unit: "character" | "word" = "character",
): boolean {
  return userEdit(model, (span) => {
    const { start, end } = span;
    if (start.para !== end.para || start.offset !== end.offset) return deleteSelected(model, span);
    const p = start.para;
    const text = textOf(p);
    const at = start.offset;
    const list = locate(model.blocks, p);
    if (direction === "backward") {
      if (at === 0) {
        const prev = list && list.index > 0 ? list.list[list.index - 1] : undefined;
        if (!prev || prev.kind !== "paragraph") return undefined;
        const len = textOf(prev).length;
        deleteSpan(model, { start: { para: prev, offset: len }, end: { para: p, offset: 0 } });
        return { para: prev, offset: len };
      }
      const n =
        unit === "word" ? (/\S*\s*$/u.exec(text.slice(0, at))?.[0].length ?? 1) || 1 : charLength(text, at, "backward");
      deleteText(p, at - n, at);
      return { para: p, offset: at - n };
    }
    if (at === text.length) {
      const next = list ? list.list[list.index + 1] : undefined;
      if (!next || next.kind !== "paragraph") return undefined;
      deleteSpan(model, { start: { para: p, offset: at }, end: { para: next, offset: 0 } });
      return { para: p, offset: at };
    }
    const n =
      unit === "word" ? (/^\s*\S*/u.exec(text.slice(at))?.[0].length ?? 1) || 1 : charLength(text, at, "forward");
    deleteText(p, at, at + n);
    return { para: p, offset: at };
  });
}
