/**
 * The Word JavaScript API subset our adapter uses, over the fake model. Load/sync semantics follow
 * Word: calls are queued and run at context.sync(); a property can only be read after it was
 * loaded and synced. Anything else throws "Fake Word host: <Class>.<member> is not implemented".
 */
import {
  type BlockNode,
  type ControlNode,
  type ParagraphNode,
  type RunNode,
  newControlId,
  parseBlocks,
} from "../../docx/body-model";
import { bodyFromOoxml, toFlatOpc } from "../../docx/flat-opc";
import { mmToPt } from "../../core/rules/units";
import type { SectionSetup } from "../../core/model/document";
import type { RunProps } from "../../docx/wordml";
import {
  type FakeDocumentModel,
  type Pos,
  type Span,
  allControls,
  cloneData,
  controlSpan,
  deleteSpan,
  insertTextAt,
  joinLive,
  locate,
  replaceText,
  runsIn,
  sectionBreakOf,
  shiftLivePositions,
  splitParagraph,
  textOf,
  topLevelBoundary,
  trackSpan,
  untrackSpan,
  withSectionBreak,
  withoutSectionBreak,
} from "./model";

// Members that JavaScript itself, promises and test tooling probe on any object.
const PROBED = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "constructor"]);

/** Wraps an API object so any member we did not implement throws a clear error. */
export function guard<T extends object>(obj: T, className: string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver) as unknown;
      if (PROBED.has(prop) || prop.startsWith("_") || prop.startsWith("@@")) return undefined;
      throw new Error(`Fake Word host: ${className}.${prop} is not implemented`);
    },
    set(target, prop, value, receiver) {
      // Internal state ("_" members) may be set lazily.
      if (typeof prop === "symbol" || prop in target || prop.startsWith("_")) {
        return Reflect.set(target, prop, value, receiver);
      }
      throw new Error(`Fake Word host: ${className}.${String(prop)} is not implemented`);
    },
  });
}

export class PropertyNotLoadedError extends Error {
  readonly code = "PropertyNotLoaded";
  constructor(className: string, prop: string) {
    super(
      `The property '${prop}' is not available on ${className}. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    this.name = "PropertyNotLoaded";
  }
}

/**
 * The members of a Word API class a fake implements, as the fake may type them: Word's own parameter types
 * (so a renamed member, a new required parameter or a changed parameter type fails to compile), scalar
 * properties by kind (string, number, boolean), and the fake's own classes where Word returns objects.
 */
type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends string
      ? string
      : T[P] extends number
        ? number
        : T[P] extends boolean
          ? boolean
          : unknown;
};

type Op = () => void;

export class FakeRequestContext implements Mirror<Word.RequestContext, "document" | "sync" | "trackedObjects"> {
  readonly _queue: Op[] = [];
  _syncs = 0;
  readonly document: FakeWordDocument;
  readonly trackedObjects = guard({ add: (): void => undefined, remove: (): void => undefined }, "TrackedObjects");

  constructor(
    readonly _model: FakeDocumentModel,
    readonly _onSync: () => void,
  ) {
    this.document = guard(new FakeWordDocument(this), "Document");
  }

  /** Spans of the ranges made in this context: live until Word.run ends. */
  readonly _live: Span[] = [];

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  _track(span: Span): Span {
    trackSpan(span);
    this._live.push(span);
    return span;
  }

  /** Word.run is over: its ranges no longer follow edits. */
  _release(): void {
    for (const span of this._live.splice(0)) untrackSpan(span);
  }

  /** Queues a change: the model records the sync as one undo step. */
  _change(op: Op): void {
    this._queue.push(() => {
      this._model.beforeChange();
      op();
    });
  }

  async sync(): Promise<void> {
    this._onSync();
    const ops = this._queue.splice(0);
    try {
      for (const op of ops) op();
    } finally {
      this._model.commitStep();
    }
    await Promise.resolve();
  }
}

/** Common load/read machinery. */
abstract class FakeObject {
  private readonly _loadedValues = new Map<string, unknown>();

  constructor(
    readonly _ctx: FakeRequestContext,
    readonly _className: string,
  ) {}

  /** Reads a scalar property from the model now (at queue execution). */
  protected abstract _read(prop: string): unknown;

  /** Navigation properties (e.g. font) that nested load paths go through. */
  protected _nav(prop: string): FakeObject | undefined {
    void prop;
    return undefined;
  }

  _snapshot(props: readonly string[]): void {
    const nested = new Map<string, string[]>();
    for (const p of props) {
      // "$none" loads an object (or a collection's items) without any property.
      if (p === "$none") continue;
      const slash = p.indexOf("/");
      if (slash > 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      } else {
        const nav = this._nav(p);
        if (nav) nested.set(p, nested.get(p) ?? []);
        else this._loadedValues.set(p, this._read(p));
      }
    }
    for (const [head, sub] of nested) {
      const nav = this._nav(head);
      if (!nav) throw new Error(`Fake Word host: ${this._className}.${head} is not implemented`);
      nav._snapshot(sub);
    }
  }

  load(props?: string | string[]): this {
    const list = normalizeProps(props);
    this._ctx._enqueue(() => this._snapshot(list));
    return this;
  }

  protected _get<T>(prop: string): T {
    if (!this._loadedValues.has(prop)) throw new PropertyNotLoadedError(this._className, prop);
    return this._loadedValues.get(prop) as T;
  }
}

function normalizeProps(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/** The value of a method's result, available after sync. */
export class FakeClientResult<T> {
  private _done = false;
  private _value: T | undefined;
  _set(v: T): void {
    this._value = v;
    this._done = true;
  }
  get value(): T {
    if (!this._done) throw new PropertyNotLoadedError("ClientResult", "value");
    return this._value as T;
  }
}

// ---- formatting reads ----

const ALIGN_OUT = { left: "Left", centered: "Centered", right: "Right", justified: "Justified" } as const;
const ALIGN_IN: Record<string, ParagraphNode["props"]["alignment"]> = {
  Left: "left",
  Centered: "centered",
  Right: "right",
  Justified: "justified",
};

/** Our styles' defaults (package-writer): Times New Roman 14 pt, black. */
const DEFAULT_RUN: Required<Pick<RunProps, "font" | "size" | "bold" | "italic" | "underline" | "color">> = {
  font: "Times New Roman",
  size: 14,
  bold: false,
  italic: false,
  underline: false,
  color: "000000",
};

function uniform<K extends keyof typeof DEFAULT_RUN>(runs: readonly RunNode[], key: K): (typeof DEFAULT_RUN)[K] | null {
  const nonEmpty = runs.filter((r) => r.text !== "");
  const values = (nonEmpty.length > 0 ? nonEmpty : runs.slice(0, 1)).map((r) => r.props[key] ?? DEFAULT_RUN[key]);
  if (values.length === 0) return DEFAULT_RUN[key];
  return values.every((v) => v === values[0]) ? (values[0] as (typeof DEFAULT_RUN)[K]) : null;
}

export class FakeFont
  extends FakeObject
  implements Mirror<Word.Font, "name" | "size" | "bold" | "italic" | "underline" | "color">
{
  constructor(
    ctx: FakeRequestContext,
    private readonly _runs: () => RunNode[],
  ) {
    super(ctx, "Font");
  }
  protected _read(prop: string): unknown {
    const runs = this._runs();
    switch (prop) {
      case "name":
        return uniform(runs, "font") ?? "";
      case "size":
        return uniform(runs, "size");
      case "bold":
        return uniform(runs, "bold");
      case "italic":
        return uniform(runs, "italic");
      case "underline": {
        const u = uniform(runs, "underline");
        return u === null ? "Mixed" : u ? "Single" : "None";
      }
      case "color": {
        const c = uniform(runs, "color");
        return c === null ? "" : `#${c === "auto" ? "000000" : c}`;
      }
      default:
        throw new Error(`Fake Word host: Font.${prop} is not implemented`);
    }
  }
  private _setAll(patch: Partial<RunProps>): void {
    this._ctx._change(() => {
      for (const r of this._runs()) Object.assign(r.props, patch);
    });
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._setAll({ font: v });
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._setAll({ size: v });
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._setAll({ bold: v });
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._setAll({ italic: v });
  }
  get underline(): string {
    return this._get("underline");
  }
  get color(): string {
    return this._get("color");
  }
}

// ---- ranges ----

type Resolver<T> = () => T;

/** Text of a span; paragraphs joined by "\r" and line breaks as "\v", as Word reports them. */
function spanText(model: FakeDocumentModel, span: Span): string {
  const paras = model.paragraphs();
  const a = paras.indexOf(span.start.para);
  const b = paras.indexOf(span.end.para);
  const parts: string[] = [];
  for (let i = a; i <= b && i >= 0; i++) {
    const t = textOf(paras[i]);
    parts.push(t.slice(i === a ? span.start.offset : 0, i === b ? span.end.offset : t.length));
  }
  return parts.join("\r").replace(/\n/g, "\v");
}

function toModelText(text: string, where: string): string {
  if (/[\r\n]/.test(text)) {
    throw new Error(`Fake Word host: ${where} with a paragraph break is not implemented`);
  }
  return text.replace(/\v/g, "\n");
}

/** Word's Find matches a straight quote with the curly ones too (a curly quote finds only itself). */
const LOOSE_QUOTES: Readonly<Record<string, string>> = { "'": "['‘’]", '"': '["“”]' };

/**
 * Word search pattern (with ^ codes) → RegExp, as loose as Word's Find: case-insensitive unless matchCase
 * (SearchOptions.matchCase defaults to false), and straight quotes also find curly ones.
 */
export function compileSearch(pattern: string, matchCase: boolean): RegExp {
  if (pattern.length > 255) {
    const e = new Error("The search string is invalid or too long (over 255 characters).");
    (e as Error & { code: string }).code = "SearchStringInvalidOrTooLong";
    throw e;
  }
  if (pattern === "") throw new Error("The search string is empty.");
  let src = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch !== "^") {
      src += LOOSE_QUOTES[ch] ?? ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      continue;
    }
    const code = pattern[++i];
    if (code === "^") src += "\\^";
    else if (code === "t") src += "\\t";
    else if (code === "l") src += "\\n";
    else if (code === "?") src += "[^\\n\\t]";
    else if (code === "#") src += "\\d";
    else if (code === "$") src += "\\p{L}";
    else throw new Error(`Fake Word host: search code ^${code ?? ""} is not implemented`);
  }
  return new RegExp(src, matchCase ? "gu" : "giu");
}

function searchSpan(model: FakeDocumentModel, span: Span, pattern: string, options: unknown): Span[] {
  let matchCase = false;
  if (options !== undefined && options !== null) {
    if (typeof options !== "object") throw new Error("Fake Word host: search options must be an object");
    for (const [k, v] of Object.entries(options as Record<string, unknown>)) {
      if (k === "matchCase") matchCase = v === true;
      else if (v) throw new Error(`Fake Word host: search option ${k} is not implemented`);
    }
  }
  const re = compileSearch(pattern, matchCase);
  const paras = model.paragraphs();
  const a = paras.indexOf(span.start.para);
  const b = paras.indexOf(span.end.para);
  const out: Span[] = [];
  for (let i = a; i <= b && i >= 0; i++) {
    const p = paras[i];
    const text = textOf(p);
    const from = i === a ? span.start.offset : 0;
    const to = i === b ? span.end.offset : text.length;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index + m[0].length > to) break;
      out.push({ start: { para: p, offset: m.index }, end: { para: p, offset: m.index + m[0].length } });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

function comparePos(model: FakeDocumentModel, x: Pos, y: Pos): number {
  if (x.para === y.para) return x.offset - y.offset;
  const paras = model.paragraphs();
  return paras.indexOf(x.para) - paras.indexOf(y.para);
}

function paragraphSpan(p: ParagraphNode): Span {
  return { start: { para: p, offset: 0 }, end: { para: p, offset: textOf(p).length } };
}

function bodySpan(model: FakeDocumentModel): Span {
  const paras = model.paragraphs();
  const first = paras[0];
  const last = paras[paras.length - 1];
  if (!first || !last) throw new Error("Fake Word host: the document has no paragraph");
  return { start: { para: first, offset: 0 }, end: { para: last, offset: textOf(last).length } };
}

function locationSpan(span: Span, loc: string, className: string): Span {
  switch (loc) {
    // Positions of its own: a range got from another moves with edits, but is not the same range.
    case "Whole":
    case "Content":
      return { start: { ...span.start }, end: { ...span.end } };
    case "Start":
      return { start: { ...span.start }, end: { ...span.start } };
    case "End":
      return { start: { ...span.end }, end: { ...span.end } };
    // Just outside a range or a control (a paragraph's "After" is past its mark: not modelled).
    case "After":
    case "Before":
      if (className === "Paragraph" || className === "Body") break;
      return loc === "After"
        ? { start: { ...span.end }, end: { ...span.end } }
        : { start: { ...span.start }, end: { ...span.start } };
    default:
      break;
  }
  throw new Error(`Fake Word host: ${className}.getRange("${loc}") is not implemented`);
}

/** Inserts text at a span location; returns the span of the inserted text. */
function insertTextIn(model: FakeDocumentModel, span: Span, raw: string, loc: string, cls: string): Span {
  const text = toModelText(raw, `${cls}.insertText`);
  let at: Pos;
  if (loc === "Replace") {
    // As in Word, the new text takes the formatting of the first character it replaces, also when the
    // replaced runs disappear whole (the run after them, or a new plain run, would lose bold and size).
    const { start, end } = span;
    const firstEnd = start.para === end.para ? end.offset : textOf(start.para).length;
    const first = runsIn(start.para, start.offset, firstEnd)[0];
    const props = first ? cloneData(first.props) : undefined;
    deleteSpan(model, span);
    at = { ...span.start };
    replaceText(at.para, at.offset, at.offset, text);
    if (props) for (const r of runsIn(at.para, at.offset, at.offset + text.length)) r.props = cloneData(props);
    // The replaced range now holds the new text, as in Word.
    span.end.offset = at.offset + text.length;
  } else if (loc === "Start" || loc === "Before") {
    at = span.start;
    insertTextAt(at.para, at.offset, text);
  } else if (loc === "End" || loc === "After") {
    at = span.end;
    insertTextAt(at.para, at.offset, text);
  } else throw new Error(`Fake Word host: ${cls}.insertText at "${loc}" is not implemented`);
  return { start: { para: at.para, offset: at.offset }, end: { para: at.para, offset: at.offset + text.length } };
}

/** Inserts parsed blocks at a position inside a paragraph, Word style: the first and last inserted
 * paragraphs merge with the text before and after the position. */
function insertBlocksAt(model: FakeDocumentModel, pos: Pos, blocks: BlockNode[]): Span {
  if (blocks.length === 0) return { start: pos, end: pos };
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const head = pos.para;
  const startOffset = pos.offset;
  const tail = splitParagraph(model, head, pos.offset);
  const where = locate(model.blocks, head);
  if (!where) throw new Error("Fake Word host: paragraph is no longer in the document");
  const headEmpty = textOf(head) === "";
  const middle = blocks.slice();
  let endPos: Pos;
  if (first.kind === "paragraph") {
    if (headEmpty) head.props = cloneData(first.props);
    head.inlines.push(...first.inlines);
    middle.shift();
  }
  if (middle.length > 0 && last.kind === "paragraph" && middle[middle.length - 1] === last) {
    middle.pop();
    const lastLen = textOf(last);
    shiftLivePositions(tail, -1, lastLen.length);
    tail.inlines = [...last.inlines, ...tail.inlines];
    // The inserted paragraph's properties, on the mark that may still end a section.
    tail.props = withSectionBreak(cloneData(last.props), sectionBreakOf(tail.props));
    endPos = { para: tail, offset: lastLen.length };
  } else if (middle.length === 0 && first.kind === "paragraph") {
    // One paragraph: it all lands in head; join the tail back.
    endPos = { para: head, offset: textOf(head).length };
    joinLive(tail, head, endPos.offset);
    head.inlines.push(...tail.inlines);
    head.props = withSectionBreak(head.props, sectionBreakOf(tail.props));
    const tw = locate(model.blocks, tail);
    if (tw) tw.list.splice(tw.index, 1);
    return { start: { para: head, offset: startOffset }, end: endPos };
  } else {
    endPos = { para: tail, offset: 0 };
  }
  where.list.splice(where.index + 1, 0, ...middle);
  const startPara = first.kind === "paragraph" ? head : (model.paragraphs()[model.indexOf(head) + 1] ?? tail);
  return { start: { para: startPara, offset: first.kind === "paragraph" ? startOffset : 0 }, end: endPos };
}

function parseOoxml(ooxml: string): BlockNode[] {
  return parseBlocks(bodyFromOoxml(ooxml));
}

/** insertOoxml on a range or a paragraph: "Replace" deletes the span's text first; returns the inserted span. */
function insertOoxmlIn(model: FakeDocumentModel, span: Span, ooxml: string, location: string, cls: string): Span {
  let pos: Pos;
  const allowed = cls === "Paragraph" ? ["Replace", "Start", "End"] : ["Replace", "Start", "End", "Before", "After"];
  if (!allowed.includes(location)) {
    throw new Error(`Fake Word host: ${cls}.insertOoxml at "${location}" is not implemented`);
  }
  if (location === "Replace") {
    deleteSpan(model, span);
    pos = span.start;
  } else if (location === "Start" || location === "Before") pos = span.start;
  else pos = span.end;
  return insertBlocksAt(model, pos, parseOoxml(ooxml));
}

/** Paragraphs a span touches, as Word's Range.paragraphs: a non-empty span that ends at the very start
 * of a paragraph ends after the previous paragraph's mark, so that paragraph is not part of it. */
function paragraphsOfSpan(model: FakeDocumentModel, span: Span): ParagraphNode[] {
  const paras = model.paragraphs();
  const a = paras.indexOf(span.start.para);
  let b = paras.indexOf(span.end.para);
  if (a < 0 || b < 0) throw new Error("Fake Word host: range is no longer in the document");
  if (b > a && span.end.offset === 0 && !span.throughMark) b--;
  return paras.slice(a, b + 1);
}

/** The inline content control that holds a span, if any (a caret at either edge is outside, as in Word). */
function controlHolding(span: Span): ControlNode | undefined {
  if (span.start.para !== span.end.para) return undefined;
  let pos = 0;
  for (const inline of span.start.para.inlines) {
    const len = inline.kind === "run" ? inline.text.length : inline.runs.reduce((n, r) => n + r.text.length, 0);
    if (inline.kind === "control") {
      const a = span.start.offset;
      const b = span.end.offset;
      const inside = a === b ? pos < a && a < pos + len : pos <= a && b <= pos + len;
      if (inside) return inline;
    }
    pos += len;
  }
  return undefined;
}

function itemNotFound(what: string): Error {
  const e = new Error(`The requested resource doesn't exist (${what}).`);
  (e as Error & { code: string }).code = "ItemNotFound";
  return e;
}

export class FakeRange
  extends FakeObject
  implements
    Mirror<
      Word.Range,
      | "text"
      | "isEmpty"
      | "parentContentControlOrNullObject"
      | "paragraphs"
      | "font"
      | "select"
      | "insertText"
      | "insertOoxml"
      | "insertContentControl"
      | "search"
      | "getRange"
      | "expandTo"
      | "compareLocationWith"
    >
{
  _span: Span | undefined;
  constructor(
    ctx: FakeRequestContext,
    private readonly _resolve: Resolver<Span>,
  ) {
    super(ctx, "Range");
    // Resolve in queue order, so the range is where it was when the call was made.
    ctx._enqueue(() => {
      this._span = ctx._track(this._resolve());
    });
  }
  static _of(ctx: FakeRequestContext, resolve: Resolver<Span>): FakeRange {
    return guard(new FakeRange(ctx, resolve), "Range");
  }
  _target(): Span {
    if (!this._span) throw new Error("Fake Word host: range used before it was resolved");
    return this._span;
  }
  protected override _read(prop: string): unknown {
    const span = this._target();
    switch (prop) {
      case "text":
        return spanText(this._ctx._model, span);
      case "isEmpty":
        return span.start.para === span.end.para && span.start.offset === span.end.offset;
      default:
        throw new Error(`Fake Word host: Range.${prop} is not implemented`);
    }
  }
  protected override _nav(prop: string): FakeObject | undefined {
    return prop === "font" ? this.font : undefined;
  }
  get text(): string {
    return this._get("text");
  }
  get isEmpty(): boolean {
    return this._get("isEmpty");
  }
  /** The content control holding the whole range (a caret strictly inside it), or a null object. */
  get parentContentControlOrNullObject(): FakeContentControl {
    const cc = guard(new FakeContentControl(this._ctx, () => controlHolding(this._target())), "ContentControl");
    Object.defineProperty(this, "parentContentControlOrNullObject", { value: cc });
    return cc;
  }
  get paragraphs(): FakeParagraphCollection {
    return guard(
      new FakeParagraphCollection(this._ctx, () => paragraphsOfSpan(this._ctx._model, this._target())),
      "ParagraphCollection",
    );
  }
  get font(): FakeFont {
    const font = guard(
      new FakeFont(this._ctx, () => {
        const s = this._target();
        if (s.start.para !== s.end.para)
          throw new Error("Fake Word host: Range.font across paragraphs is not implemented");
        return runsIn(s.start.para, s.start.offset, s.end.offset);
      }),
      "Font",
    );
    Object.defineProperty(this, "font", { value: font });
    return font;
  }
  select(selectionMode?: string): void {
    if (selectionMode !== undefined && selectionMode !== "Select") {
      throw new Error(`Fake Word host: Range.select("${selectionMode}") is not implemented`);
    }
    this._ctx._enqueue(() => {
      this._ctx._model.selectionSpan = this._target();
    });
  }
  insertText(text: string, location: string): FakeRange {
    let result: Span | undefined;
    this._ctx._change(() => {
      result = insertTextIn(this._ctx._model, this._target(), text, location, "Range");
    });
    return FakeRange._of(this._ctx, () => result ?? this._target());
  }
  insertOoxml(ooxml: string, location: string): FakeRange {
    let result: Span | undefined;
    this._ctx._change(() => {
      result = insertOoxmlIn(this._ctx._model, this._target(), ooxml, location, "Range");
    });
    return FakeRange._of(this._ctx, () => result ?? this._target());
  }
  insertContentControl(): FakeContentControl {
    let control: ControlNode | undefined;
    this._ctx._change(() => {
      const s = this._target();
      if (s.start.para !== s.end.para) {
        throw new Error("Fake Word host: a content control across paragraphs is not implemented");
      }
      const p = s.start.para;
      const a = topLevelBoundary(p, s.start.offset);
      const b = topLevelBoundary(p, s.end.offset);
      const inner = p.inlines.slice(a, b);
      if (inner.some((i) => i.kind === "control")) {
        throw new Error("Fake Word host: nested content controls are not implemented");
      }
      control = { kind: "control", id: newControlId(), runs: inner as RunNode[] };
      p.inlines.splice(a, b - a, control);
    });
    return FakeContentControl._of(this._ctx, () => {
      if (!control) throw new Error("Fake Word host: content control was not created");
      return control;
    });
  }
  search(text: string, options?: unknown): FakeRangeCollection {
    return FakeRangeCollection._of(this._ctx, () => searchSpan(this._ctx._model, this._target(), text, options));
  }
  getRange(location?: string): FakeRange {
    return FakeRange._of(this._ctx, () => locationSpan(this._target(), location ?? "Whole", "Range"));
  }
  expandTo(other: Word.Range): FakeRange {
    const range = fakeRangeOf(other);
    return FakeRange._of(this._ctx, () => {
      const model = this._ctx._model;
      const a = this._target();
      const b = range._target();
      const ends = comparePos(model, a.end, b.end);
      return {
        start: comparePos(model, a.start, b.start) <= 0 ? a.start : b.start,
        end: ends >= 0 ? a.end : b.end,
        throughMark: ends > 0 ? a.throughMark : ends < 0 ? b.throughMark : a.throughMark || b.throughMark,
      };
    });
  }
  compareLocationWith(other: Word.Range): FakeClientResult<string> {
    const range = fakeRangeOf(other);
    const result = new FakeClientResult<string>();
    this._ctx._enqueue(() => {
      const model = this._ctx._model;
      const a = this._target();
      const b = range._target();
      const s = comparePos(model, a.start, b.start);
      const e = comparePos(model, a.end, b.end);
      let rel: string;
      if (s === 0 && e === 0) rel = "Equal";
      else if (comparePos(model, a.end, b.start) <= 0)
        rel = comparePos(model, a.end, b.start) === 0 ? "AdjacentBefore" : "Before";
      else if (comparePos(model, a.start, b.end) >= 0)
        rel = comparePos(model, a.start, b.end) === 0 ? "AdjacentAfter" : "After";
      else if (s >= 0 && e <= 0) rel = s === 0 ? "InsideStart" : e === 0 ? "InsideEnd" : "Inside";
      else if (s <= 0 && e >= 0) rel = "Contains";
      else rel = "Overlaps";
      result._set(rel);
    });
    return guard(result, "ClientResult");
  }
}

/** A Word.Range argument is one of this host's ranges (an adapter never mixes hosts). */
function fakeRangeOf(range: Word.Range): FakeRange {
  const r: unknown = range;
  if (!(r instanceof FakeRange)) throw new Error("Fake Word host: a range from another host");
  return r;
}

export class FakeRangeCollection extends FakeObject implements Mirror<Word.RangeCollection, "items"> {
  private _spans: Span[] | undefined;
  private _items: FakeRange[] | undefined;
  constructor(ctx: FakeRequestContext, resolve: Resolver<Span[]>) {
    super(ctx, "RangeCollection");
    ctx._enqueue(() => {
      this._spans = resolve();
    });
  }
  static _of(ctx: FakeRequestContext, resolve: Resolver<Span[]>): FakeRangeCollection {
    return guard(new FakeRangeCollection(ctx, resolve), "RangeCollection");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: RangeCollection.${prop} is not implemented`);
  }
  override _snapshot(props: readonly string[]): void {
    const spans = this._spans ?? [];
    this._items = spans.map((span) => {
      const r = guard(new FakeRange(this._ctx, () => span), "Range");
      r._span = this._ctx._track(span);
      return r;
    });
    // The constructor queued a resolve for each item; they are already resolved here.
    this._ctx._queue.splice(this._ctx._queue.length - spans.length, spans.length);
    const itemProps = props.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    for (const item of this._items) item._snapshot(itemProps);
  }
  get items(): FakeRange[] {
    if (!this._items) throw new PropertyNotLoadedError("RangeCollection", "items");
    return this._items;
  }
}

// ---- paragraphs ----

export class FakeListItem extends FakeObject implements Mirror<Word.ListItem, "isNullObject" | "level" | "listString"> {
  private _isNull: boolean | undefined;
  constructor(
    ctx: FakeRequestContext,
    private readonly _para: () => ParagraphNode,
  ) {
    super(ctx, "ListItem");
    // As in Word, whether an *OrNullObject is null is known after the next sync, without a load.
    ctx._enqueue(() => {
      this._isNull = !this._para().props.numbering;
    });
  }
  protected override _read(prop: string): unknown {
    const p = this._para();
    const n = p.props.numbering;
    switch (prop) {
      case "isNullObject":
        return !n;
      case "level":
        return n?.level ?? 0;
      case "listString": {
        if (!n) return "";
        const known = this._ctx._model.listMarkers.get(p);
        if (known !== undefined) return known;
        // Lists inserted without numbering definitions: count same-list, same-level items before this one.
        const paras = this._ctx._model.paragraphs();
        const upto = paras.indexOf(p);
        let count = 0;
        for (let i = 0; i <= upto; i++) {
          const m = paras[i].props.numbering;
          if (m && m.numId === n.numId && m.level === n.level) count++;
        }
        return `${count}.`;
      }
      default:
        throw new Error(`Fake Word host: ListItem.${prop} is not implemented`);
    }
  }
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw new PropertyNotLoadedError("ListItem", "isNullObject");
    return this._isNull;
  }
  get level(): number {
    return this._get("level");
  }
  get listString(): string {
    return this._get("listString");
  }
}

export class FakeParagraph
  extends FakeObject
  implements
    Mirror<
      Word.Paragraph,
      | "text"
      | "style"
      | "alignment"
      | "firstLineIndent"
      | "leftIndent"
      | "spaceBefore"
      | "spaceAfter"
      | "lineSpacing"
      | "tableNestingLevel"
      | "isListItem"
      | "font"
      | "listItemOrNullObject"
      | "getRange"
      | "search"
      | "select"
      | "insertText"
      | "insertOoxml"
      | "insertParagraph"
    >
{
  /** Table depth computed once for a whole collection load (keeps big loads linear). */
  _depthHint: number | undefined;
  private _resolvedNode: ParagraphNode | undefined;
  /** A paragraph node, or a resolver run in queue order (getFirst/getLast of a collection). */
  constructor(ctx: FakeRequestContext, node: ParagraphNode | Resolver<ParagraphNode>) {
    super(ctx, "Paragraph");
    if (typeof node === "function") {
      ctx._enqueue(() => {
        this._resolvedNode = node();
      });
    } else this._resolvedNode = node;
  }
  static _of(ctx: FakeRequestContext, node: ParagraphNode | Resolver<ParagraphNode>): FakeParagraph {
    return guard(new FakeParagraph(ctx, node), "Paragraph");
  }
  get _node(): ParagraphNode {
    if (!this._resolvedNode) throw new Error("Fake Word host: paragraph used before it was resolved");
    return this._resolvedNode;
  }
  protected override _read(prop: string): unknown {
    const p = this._node;
    const model = this._ctx._model;
    switch (prop) {
      case "text":
        return textOf(p).replace(/\n/g, "\v");
      case "style": {
        const id = p.props.styleId ?? "Normal";
        return model.styleNames.get(id) ?? id;
      }
      case "alignment":
        return ALIGN_OUT[p.props.alignment ?? "left"];
      case "firstLineIndent":
        return p.props.firstLineIndent ?? 0;
      case "leftIndent":
        return p.props.leftIndent ?? 0;
      case "spaceBefore":
        return p.props.spaceBefore ?? 0;
      case "spaceAfter":
        return p.props.spaceAfter ?? 0;
      case "lineSpacing": {
        // Word reports line spacing in points, where 12 is single spacing.
        const l = p.props.lineSpacing;
        return !l ? 12 : l.rule === "multiple" ? l.value * 12 : l.value;
      }
      case "tableNestingLevel":
        return this._depthHint ?? locate(model.blocks, p)?.depth ?? 0;
      case "isListItem":
        return p.props.numbering !== undefined;
      default:
        throw new Error(`Fake Word host: Paragraph.${prop} is not implemented`);
    }
  }
  protected override _nav(prop: string): FakeObject | undefined {
    if (prop === "font") return this.font;
    if (prop === "listItemOrNullObject") return this.listItemOrNullObject;
    return undefined;
  }
  private _setProp(apply: (p: ParagraphNode) => void): void {
    this._ctx._change(() => apply(this._node));
  }
  get text(): string {
    return this._get("text");
  }
  get style(): string {
    return this._get("style");
  }
  get alignment(): string {
    return this._get("alignment");
  }
  set alignment(v: string) {
    const a = ALIGN_IN[v];
    if (!a) throw new Error(`Fake Word host: Paragraph.alignment = "${v}" is not implemented`);
    this._setProp((p) => (p.props.alignment = a));
  }
  get firstLineIndent(): number {
    return this._get("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this._setProp((p) => (p.props.firstLineIndent = v));
  }
  get leftIndent(): number {
    return this._get("leftIndent");
  }
  get spaceBefore(): number {
    return this._get("spaceBefore");
  }
  get spaceAfter(): number {
    return this._get("spaceAfter");
  }
  set spaceAfter(v: number) {
    this._setProp((p) => (p.props.spaceAfter = v));
  }
  get lineSpacing(): number {
    return this._get("lineSpacing");
  }
  get tableNestingLevel(): number {
    return this._get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this._get("isListItem");
  }
  get font(): FakeFont {
    const font = guard(new FakeFont(this._ctx, () => runsIn(this._node, 0, textOf(this._node).length)), "Font");
    Object.defineProperty(this, "font", { value: font });
    return font;
  }
  get listItemOrNullObject(): FakeListItem {
    const item = guard(new FakeListItem(this._ctx, () => this._node), "ListItem");
    Object.defineProperty(this, "listItemOrNullObject", { value: item });
    return item;
  }
  getRange(location?: string): FakeRange {
    return FakeRange._of(this._ctx, () => {
      const loc = location ?? "Whole";
      const span = locationSpan(paragraphSpan(this._node), loc, "Paragraph");
      // A paragraph's whole range holds its mark; its content range stops before it.
      return loc === "Whole" ? { ...span, throughMark: true } : span;
    });
  }
  search(text: string, options?: unknown): FakeRangeCollection {
    return FakeRangeCollection._of(this._ctx, () =>
      searchSpan(this._ctx._model, paragraphSpan(this._node), text, options),
    );
  }
  select(selectionMode?: string): void {
    if (selectionMode !== undefined && selectionMode !== "Select") {
      throw new Error(`Fake Word host: Paragraph.select("${selectionMode}") is not implemented`);
    }
    this._ctx._enqueue(() => {
      this._ctx._model.selectionSpan = paragraphSpan(this._node);
    });
  }
  insertText(text: string, location: string): FakeRange {
    let result: Span | undefined;
    this._ctx._change(() => {
      result = insertTextIn(this._ctx._model, paragraphSpan(this._node), text, location, "Paragraph");
    });
    return FakeRange._of(this._ctx, () => result ?? paragraphSpan(this._node));
  }
  insertOoxml(ooxml: string, location: string): FakeRange {
    let result: Span | undefined;
    this._ctx._change(() => {
      result = insertOoxmlIn(this._ctx._model, paragraphSpan(this._node), ooxml, location, "Paragraph");
    });
    return FakeRange._of(this._ctx, () => result ?? paragraphSpan(this._node));
  }
  insertParagraph(text: string, location: string): FakeParagraph {
    const node: ParagraphNode = { kind: "paragraph", props: {}, inlines: [] };
    const t = toModelText(text, "Paragraph.insertParagraph");
    if (t !== "") node.inlines.push({ kind: "run", text: t, props: {} });
    this._ctx._change(() => {
      // A new paragraph has its own mark: the paragraph's formatting, never its section break.
      node.props = withoutSectionBreak(this._node.props);
      const where = locate(this._ctx._model.blocks, this._node);
      if (!where) throw new Error("Fake Word host: paragraph is no longer in the document");
      if (location === "Before") where.list.splice(where.index, 0, node);
      else if (location === "After") where.list.splice(where.index + 1, 0, node);
      else throw new Error(`Fake Word host: Paragraph.insertParagraph at "${location}" is not implemented`);
    });
    return FakeParagraph._of(this._ctx, node);
  }
}

function tableDepths(blocks: readonly BlockNode[]): Map<ParagraphNode, number> {
  const out = new Map<ParagraphNode, number>();
  const visit = (list: readonly BlockNode[], depth: number): void => {
    for (const b of list) {
      if (b.kind === "paragraph") out.set(b, depth);
      else for (const r of b.rows) for (const c of r.cells) visit(c.blocks, depth + 1);
    }
  };
  visit(blocks, 0);
  return out;
}

export class FakeParagraphCollection
  extends FakeObject
  implements Mirror<Word.ParagraphCollection, "items" | "getFirst" | "getLast">
{
  private _items: FakeParagraph[] | undefined;
  constructor(
    ctx: FakeRequestContext,
    private readonly _resolve: Resolver<ParagraphNode[]>,
  ) {
    super(ctx, "ParagraphCollection");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: ParagraphCollection.${prop} is not implemented`);
  }
  override _snapshot(props: readonly string[]): void {
    const depths = tableDepths(this._ctx._model.blocks);
    this._items = this._resolve().map((n) => {
      const item = FakeParagraph._of(this._ctx, n);
      item._depthHint = depths.get(n);
      return item;
    });
    const itemProps = props.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    for (const item of this._items) item._snapshot(itemProps);
  }
  get items(): FakeParagraph[] {
    if (!this._items) throw new PropertyNotLoadedError("ParagraphCollection", "items");
    return this._items;
  }
  /** The first paragraph, resolved in queue order; ItemNotFound at sync when there is none. */
  getFirst(): FakeParagraph {
    return FakeParagraph._of(this._ctx, () => this._resolve()[0] ?? throwError(itemNotFound("first paragraph")));
  }
  getLast(): FakeParagraph {
    return FakeParagraph._of(this._ctx, () => {
      const list = this._resolve();
      return list[list.length - 1] ?? throwError(itemNotFound("last paragraph"));
    });
  }
}

function throwError(e: Error): never {
  throw e;
}

// ---- content controls ----

export class FakeContentControl
  extends FakeObject
  implements Mirror<Word.ContentControl, "isNullObject" | "tag" | "title" | "text" | "id" | "insertText" | "getRange">
{
  _node: ControlNode | undefined;
  private _resolved = false;
  constructor(ctx: FakeRequestContext, resolve: Resolver<ControlNode | undefined>) {
    super(ctx, "ContentControl");
    ctx._enqueue(() => {
      this._node = resolve();
      this._resolved = true;
    });
  }
  /** Null only for an *OrNullObject that found no control; readable after the sync without a load, as in Word. */
  get isNullObject(): boolean {
    if (!this._resolved) throw new PropertyNotLoadedError("ContentControl", "isNullObject");
    return this._node === undefined;
  }
  static _of(ctx: FakeRequestContext, resolve: Resolver<ControlNode>): FakeContentControl {
    return guard(new FakeContentControl(ctx, resolve), "ContentControl");
  }
  static _resolved(ctx: FakeRequestContext, node: ControlNode): FakeContentControl {
    const cc = new FakeContentControl(ctx, () => node);
    ctx._queue.pop();
    cc._node = node;
    cc._resolved = true;
    return guard(cc, "ContentControl");
  }
  _target(): ControlNode {
    if (!this._node) {
      const e = new Error("Fake Word host: content control used before it was resolved, or a null object");
      (e as Error & { code: string }).code = this._resolved ? "InvalidObjectPath" : "PropertyNotLoaded";
      throw e;
    }
    return this._node;
  }
  override _snapshot(props: readonly string[]): void {
    // Loading a null object is allowed in Word; it simply has no values.
    if (this._resolved && !this._node) return;
    super._snapshot(props);
  }
  protected override _read(prop: string): unknown {
    // A null object loads without error; its properties hold nothing.
    if (this._node === null) return prop === "id" ? 0 : "";
    const c = this._target();
    switch (prop) {
      case "tag":
        return c.tag ?? "";
      case "title":
        return c.title ?? "";
      case "text":
        return c.runs
          .map((r) => r.text)
          .join("")
          .replace(/\n/g, "\v");
      case "id":
        return c.id;
      default:
        throw new Error(`Fake Word host: ContentControl.${prop} is not implemented`);
    }
  }
  get tag(): string {
    return this._get("tag");
  }
  set tag(v: string) {
    this._ctx._change(() => (this._target().tag = v));
  }
  get title(): string {
    return this._get("title");
  }
  set title(v: string) {
    this._ctx._change(() => (this._target().title = v));
  }
  get text(): string {
    return this._get("text");
  }
  get id(): number {
    return this._get("id");
  }
  insertText(text: string, location: string): FakeRange {
    const t = toModelText(text, "ContentControl.insertText");
    this._ctx._change(() => {
      const c = this._target();
      const props = { ...(c.runs[0]?.props ?? {}) };
      if (location === "Replace") c.runs = t === "" ? [] : [{ kind: "run", text: t, props }];
      else if (location === "Start") c.runs.unshift({ kind: "run", text: t, props });
      else if (location === "End") c.runs.push({ kind: "run", text: t, props });
      else throw new Error(`Fake Word host: ContentControl.insertText at "${location}" is not implemented`);
    });
    return this.getRange();
  }
  getRange(location?: string): FakeRange {
    return FakeRange._of(this._ctx, () => {
      const span = controlSpan(this._ctx._model, this._target());
      if (!span) throw new Error("Fake Word host: content control is no longer in the document");
      return locationSpan(span, location ?? "Whole", "ContentControl");
    });
  }
}

export class FakeContentControlCollection
  extends FakeObject
  implements Mirror<Word.ContentControlCollection, "items" | "getByTag">
{
  private _items: FakeContentControl[] | undefined;
  private _nodes: ControlNode[] | undefined;
  constructor(ctx: FakeRequestContext, resolve: Resolver<ControlNode[]>) {
    super(ctx, "ContentControlCollection");
    ctx._enqueue(() => {
      this._nodes = resolve();
    });
  }
  static _of(ctx: FakeRequestContext, resolve: Resolver<ControlNode[]>): FakeContentControlCollection {
    return guard(new FakeContentControlCollection(ctx, resolve), "ContentControlCollection");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: ContentControlCollection.${prop} is not implemented`);
  }
  override _snapshot(props: readonly string[]): void {
    this._items = (this._nodes ?? []).map((n) => FakeContentControl._resolved(this._ctx, n));
    const itemProps = props.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    for (const item of this._items) item._snapshot(itemProps);
  }
  get items(): FakeContentControl[] {
    if (!this._items) throw new PropertyNotLoadedError("ContentControlCollection", "items");
    return this._items;
  }
  getByTag(tag: string): FakeContentControlCollection {
    return FakeContentControlCollection._of(this._ctx, () => (this._nodes ?? []).filter((n) => n.tag === tag));
  }
}

// ---- body, document, sections ----

export class FakeBody
  extends FakeObject
  implements
    Mirror<
      Word.Body,
      | "text"
      | "paragraphs"
      | "contentControls"
      | "getRange"
      | "search"
      | "insertText"
      | "insertParagraph"
      | "insertOoxml"
    >
{
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Body");
  }
  protected override _read(prop: string): unknown {
    if (prop === "text") return spanText(this._ctx._model, bodySpan(this._ctx._model));
    throw new Error(`Fake Word host: Body.${prop} is not implemented`);
  }
  get text(): string {
    return this._get("text");
  }
  get paragraphs(): FakeParagraphCollection {
    return guard(new FakeParagraphCollection(this._ctx, () => this._ctx._model.paragraphs()), "ParagraphCollection");
  }
  get contentControls(): FakeContentControlCollection {
    return FakeContentControlCollection._of(this._ctx, () => allControls(this._ctx._model.paragraphs()));
  }
  getRange(location?: string): FakeRange {
    return FakeRange._of(this._ctx, () => locationSpan(bodySpan(this._ctx._model), location ?? "Whole", "Body"));
  }
  search(text: string, options?: unknown): FakeRangeCollection {
    return FakeRangeCollection._of(this._ctx, () =>
      searchSpan(this._ctx._model, bodySpan(this._ctx._model), text, options),
    );
  }
  insertText(text: string, location: string): FakeRange {
    if (location !== "Start" && location !== "End" && location !== "Replace") {
      throw new Error(`Fake Word host: Body.insertText at "${location}" is not implemented`);
    }
    let result: Span | undefined;
    this._ctx._change(() => {
      result = insertTextIn(this._ctx._model, bodySpan(this._ctx._model), text, location, "Body");
    });
    return FakeRange._of(this._ctx, () => result ?? bodySpan(this._ctx._model));
  }
  insertParagraph(text: string, location: string): FakeParagraph {
    const node: ParagraphNode = { kind: "paragraph", props: {}, inlines: [] };
    const t = toModelText(text, "Body.insertParagraph");
    if (t !== "") node.inlines.push({ kind: "run", text: t, props: {} });
    this._ctx._change(() => {
      const blocks = this._ctx._model.blocks;
      if (location === "Start") blocks.unshift(node);
      else if (location === "End") blocks.push(node);
      else throw new Error(`Fake Word host: Body.insertParagraph at "${location}" is not implemented`);
    });
    return FakeParagraph._of(this._ctx, node);
  }
  insertOoxml(ooxml: string, location: string): FakeRange {
    let result: Span | undefined;
    this._ctx._change(() => {
      const model = this._ctx._model;
      const blocks = parseOoxml(ooxml);
      if (location === "Replace") model.blocks = [];
      if (location === "Start") model.blocks.unshift(...blocks);
      else if (location === "End" || location === "Replace") model.blocks.push(...blocks);
      else throw new Error(`Fake Word host: Body.insertOoxml at "${location}" is not implemented`);
      if (model.blocks.length === 0 || model.blocks[model.blocks.length - 1].kind !== "paragraph") {
        model.blocks.push({ kind: "paragraph", props: {}, inlines: [] });
      }
      const inserted = blocks.length > 0 ? blocks : [];
      const paras = model.paragraphs().filter((p) => inserted.some((b) => b === p || containsPara(b, p)));
      const first = paras[0];
      const last = paras[paras.length - 1];
      if (first && last) {
        result = { start: { para: first, offset: 0 }, end: { para: last, offset: textOf(last).length } };
      }
    });
    return FakeRange._of(this._ctx, () => result ?? bodySpan(this._ctx._model));
  }
}

function containsPara(b: BlockNode, p: ParagraphNode): boolean {
  if (b.kind === "paragraph") return b === p;
  return b.rows.some((r) => r.cells.some((c) => c.blocks.some((x) => containsPara(x, p))));
}

/** The fake's sections: those of a loaded .docx, else one section with the model's page setup. */
function modelSections(model: FakeDocumentModel): SectionSetup[] {
  if (!model.sections?.length) return [{ ...model.pageSetup, section: 1, firstParagraph: 0 }];
  // Where each section starts now: after the paragraph whose mark carries the previous section's break, so an
  // edit that adds or removes paragraphs moves the sections as it does in Word.
  const ends: number[] = [];
  model.paragraphs().forEach((p, i) => {
    if (sectionBreakOf(p.props).length > 0) ends.push(i);
  });
  if (ends.length !== model.sections.length - 1) return model.sections;
  return model.sections.map((s, i) => ({ ...s, firstParagraph: i === 0 ? 0 : ends[i - 1] + 1 }));
}

export class FakePageSetup
  extends FakeObject
  implements
    Mirror<
      Word.PageSetup,
      "topMargin" | "bottomMargin" | "leftMargin" | "rightMargin" | "pageWidth" | "pageHeight" | "orientation"
    >
{
  constructor(
    ctx: FakeRequestContext,
    private readonly _index = 0,
  ) {
    super(ctx, "PageSetup");
  }
  protected override _read(prop: string): unknown {
    const s = modelSections(this._ctx._model)[this._index] ?? this._ctx._model.pageSetup;
    switch (prop) {
      case "topMargin":
        return mmToPt(s.marginTop);
      case "bottomMargin":
        return mmToPt(s.marginBottom);
      case "leftMargin":
        return mmToPt(s.marginLeft);
      case "rightMargin":
        return mmToPt(s.marginRight);
      case "pageWidth":
        return mmToPt(s.width);
      case "pageHeight":
        return mmToPt(s.height);
      case "orientation":
        return s.orientation === "landscape" ? "Landscape" : "Portrait";
      case "differentFirstPageHeaderFooter":
        // The model keeps whether page 1 goes without a number; a title page is how Word does that.
        return s.pageNumbers?.differentFirstPage ?? false;
      default:
        throw new Error(`Fake Word host: PageSetup.${prop} is not implemented`);
    }
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  get pageWidth(): number {
    return this._get("pageWidth");
  }
  get pageHeight(): number {
    return this._get("pageHeight");
  }
  get orientation(): string {
    return this._get("orientation");
  }
  get differentFirstPageHeaderFooter(): boolean {
    return this._get("differentFirstPageHeaderFooter");
  }
}

const JC_OF = { left: "left", centered: "center", right: "right", justified: "both" } as const;

/**
 * A section's header or footer. The fake does not read or edit header parts (a loaded document's go to the
 * download unchanged), only what the model says about page numbers: getOoxml answers a package whose body holds
 * a PAGE field where that section shows one.
 */
export class FakeHeaderFooterBody extends FakeObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly _index: number,
    private readonly _kind: "header" | "footer",
    private readonly _type: string,
  ) {
    super(ctx, "Body");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: Body.${prop} is not implemented`);
  }
  getOoxml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this._ctx._enqueue(() => {
      const s = modelSections(this._ctx._model)[this._index];
      const pn = s?.pageNumbers;
      const onThisPage =
        this._type === "Primary" || (this._type === "FirstPage" && pn !== undefined && !pn.differentFirstPage);
      let body = "<w:p/>";
      if (pn && pn.position === this._kind && onThisPage) {
        const jc = pn.alignment ? `<w:pPr><w:jc w:val="${JC_OF[pn.alignment]}"/></w:pPr>` : "";
        body = `<w:p>${jc}<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>`;
      }
      result._set(toFlatOpc(body));
    });
    return result;
  }
}

const HEADER_TYPES = new Set(["Primary", "FirstPage", "EvenPages"]);

export class FakeSectionBody extends FakeObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly _index: number,
  ) {
    super(ctx, "Body");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: Body.${prop} is not implemented`);
  }
  get paragraphs(): FakeParagraphCollection {
    return guard(
      new FakeParagraphCollection(this._ctx, () => {
        const model = this._ctx._model;
        const all = model.paragraphs();
        const sections = modelSections(model);
        const from = sections[this._index]?.firstParagraph ?? 0;
        const to = sections[this._index + 1]?.firstParagraph ?? all.length;
        return all.slice(from, to);
      }),
      "ParagraphCollection",
    );
  }
}

export class FakeSection extends FakeObject implements Mirror<Word.Section, "pageSetup"> {
  readonly pageSetup: FakePageSetup;
  readonly body: FakeSectionBody;
  constructor(
    ctx: FakeRequestContext,
    private readonly _index = 0,
  ) {
    super(ctx, "Section");
    this.pageSetup = guard(new FakePageSetup(ctx, _index), "PageSetup");
    this.body = guard(new FakeSectionBody(ctx, _index), "Body");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: Section.${prop} is not implemented`);
  }
  protected override _nav(prop: string): FakeObject | undefined {
    return prop === "pageSetup" ? this.pageSetup : prop === "body" ? this.body : undefined;
  }
  getHeader(type: string): FakeHeaderFooterBody {
    if (!HEADER_TYPES.has(type)) throw new Error(`Fake Word host: Section.getHeader("${type}") is not implemented`);
    return guard(new FakeHeaderFooterBody(this._ctx, this._index, "header", type), "Body");
  }
  getFooter(type: string): FakeHeaderFooterBody {
    if (!HEADER_TYPES.has(type)) throw new Error(`Fake Word host: Section.getFooter("${type}") is not implemented`);
    return guard(new FakeHeaderFooterBody(this._ctx, this._index, "footer", type), "Body");
  }
}

export class FakeSectionCollection extends FakeObject implements Mirror<Word.SectionCollection, "getFirst"> {
  private _items: FakeSection[] | undefined;
  constructor(ctx: FakeRequestContext) {
    super(ctx, "SectionCollection");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: SectionCollection.${prop} is not implemented`);
  }
  override _snapshot(props: readonly string[]): void {
    this._items = modelSections(this._ctx._model).map((_, i) => guard(new FakeSection(this._ctx, i), "Section"));
    const itemProps = props.map((p) => (p.startsWith("items/") ? p.slice(6) : p)).filter((p) => p !== "items");
    for (const item of this._items) item._snapshot(itemProps);
  }
  get items(): FakeSection[] {
    if (!this._items) throw new PropertyNotLoadedError("SectionCollection", "items");
    return this._items;
  }
  getFirst(): FakeSection {
    return guard(new FakeSection(this._ctx, 0), "Section");
  }
}

export class FakeWordDocument
  extends FakeObject
  implements Mirror<Word.Document, "body" | "contentControls" | "sections" | "getSelection">
{
  readonly body: FakeBody;
  constructor(ctx: FakeRequestContext) {
    super(ctx, "Document");
    this.body = guard(new FakeBody(ctx), "Body");
  }
  protected override _read(prop: string): unknown {
    throw new Error(`Fake Word host: Document.${prop} is not implemented`);
  }
  get contentControls(): FakeContentControlCollection {
    return this.body.contentControls;
  }
  get sections(): FakeSectionCollection {
    return guard(new FakeSectionCollection(this._ctx), "SectionCollection");
  }
  getSelection(): FakeRange {
    return FakeRange._of(this._ctx, () => {
      const model = this._ctx._model;
      const sel = model.selectionSpan;
      // A range of its own at the selection, not the selection itself.
      if (sel && model.indexOf(sel.start.para) >= 0 && model.indexOf(sel.end.para) >= 0) {
        return { start: { ...sel.start }, end: { ...sel.end } };
      }
      const span = bodySpan(model);
      return { start: span.start, end: span.start };
    });
  }
}
