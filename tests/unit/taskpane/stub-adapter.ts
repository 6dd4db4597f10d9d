/** An in-memory WordAdapter over plain paragraphs, for component tests (the fake Word host is tested elsewhere). */
import { snapshotFromText, type DocumentSnapshot } from "../../../src/core/model/document";
import { applyTextEdits, type Edit, type TextEdit } from "../../../src/core/model/edits";
import type { ApplyResult, WordAdapter } from "../../../src/word/adapter";
import type { SettingsStore } from "../../../src/taskpane/tab-props";

export interface StubAdapter extends WordAdapter {
  paragraphs: string[];
  selection?: { paragraph: number; start?: number; end?: number };
  calls: string[];
}

export function createStubAdapter(lines: string[]): StubAdapter {
  const stub: StubAdapter = {
    paragraphs: [...lines],
    calls: [],
    syncCount: 0,
    async readSnapshot(): Promise<DocumentSnapshot> {
      stub.calls.push("readSnapshot");
      return snapshotFromText(stub.paragraphs.join("\n"));
    },
    async applyEdits(edits: readonly Edit[]): Promise<ApplyResult> {
      stub.calls.push(`applyEdits:${edits.length}`);
      const text = edits.filter((e): e is TextEdit => e.kind === "text");
      stub.paragraphs = applyTextEdits(stub.paragraphs, text);
      return { applied: text.length, skipped: 0 };
    },
    async select(paragraph, start, end) {
      stub.calls.push("select");
      stub.selection = { paragraph, start, end };
    },
    insertOoxml: async () => undefined,
    insertContentControl: async () => undefined,
    findContentControls: async () => [],
    updateContentControls: async () => 0,
    rewriteContentControls: async () => 0,
    readPageSetup: async () => undefined,
    readSelection: async () => undefined,
  };
  return stub;
}

export function memorySettings(): SettingsStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, get: (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}
