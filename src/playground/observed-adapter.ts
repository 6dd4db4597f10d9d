import type { WordAdapter } from "../word/adapter";

/**
 * Wraps an adapter so the playground hears about every call that may change the document or the
 * selection, and re-renders the document then (no polling).
 */
export function observeAdapter(inner: WordAdapter): { adapter: WordAdapter; subscribe: (l: () => void) => () => void } {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const after = <T>(p: Promise<T>): Promise<T> =>
    p.then(
      (v) => {
        notify();
        return v;
      },
      (err: unknown) => {
        notify();
        throw err;
      },
    );
  const adapter: WordAdapter = {
    readSnapshot: () => inner.readSnapshot(),
    insertOoxml: (ooxml, location) => after(inner.insertOoxml(ooxml, location)),
    insertContentControl: (text, tag, title, location) => after(inner.insertContentControl(text, tag, title, location)),
    findContentControls: (prefix) => inner.findContentControls(prefix),
    updateContentControls: (map) => after(inner.updateContentControls(map)),
    rewriteContentControls: (prefix, rewrite) => after(inner.rewriteContentControls(prefix, rewrite)),
    select: (paragraph, start, end) => after(inner.select(paragraph, start, end)),
    applyEdits: (edits) => after(inner.applyEdits(edits)),
    readPageSetup: () => inner.readPageSetup(),
    readSelection: () => inner.readSelection(),
    get syncCount() {
      return inner.syncCount;
    },
  };
  return {
    adapter,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
