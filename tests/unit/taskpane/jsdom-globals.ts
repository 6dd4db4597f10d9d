import { configure } from "@testing-library/react";

/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; a no-op one is enough for tests. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof window !== "undefined" && !g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
export {};

// jest's jsdom environment hides Node's structuredClone (browsers have it); the fake host uses it for undo.
const gc = globalThis as unknown as { structuredClone?: <T>(v: T) => T };
if (!gc.structuredClone) {
  const v8 = require("v8") as typeof import("v8");
  gc.structuredClone = <T>(v: T): T => v8.deserialize(v8.serialize(v)) as T;
}

// Fluent renders slowly in jsdom, and much slower on a loaded machine: `waitFor` and `findBy…` wait as long as
// the test's own timeout allows instead of their default second, so a busy machine cannot fail a right answer.
configure({ asyncUtilTimeout: 100_000 });
