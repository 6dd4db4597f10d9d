import { observeAdapter } from "../../../src/playground/observed-adapter";
import { createStubAdapter } from "./stub-adapter";

describe("the playground's observed adapter", () => {
  test("notifies after calls that change the document or the selection, not after reads", async () => {
    const stub = createStubAdapter(["1. Một", "1. Hai"]);
    const { adapter, subscribe } = observeAdapter(stub);
    const seen: string[] = [];
    const off = subscribe(() => seen.push(stub.paragraphs.join("|")));
    await adapter.readSnapshot();
    expect(seen).toEqual([]);
    await adapter.select(1, 0, 1);
    await adapter.applyEdits([{ kind: "text", paragraph: 1, start: 0, end: 1, expected: "1", replacement: "2" }]);
    // The listener runs after the change, so it sees the new text.
    expect(seen).toEqual(["1. Một|1. Hai", "1. Một|2. Hai"]);
    off();
    await adapter.select(0);
    expect(seen).toHaveLength(2);
  });

  test("still notifies when a call fails, and passes the error on", async () => {
    const stub = createStubAdapter(["a"]);
    stub.select = async () => {
      throw new Error("out of range");
    };
    const { adapter, subscribe } = observeAdapter(stub);
    let count = 0;
    subscribe(() => count++);
    await expect(adapter.select(5)).rejects.toThrow("out of range");
    expect(count).toBe(1);
  });
});
