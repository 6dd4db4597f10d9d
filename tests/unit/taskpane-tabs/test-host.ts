/**
 * A counting in-memory adapter for the tab tests: every adapter call is one sync, as in the Office.js
 * adapter, so tests can assert "one insert = one context.sync()". Inserted OOXML is kept as text
 * paragraphs (w:t runs) so tests can read what went in.
 */
import { snapshotFromText, type DocumentSnapshot } from "../../../src/core/model/document";
import { applyTextEdits, type Edit, type TextEdit } from "../../../src/core/model/edits";
import type {
  ApplyResult,
  ContentControlInfo,
  InsertLocation,
  SelectionPosition,
  WordAdapter,
} from "../../../src/word/adapter";
import type { SettingsStore } from "../../../src/taskpane/tab-props";

export interface TestHost extends WordAdapter {
  paragraphs: string[];
  controls: { tag: string; title: string; text: string; paragraph: number }[];
  inserts: { ooxml: string; location: InsertLocation }[];
  syncCount: number;
  /** What readSelection reports (a caret or a selection inside one paragraph, outside tables); undefined (no
   * cursor known) unless a test sets it. */
  cursor?: { paragraph: number; start: number; end: number };
}

/** Paragraph texts of a WordprocessingML fragment (w:p → one line; w:t contents joined). */
export function paragraphsOf(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    out.push(
      text
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    );
  }
  return out;
}

export function createTestHost(lines: string[] = []): TestHost {
  const host: TestHost = {
    paragraphs: [...lines],
    controls: [],
    inserts: [],
    syncCount: 0,
    async readSnapshot(): Promise<DocumentSnapshot> {
      host.syncCount++;
      return snapshotFromText(host.paragraphs.join("\n"));
    },
    async insertOoxml(ooxml, location) {
      host.syncCount++;
      host.inserts.push({ ooxml, location });
      const paras = paragraphsOf(ooxml);
      if (typeof location === "object") {
        const at = location.where === "after" ? location.paragraph + 1 : location.paragraph;
        host.paragraphs.splice(at, location.where === "fill" ? 1 : 0, ...paras);
      } else if (location === "start") host.paragraphs.unshift(...paras);
      else if (location === "after-selection-paragraph" && host.cursor) {
        host.paragraphs.splice(host.cursor.paragraph + 1, 0, ...paras);
      } else host.paragraphs.push(...paras);
    },
    async insertContentControl(text, tag, title, location) {
      host.syncCount++;
      const paragraph = location === "start" ? 0 : host.paragraphs.length;
      if (location === "start") host.paragraphs.unshift(text);
      else host.paragraphs.push(text);
      host.controls.push({ tag, title, text, paragraph });
    },
    async findContentControls(prefix): Promise<ContentControlInfo[]> {
      host.syncCount++;
      return host.controls.filter((c) => c.tag.startsWith(prefix)).map((c) => ({ ...c }));
    },
    async updateContentControls(map) {
      host.syncCount++;
      let n = 0;
      for (const c of host.controls) {
        const t = map.get(c.tag);
        if (t === undefined) continue;
        host.paragraphs[c.paragraph] = t;
        c.text = t;
        n++;
      }
      return n;
    },
    async rewriteContentControls(prefix, rewrite) {
      host.syncCount++;
      let n = 0;
      for (const c of host.controls) {
        if (!c.tag.startsWith(prefix)) continue;
        const t = rewrite({ tag: c.tag, text: c.text });
        if (t === undefined) continue;
        host.paragraphs[c.paragraph] = t;
        c.text = t;
        n++;
      }
      if (n > 0) host.syncCount++;
      return n;
    },
    async select() {
      host.syncCount++;
    },
    async readSelection(): Promise<SelectionPosition | undefined> {
      host.syncCount++;
      const c = host.cursor;
      return c ? { ...c, endParagraph: c.paragraph, hasText: c.end > c.start, inTable: false } : undefined;
    },
    async applyEdits(edits: readonly Edit[]): Promise<ApplyResult> {
      host.syncCount++;
      const text = edits.filter((e): e is TextEdit => e.kind === "text");
      host.paragraphs = applyTextEdits(host.paragraphs, text);
      return { applied: text.length, skipped: 0 };
    },
    async readPageSetup() {
      host.syncCount++;
      return undefined;
    },
  };
  return host;
}

export function memorySettings(): SettingsStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}
