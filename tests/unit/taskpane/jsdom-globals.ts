/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; a no-op one is enough for tests. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof window !== "undefined" && !g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
export {};
