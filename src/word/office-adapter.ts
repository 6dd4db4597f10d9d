/**
 * WordAdapter on Office.js, using WordApi 1.3 members only (newer sets only behind
 * isSetSupported). Every context.sync() goes through one counting function, and the number of
 * syncs of each operation is constant whatever the size of the document.
 */
import type {
  Alignment,
  DocumentSnapshot,
  FontInfo,
  PageNumbering,
  PageSetup,
  ParagraphSnapshot,
  SectionSetup,
} from "../core/model/document";
import { pageFieldInOoxml } from "../docx/read-sections";
import { ptToMm } from "../core/rules/units";
import { type Edit, type TextEdit, dropOverlapping, orderForApplication } from "../core/model/edits";
import type {
  ApplyResult,
  ContentControlInfo,
  InsertLocation,
  ParagraphPlace,
  SelectionPosition,
  WordAdapter,
} from "./adapter";

export interface OfficeEnv {
  Word: typeof Word;
  Office?: typeof Office;
}

/** Word's search string limit, counted on the escaped string Word receives. */
export const WORD_SEARCH_MAX = 255;
/** Length of the text before an insertion point that is searched to find it. */
const PIECE = 200;

const ALIGN_IN: Record<string, Alignment> = {
  Left: "left",
  Centered: "centered",
  Right: "right",
  Justified: "justified",
};
const ALIGN_OUT: Record<Alignment, Word.Alignment> = {
  left: "Left" as Word.Alignment,
  centered: "Centered" as Word.Alignment,
  right: "Right" as Word.Alignment,
  justified: "Justified" as Word.Alignment,
};

const PARAGRAPH_PROPS = [
  "text",
  "style",
  "alignment",
  "firstLineIndent",
  "leftIndent",
  "spaceBefore",
  "spaceAfter",
  "lineSpacing",
  "tableNestingLevel",
  "isListItem",
  "font/name",
  "font/size",
  "font/bold",
  "font/italic",
  "font/underline",
  "font/color",
];

/** Escapes text for Word's search: ^ is Word's code character; tab and line break have codes. */
export function escapeWordSearch(text: string): string {
  return text.replace(/\^/g, "^^").replace(/\t/g, "^t").replace(/\n/g, "^l");
}

/** True when the text, escaped, is within Word's search limit. */
export const fitsWordSearch = (text: string): boolean => escapeWordSearch(text).length <= WORD_SEARCH_MAX;

/**
 * The longest start (or end) of a text that Word can search for: escaping doubles ^, tab and line break, so
 * the piece is measured escaped, never by its own length.
 */
export function searchablePiece(text: string, from: "start" | "end"): string {
  let escaped = 0;
  let n = 0;
  while (n < text.length) {
    const ch = from === "start" ? text[n] : text[text.length - 1 - n];
    const cost = ch === "^" || ch === "\t" || ch === "\n" ? 2 : 1;
    if (escaped + cost > WORD_SEARCH_MAX) break;
    escaped += cost;
    n++;
  }
  return from === "start" ? text.slice(0, n) : text.slice(text.length - n);
}

/** Start offsets of the non-overlapping occurrences of needle, left to right (Word's order). */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Word reports a manual line break as \v; the snapshot uses \n. */
const fromWordText = (t: string): string => t.replace(/\v/g, "\n");

/**
 * The range, when it holds exactly the text searched for. Word's Find is looser than indexOf (a straight quote
 * also finds a curly one), so the k-th match may not be the k-th occurrence in the text: such a range is
 * refused, and the edit is skipped instead of landing on other text.
 */
const holding = (r: Word.Range | undefined, needle: string): Word.Range | undefined =>
  r && fromWordText(r.text) === needle ? r : undefined;
const toWordText = (t: string): string => t.replace(/\r\n|\r|\n/g, "\v");

/** Word's end-of-cell mark in range text. */
const CELL_MARK = String.fromCharCode(7);

/** An error Word reported for the request (OfficeExtension.Error has a code); not a missing load. */
const isWordError = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "PropertyNotLoaded";
};

function fontFrom(f: Word.Font): FontInfo {
  const font: FontInfo = {};
  if (typeof f.name === "string" && f.name !== "") font.name = f.name;
  if (typeof f.size === "number") font.size = f.size;
  if (typeof f.bold === "boolean") font.bold = f.bold;
  if (typeof f.italic === "boolean") font.italic = f.italic;
  const u = f.underline as string | null;
  if (typeof u === "string" && u !== "Mixed" && u !== "") font.underline = u !== "None";
  const c = f.color as string | null;
  if (typeof c === "string" && /^#[0-9a-fA-F]{6}$/.test(c)) font.color = c.slice(1).toUpperCase();
  return font;
}

function paragraphFrom(p: Word.Paragraph, index: number): ParagraphSnapshot {
  const snap: ParagraphSnapshot = {
    index,
    text: fromWordText(p.text),
    inTable: p.tableNestingLevel > 0,
    font: fontFrom(p.font),
  };
  if (p.style) snap.style = p.style;
  const align = ALIGN_IN[p.alignment as string];
  if (align) snap.alignment = align;
  snap.firstLineIndent = p.firstLineIndent;
  snap.leftIndent = p.leftIndent;
  snap.spaceBefore = p.spaceBefore;
  snap.spaceAfter = p.spaceAfter;
  // Line spacing comes in points where 12 is single; WordApi 1.3 does not tell the rule.
  if (typeof p.lineSpacing === "number" && p.lineSpacing > 0) {
    snap.lineSpacing = { rule: "multiple", value: Math.round((p.lineSpacing / 12) * 100) / 100 };
  }
  return snap;
}

export function createOfficeAdapter(env: OfficeEnv): WordAdapter {
  const { Word: W, Office: O } = env;
  let syncs = 0;
  const sync = async (context: Word.RequestContext): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const supports = (set: string, version: string): boolean => {
    try {
      return O?.context?.requirements?.isSetSupported(set, version) ?? false;
    } catch {
      return false;
    }
  };

  /**
   * Queues searches that find characters [start, end) of a paragraph, given its text: one search
   * for short ranges, one at each end for long ones. Returns a picker to call after the sync.
   */
  const queueFind = (p: Word.Paragraph, text: string, start: number, end: number): (() => Word.Range | undefined) => {
    const find = (s: number, e: number): (() => Word.Range | undefined) => {
      const needle = text.slice(s, e);
      // Word numbers matches left to right without overlap: take the one that starts at s.
      const idx = occurrences(text, needle).indexOf(s);
      const results = p.search(escapeWordSearch(needle), { matchCase: true });
      results.load("items/text");
      return () => (idx >= 0 ? holding(results.items[idx], needle) : undefined);
    };
    const whole = text.slice(start, end);
    if (fitsWordSearch(whole)) return find(start, end);
    const first = find(start, start + searchablePiece(whole, "start").length);
    const last = find(end - searchablePiece(whole, "end").length, end);
    return () => {
      const a = first();
      const b = last();
      return a && b ? a.expandTo(b) : undefined;
    };
  };

  const readSnapshot = async (): Promise<DocumentSnapshot> =>
    W.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(PARAGRAPH_PROPS.map((p) => `items/${p}`).join(","));
      await sync(context);
      const items = paragraphs.items;
      const snaps = items.map((p, i) => paragraphFrom(p, i));
      // List levels and markers: one more batched read, only when there are list paragraphs.
      const listed = items.map((p, i) => [p, i] as const).filter(([p]) => p.isListItem);
      if (listed.length > 0) {
        const lists = listed.map(([p, i]) => {
          const li = p.listItemOrNullObject;
          li.load("level,listString");
          return [li, i] as const;
        });
        await sync(context);
        for (const [li, i] of lists) {
          if (!li.isNullObject) snaps[i].list = { level: li.level, marker: li.listString || undefined };
        }
      }
      return { source: "word" as const, paragraphs: snaps, hasFormatting: true };
    });

  /**
   * Where the selection is, in one sync (WordApi 1.3: Document.getSelection, Range.paragraphs,
   * ParagraphCollection.getFirst/getLast, Body/Paragraph/Range.getRange, Range.expandTo, Range.text,
   * Range.isEmpty, Range.parentContentControlOrNullObject, Paragraph.tableNestingLevel).
   * The index counts the paragraphs from the start of the body through the whole selection paragraph:
   * a range that merely ends at the start of a paragraph (a caret at offset 0) does not hold it.
   */
  const readSelection = async (): Promise<SelectionPosition | undefined> => {
    try {
      return await W.run(async (context) => {
        const selection = context.document.getSelection();
        const cursorPara = selection.paragraphs.getFirst();
        const throughCursor = context.document.body.getRange("Start").expandTo(cursorPara.getRange("Whole"));
        const counted = throughCursor.paragraphs;
        counted.load("$none");
        const lastPara = context.document.getSelection().paragraphs.getLast();
        const throughEnd = context.document.body.getRange("Start").expandTo(lastPara.getRange("Whole"));
        const countedToEnd = throughEnd.paragraphs;
        countedToEnd.load("$none");
        const head = cursorPara.getRange("Start").expandTo(selection.getRange("Start"));
        head.load("text");
        const through = cursorPara.getRange("Start").expandTo(selection.getRange("End"));
        through.load("text");
        const control = context.document.getSelection().parentContentControlOrNullObject;
        control.load("tag");
        // The text of the cursor's paragraph: the first of the selection's paragraphs.
        // (A property of getSelection()'s result, not a variable holding it: the office-addins lint rules
        // only see syncs written as context.sync(), and our syncs go through the counting function.)
        const selected = context.document.getSelection().paragraphs;
        selected.load("items/text,items/tableNestingLevel");
        await sync(context);
        if (counted.items.length === 0 || selected.items.length === 0) return undefined;
        const length = selected.items[0].text.length;
        const start = Math.min(head.text.length, length);
        // A selection running into later paragraphs (or cells) ends, for this paragraph, at its mark.
        const marks = [through.text.indexOf("\r"), through.text.indexOf(CELL_MARK)].filter((i) => i >= 0);
        const cut = marks.length > 0 ? Math.min(...marks) : through.text.length;
        const end = Math.max(start, Math.min(cut, length));
        const paragraph = counted.items.length - 1;
        const endParagraph = Math.max(paragraph, countedToEnd.items.length - 1);
        const position: SelectionPosition = {
          paragraph,
          start,
          end,
          endParagraph,
          // The selection holds text when it runs past its start (Range.isEmpty, without another read).
          hasText: through.text.length > head.text.length || endParagraph > paragraph,
          inTable: selected.items[0].tableNestingLevel > 0,
        };
        // isNullObject is readable after the sync without being loaded, as in Word.
        if (!control.isNullObject) position.controlTag = control.tag;
        return position;
      });
    } catch (err) {
      // A selection outside the body (header, footnote) cannot be measured from the body's start.
      if (isWordError(err)) return undefined;
      throw err;
    }
  };

  /**
   * The paragraph a place names, after one read of the paragraph list; new content goes into an empty
   * paragraph inserted before or after it, or into the paragraph itself when the place says "fill".
   */
  const placeTarget = async (context: Word.RequestContext, place: ParagraphPlace): Promise<Word.Paragraph> => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("$none");
    await sync(context);
    const p = paragraphs.items[place.paragraph];
    if (!p) throw new Error(`Paragraph ${place.paragraph + 1} does not exist`);
    if (place.where === "fill") return p;
    return p.insertParagraph("", place.where === "after" ? "After" : "Before");
  };

  const insertOoxml = async (ooxml: string, location: InsertLocation): Promise<void> =>
    W.run(async (context) => {
      if (typeof location === "object") {
        const inserted = (await placeTarget(context, location)).insertOoxml(ooxml, "Replace");
        // The caret follows what was inserted, so the next insertion goes after it.
        inserted.getRange("End").select();
      } else if (location === "selection") context.document.getSelection().insertOoxml(ooxml, "Replace");
      else if (location === "after-selection-paragraph") {
        // A new empty paragraph after the selection's paragraph takes the content, so no user text
        // is replaced and nothing merges into the paragraph the cursor is in.
        const para = context.document.getSelection().paragraphs.getFirst();
        para.insertParagraph("", "After").insertOoxml(ooxml, "Replace");
      } else context.document.body.insertOoxml(ooxml, location === "start" ? "Start" : "End");
      await sync(context);
    });

  /**
   * An inline control at the selection, in two syncs. The selected text is never replaced: the control goes
   * at the end of the selection, after any control the caret is inside (never nested in a citation), with a
   * space on each side where it would otherwise touch a word.
   */
  const insertInlineControlAtSelection = async (text: string, tag: string, title: string): Promise<void> =>
    W.run(async (context) => {
      const caret = context.document.getSelection().getRange("End");
      // Read off a fresh expression, not the caret variable: the office-addins lint rules take a navigation
      // property for a read that needs a sync.
      const parent = context.document.getSelection().getRange("End").parentContentControlOrNullObject;
      parent.load("text");
      const para = caret.paragraphs.getFirst();
      const before = para.getRange("Start").expandTo(caret);
      before.load("text");
      const after = caret.expandTo(para.getRange("End"));
      after.load("text");
      await sync(context);
      let head = fromWordText(before.text);
      const rest = fromWordText(after.text);
      let tail = rest.slice(
        0,
        Math.min(...[rest.indexOf("\r"), rest.indexOf(CELL_MARK), rest.length].filter((i) => i >= 0)),
      );
      let at: Word.Range = caret;
      if (!parent.isNullObject) {
        // After the control the caret is in: its text is split around the caret; find where it ends.
        const whole = head + tail;
        const inner = fromWordText(parent.text);
        const start = occurrences(whole, inner).find((i) => i <= head.length && head.length <= i + inner.length);
        if (start !== undefined) {
          head = whole.slice(0, start + inner.length);
          tail = whole.slice(start + inner.length);
        }
        at = parent.getRange("After");
      }
      if (/[^\s(“"'/]$/u.test(head)) at = at.insertText(" ", "After");
      const cited = at.insertText(toWordText(text), "After");
      const cc = cited.insertContentControl();
      cc.tag = tag;
      cc.title = title;
      if (/^[\p{L}\p{N}]/u.test(tail)) cc.getRange("Whole").insertText(" ", "After");
      await sync(context);
    });

  const insertContentControl = async (
    text: string,
    tag: string,
    title: string,
    location: InsertLocation,
  ): Promise<void> => {
    if (location === "selection") return insertInlineControlAtSelection(text, tag, title);
    return W.run(async (context) => {
      if (typeof location === "object") {
        const cc = (await placeTarget(context, location))
          .insertText(toWordText(text), "Replace")
          .insertContentControl();
        cc.tag = tag;
        cc.title = title;
        cc.getRange("End").select();
        await sync(context);
        return;
      }
      const range =
        location === "after-selection-paragraph"
          ? context.document
              .getSelection()
              .paragraphs.getFirst()
              .insertParagraph(toWordText(text), "After")
              .getRange("Content")
          : context.document.body
              .insertParagraph(toWordText(text), location === "start" ? "Start" : "End")
              .getRange("Content");
      const cc = range.insertContentControl();
      cc.tag = tag;
      cc.title = title;
      await sync(context);
    });
  };

  /**
   * The tagged controls in two syncs (one when none matches): their tags and texts, then where each starts. The
   * paragraph index is counted, not searched for by text: the paragraphs from the previous control's paragraph
   * through this control's first paragraph, loaded without properties, so the whole read loads each paragraph
   * about once and no paragraph text at all.
   */
  const findContentControls = async (tagPrefix: string): Promise<ContentControlInfo[]> =>
    W.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag,items/title,items/text");
      await sync(context);
      const found = controls.items.filter((c) => c.tag.startsWith(tagPrefix));
      if (found.length === 0) return [];
      // Controls come in document order: each span starts at the paragraph where the previous one counted to,
      // so consecutive spans share one paragraph.
      const starts = found.map((c) => c.getRange("Start").paragraphs.getFirst().getRange("Whole"));
      const spans = starts.map((start, k) => {
        const through = (k === 0 ? context.document.body.getRange("Start") : starts[k - 1]).expandTo(start);
        const counted = through.paragraphs;
        counted.load("$none");
        return counted;
      });
      await sync(context);
      let paragraph = -1;
      return found.map((c, k) => {
        paragraph += spans[k].items.length - (k === 0 ? 0 : 1);
        return { tag: c.tag, title: c.title || undefined, text: fromWordText(c.text), paragraph };
      });
    });

  const updateContentControls = async (textByTag: ReadonlyMap<string, string>): Promise<number> =>
    W.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag");
      await sync(context);
      let count = 0;
      for (const c of controls.items) {
        const text = textByTag.get(c.tag);
        if (text === undefined) continue;
        c.insertText(toWordText(text), "Replace");
        count++;
      }
      if (count > 0) await sync(context);
      return count;
    });

  const rewriteContentControls = async (
    tagPrefix: string,
    rewrite: (control: { tag: string; text: string }) => string | undefined,
  ): Promise<number> =>
    W.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag,items/text");
      await sync(context);
      let count = 0;
      for (const c of controls.items) {
        if (!c.tag.startsWith(tagPrefix)) continue;
        const text = fromWordText(c.text);
        const next = rewrite({ tag: c.tag, text });
        if (next === undefined) continue;
        count++;
        if (next !== text) c.insertText(toWordText(next), "Replace");
      }
      if (count > 0) await sync(context);
      return count;
    });

  const select = async (paragraph: number, start?: number, end?: number): Promise<void> =>
    W.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await sync(context);
      const p = paragraphs.items[paragraph];
      // Shown in the pane after its Vietnamese lead-in (“Không chọn được vị trí trong văn bản: …”).
      if (!p) throw new Error(`đoạn ${paragraph + 1} không còn trong văn bản`);
      const text = fromWordText(p.text);
      const s = Math.max(0, Math.min(start ?? 0, text.length));
      const e = Math.max(s, Math.min(end ?? text.length, text.length));
      if (start === undefined && end === undefined) {
        p.select();
      } else if (s === e) {
        // A caret: the end of the text before it, or the start of the paragraph.
        if (s === 0) p.getRange("Start").select();
        else {
          const pick = queueFind(p, text, Math.max(0, s - Math.min(s, PIECE)), s);
          await sync(context);
          (pick()?.getRange("End") ?? p.getRange("Start")).select();
        }
      } else {
        const pick = queueFind(p, text, s, e);
        await sync(context);
        const range = pick();
        if (!range)
          throw new Error(
            `không tìm thấy ký tự ${s + 1}–${e} của đoạn ${paragraph + 1}; văn bản đã thay đổi, hãy kiểm tra lại`,
          );
        range.select();
      }
      await sync(context);
    });

  const applyEdits = async (edits: readonly Edit[]): Promise<ApplyResult> =>
    W.run(async (context) => {
      const kept = orderForApplication(dropOverlapping(edits));
      let skipped = edits.length - kept.length;
      if (kept.length === 0) return { applied: 0, skipped };
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load("items/text");
      // Body-wide searches are queued with the paragraph read, so the ranges arrive in the same
      // sync; occurrence k of a string in paragraph i is then found by counting in the texts.
      const needles = new Map<string, Word.RangeCollection>();
      const search = (needle: string): Word.RangeCollection => {
        let r = needles.get(needle);
        if (!r) {
          r = body.search(escapeWordSearch(needle), { matchCase: true });
          r.load("items/text");
          needles.set(needle, r);
        }
        return r;
      };
      const pieces = (e: TextEdit): string[] => {
        if (e.expected === "") return [];
        if (fitsWordSearch(e.expected)) return [e.expected];
        return [searchablePiece(e.expected, "start"), searchablePiece(e.expected, "end")];
      };
      for (const e of kept) if (e.kind === "text") for (const piece of pieces(e)) search(piece);
      await sync(context);
      const texts = paragraphs.items.map((p) => fromWordText(p.text));
      // Body search runs through paragraphs in order and never across a paragraph mark.
      const prefixCount = new Map<string, number[]>();
      const countBefore = (needle: string, paragraph: number): number => {
        let counts = prefixCount.get(needle);
        if (!counts) {
          counts = [0];
          for (const t of texts) counts.push(counts[counts.length - 1] + occurrences(t, needle).length);
          prefixCount.set(needle, counts);
        }
        return counts[paragraph];
      };
      const rangeAt = (needle: string, paragraph: number, at: number): Word.Range | undefined => {
        const local = occurrences(texts[paragraph], needle).indexOf(at);
        if (local < 0) return undefined;
        return holding(needles.get(needle)?.items[countBefore(needle, paragraph) + local], needle);
      };
      // Plan every edit; changes are queued only after all lookups, so they land in one sync.
      // Slots keep end-of-document-first order, also for edits resolved by the extra lookup.
      const ops: ((() => void) | null)[] = [];
      const lookups: (() => boolean)[] = [];
      for (const e of kept) {
        const p = paragraphs.items[e.paragraph];
        const text = texts[e.paragraph];
        if (!p || text === undefined) {
          skipped++;
          continue;
        }
        if (e.kind === "format") {
          ops.push(() => {
            if (e.alignment) p.alignment = ALIGN_OUT[e.alignment];
            if (e.firstLineIndent !== undefined) p.firstLineIndent = e.firstLineIndent;
            if (e.spaceAfter !== undefined) p.spaceAfter = e.spaceAfter;
            if (e.font?.name !== undefined) p.font.name = e.font.name;
            if (e.font?.size !== undefined) p.font.size = e.font.size;
            if (e.font?.bold !== undefined) p.font.bold = e.font.bold;
            if (e.font?.italic !== undefined) p.font.italic = e.font.italic;
          });
          continue;
        }
        if (text.slice(e.start, e.end) !== e.expected) {
          skipped++;
          continue;
        }
        const replacement = toWordText(e.replacement);
        if (e.expected === "") {
          // Pure insertion: at an end of the paragraph, or after the text that precedes it,
          // which needs one more lookup (only when such an edit exists).
          if (e.start === 0) ops.push(() => p.insertText(replacement, "Start"));
          else if (e.start === text.length) ops.push(() => p.insertText(replacement, "End"));
          else {
            const pick = queueFind(p, text, Math.max(0, e.start - PIECE), e.start);
            const slot = ops.push(null) - 1;
            lookups.push(() => {
              const r = pick();
              if (r) ops[slot] = () => r.insertText(replacement, "End");
              return r !== undefined;
            });
          }
          continue;
        }
        const [first, last] = pieces(e);
        const a = rangeAt(first, e.paragraph, e.start);
        const b = last === undefined ? a : rangeAt(last, e.paragraph, e.end - last.length);
        if (!a || !b) {
          skipped++;
          continue;
        }
        ops.push(() => (last === undefined ? a : a.expandTo(b)).insertText(replacement, "Replace"));
      }
      if (lookups.length > 0) {
        await sync(context);
        for (const found of lookups) if (!found()) skipped++;
      }
      let applied = 0;
      for (const op of ops) {
        if (!op) continue;
        op();
        applied++;
      }
      if (applied > 0) await sync(context);
      return { applied, skipped };
    });

  const readPageSetup = async (): Promise<PageSetup | undefined> => {
    // Section.pageSetup is in WordApiDesktop 1.3; WordApi 1.3 has no page setup.
    if (!supports("WordApiDesktop", "1.3")) return undefined;
    return W.run(async (context) => {
      const ps = context.document.sections.getFirst().pageSetup;
      ps.load("topMargin,bottomMargin,leftMargin,rightMargin,pageWidth,pageHeight,orientation");
      await sync(context);
      const mm = (pt: number): number => Math.round(ptToMm(pt) * 100) / 100;
      return {
        width: mm(ps.pageWidth),
        height: mm(ps.pageHeight),
        marginTop: mm(ps.topMargin),
        marginBottom: mm(ps.bottomMargin),
        marginLeft: mm(ps.leftMargin),
        marginRight: mm(ps.rightMargin),
        orientation: (ps.orientation as string) === "Landscape" ? "landscape" : "portrait",
      };
    });
  };

  /**
   * Every section's page setup and page numbers. Sizes and margins need WordApiDesktop 1.3 (Section.pageSetup);
   * headers, footers and their OOXML are WordApi 1.1, and Word resolves a header linked to the previous section.
   */
  const readSections = async (): Promise<SectionSetup[] | undefined> => {
    if (!supports("WordApiDesktop", "1.3")) return undefined;
    return W.run(async (context) => {
      const sections = context.document.sections;
      sections.load("$none");
      await sync(context);
      const queued = sections.items.map((s) => {
        const ps = s.pageSetup;
        ps.load(
          "topMargin,bottomMargin,leftMargin,rightMargin,pageWidth,pageHeight,orientation,differentFirstPageHeaderFooter",
        );
        const paragraphs = s.body.paragraphs;
        paragraphs.load("$none");
        const ooxml = (kind: "header" | "footer", type: "Primary" | "FirstPage") =>
          (kind === "header" ? s.getHeader(type) : s.getFooter(type)).getOoxml();
        return {
          ps,
          paragraphs,
          header: ooxml("header", "Primary"),
          footer: ooxml("footer", "Primary"),
          firstHeader: ooxml("header", "FirstPage"),
          firstFooter: ooxml("footer", "FirstPage"),
        };
      });
      await sync(context);
      const mm = (pt: number): number => Math.round(ptToMm(pt) * 100) / 100;
      let firstParagraph = 0;
      return queued.map((q, i): SectionSetup => {
        const { ps } = q;
        const header = pageFieldInOoxml(q.header.value);
        const footer = header ? undefined : pageFieldInOoxml(q.footer.value);
        const titlePg = ps.differentFirstPageHeaderFooter;
        const firstShows = titlePg
          ? !!pageFieldInOoxml(q.firstHeader.value) || !!pageFieldInOoxml(q.firstFooter.value)
          : !!(header ?? footer);
        const found = header ?? footer;
        const pageNumbers: PageNumbering = {
          position: header ? "header" : footer ? "footer" : "none",
          differentFirstPage: found ? !firstShows : titlePg,
          ...(found?.alignment ? { alignment: found.alignment } : {}),
        };
        const setup: SectionSetup = {
          section: i + 1,
          firstParagraph,
          width: mm(ps.pageWidth),
          height: mm(ps.pageHeight),
          marginTop: mm(ps.topMargin),
          marginBottom: mm(ps.bottomMargin),
          marginLeft: mm(ps.leftMargin),
          marginRight: mm(ps.rightMargin),
          orientation: (ps.orientation as string) === "Landscape" ? "landscape" : "portrait",
          pageNumbers,
        };
        firstParagraph += q.paragraphs.items.length;
        return setup;
      });
    });
  };

  return {
    readSnapshot,
    readSections,
    insertOoxml,
    insertContentControl,
    findContentControls,
    updateContentControls,
    rewriteContentControls,
    readSelection,
    select,
    applyEdits,
    readPageSetup,
    get syncCount() {
      return syncs;
    },
  };
}
