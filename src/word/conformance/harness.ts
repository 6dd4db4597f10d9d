/**
 * What the conformance cases stand on: a case receives only the Office.js globals (real Word's, or the fake
 * host's), sets its document up through Word API calls, runs the adapter and reads the document back through
 * the Word API. Nothing here knows which host it runs on, so the same cases run in jest on the fake host and
 * inside Word from the test add-in (src/word/conformance/word-runner.ts).
 *
 * The readers drop empty paragraphs at the very end of the body (a host may keep one after inserted content);
 * no case depends on one.
 */
import { escapeXml } from "../../core/xml-escape";
import { toFlatOpc } from "../../docx/flat-opc";
import type { OfficeEnv } from "../office-adapter";

export interface ConformanceCase {
  name: string;
  run(env: OfficeEnv): Promise<void>;
}

export interface CaseResult {
  name: string;
  passed: boolean;
  /** Why it failed (the assertion's message, or the error Word raised). */
  message?: string;
}

/** Runs every case in order, each to the end or its first failure; never throws. */
export async function runCases(env: OfficeEnv, cases: readonly ConformanceCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    try {
      await c.run(env);
      results.push({ name: c.name, passed: true });
    } catch (err) {
      results.push({ name: c.name, passed: false, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return results;
}

// ---- assertions (no test framework: they run inside Word too) ----

/** JSON with object keys sorted and undefined members dropped, so equal values print equally. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (stable(actual) !== stable(expected)) {
    throw new Error(`${what}: expected ${stable(expected)}, got ${stable(actual)}`);
  }
}

/** Every member of `expected` equals the same member of `actual` (others are not compared). */
export function expectFields(actual: object | undefined, expected: Record<string, unknown>, what: string): void {
  const picked = Object.fromEntries(
    Object.keys(expected).map((k) => [k, (actual as Record<string, unknown> | undefined)?.[k]]),
  );
  expectEqual(picked, expected, what);
}

export function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

export async function expectRejects(promise: Promise<unknown>, fragment: string, what: string): Promise<void> {
  let message: string | undefined;
  try {
    await promise;
  } catch (err) {
    message = err instanceof Error ? err.message : String(err);
  }
  if (message === undefined) throw new Error(`${what}: did not fail`);
  if (!message.includes(fragment)) throw new Error(`${what}: failed with "${message}", wanted "${fragment}"`);
}

// ---- documents, built and read through the Word API ----

/** A paragraph of body XML: its text (tabs as w:tab), optional pPr and rPr children. */
export function para(text: string, pPr = "", rPr = ""): string {
  const runProps = rPr ? `<w:rPr>${rPr}</w:rPr>` : "";
  const runs = text
    .split(/(\t)/)
    .filter((s) => s !== "")
    .map((s) =>
      s === "\t"
        ? `<w:r>${runProps}<w:tab/></w:r>`
        : `<w:r>${runProps}<w:t xml:space="preserve">${escapeXml(s)}</w:t></w:r>`,
    )
    .join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
}

/** A table of one row whose cells hold the given paragraphs' XML. */
export function tableRow(...cells: string[]): string {
  return `<w:tbl><w:tr>${cells.map((c) => `<w:tc>${c}</w:tc>`).join("")}</w:tr></w:tbl>`;
}

/**
 * Replaces the whole document with body XML (Body.insertOoxml "Replace"). A host that keeps an empty paragraph
 * after the inserted content (its last paragraph mark) has it deleted, so "end" means the end of the content.
 */
export async function setBody(env: OfficeEnv, bodyXml: string): Promise<void> {
  const wanted = (bodyXml.match(/<w:p[ >]/g) ?? []).length;
  await env.Word.run(async (context) => {
    context.document.body.insertOoxml(toFlatOpc(bodyXml), "Replace");
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/tableNestingLevel");
    await context.sync();
    const items = paragraphs.items;
    const last = items[items.length - 1];
    const before = items[items.length - 2];
    if (items.length > wanted && last?.text === "" && before && before.tableNestingLevel === 0) {
      last.delete();
      await context.sync();
    }
  });
}

/** Replaces the whole document with plain paragraphs, one per line. */
export const setText = (env: OfficeEnv, text: string): Promise<void> =>
  setBody(
    env,
    text
      .split("\n")
      .map((line) => para(line))
      .join(""),
  );

const fromWord = (t: string): string => t.replace(/\v/g, "\n");

function withoutTrailingEmpty<T>(items: T[], text: (item: T) => string): T[] {
  let n = items.length;
  while (n > 1 && text(items[n - 1]) === "") n--;
  return items.slice(0, n);
}

/** The text of every paragraph, table cells included, as Word reports it (line breaks as "\n"). */
export async function bodyTexts(env: OfficeEnv): Promise<string[]> {
  return env.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    return withoutTrailingEmpty(
      paragraphs.items.map((p) => fromWord(p.text)),
      (t) => t,
    );
  });
}

export interface ParagraphFormat {
  text: string;
  alignment: string;
  firstLineIndent: number;
  spaceAfter: number;
  bold: boolean | null;
  italic: boolean | null;
  size: number | null;
}

/** Direct formatting of each paragraph as Word reports it (null: mixed). */
export async function bodyFormats(env: OfficeEnv): Promise<ParagraphFormat[]> {
  return env.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(
      "items/text,items/alignment,items/firstLineIndent,items/spaceAfter,items/font/bold,items/font/italic,items/font/size",
    );
    await context.sync();
    return paragraphs.items.map((p) => ({
      text: fromWord(p.text),
      alignment: p.alignment as string,
      firstLineIndent: p.firstLineIndent,
      spaceAfter: p.spaceAfter,
      bold: p.font.bold,
      italic: p.font.italic,
      size: p.font.size,
    }));
  });
}

export interface ControlRead {
  tag: string;
  title: string;
  text: string;
  /** Text of the paragraph the control starts in. */
  paragraphText: string;
}

/** The body's content controls in document order, each with the text of its paragraph. */
export async function bodyControls(env: OfficeEnv): Promise<ControlRead[]> {
  return env.Word.run(async (context) => {
    const controls = context.document.body.contentControls;
    controls.load("items/tag,items/title,items/text");
    await context.sync();
    const paragraphs = controls.items.map((c) => {
      const p = c.getRange("Start").paragraphs.getFirst();
      p.load("text");
      return p;
    });
    await context.sync();
    return controls.items.map((c, i) => ({
      tag: c.tag,
      title: c.title,
      text: fromWord(c.text),
      paragraphText: fromWord(paragraphs[i].text),
    }));
  });
}

export interface SelectionRead {
  /** The selected text ("" for a caret). */
  text: string;
  /** Text of the selection's first paragraph before the selection. */
  before: string;
  /** Text of the paragraph the selection starts in. */
  paragraphText: string;
}

/** Where the selection is, read through Document.getSelection. */
export async function selectionNow(env: OfficeEnv): Promise<SelectionRead> {
  return env.Word.run(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    const first = context.document.getSelection().paragraphs.getFirst();
    first.load("text");
    const before = first.getRange("Start").expandTo(context.document.getSelection().getRange("Start"));
    before.load("text");
    await context.sync();
    return { text: fromWord(selection.text), before: fromWord(before.text), paragraphText: fromWord(first.text) };
  });
}

/** Syncs one call of the adapter makes. */
export async function syncsOf(adapter: { readonly syncCount: number }, call: () => Promise<unknown>): Promise<number> {
  const before = adapter.syncCount;
  await call();
  return adapter.syncCount - before;
}
