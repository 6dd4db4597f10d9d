/**
 * @jest-environment jsdom
 */
/** The Mẫu & đề mục tab renumbering a seed document. */
import "../unit/taskpane/jsdom-globals";
import { createTestHost } from "../unit/taskpane-tabs/test-host";
import { click, mount, status } from "../unit/taskpane-tabs/templates-tab-harness";
import { describeCorpus, seedLines, seedPath } from "./seeds";

// Fluent in jsdom takes seconds per test alone, and many times that on a loaded machine.
jest.setTimeout(120_000);

describeCorpus("the Mẫu & đề mục tab on a seed", () => {
  test("renumbering seed 000 is one applyEdits batch: section I runs 1..7, and nothing but numbers changes", async () => {
    const original = seedLines(seedPath("000"));
    const host = createTestHost(original);
    const applied: number[] = [];
    const inner = host.applyEdits.bind(host);
    host.applyEdits = async (edits) => {
      applied.push(edits.length);
      return inner(edits);
    };
    mount(host);
    await click("Đánh số lại toàn bộ");
    expect(applied).toHaveLength(1);
    expect(status()).toBe(`Đã sửa ${applied[0]} số thứ tự.`);
    expect(applied[0]).toBeGreaterThanOrEqual(2);

    const start = host.paragraphs.findIndex((p) => p.startsWith("I. "));
    const end = host.paragraphs.findIndex((p) => p.startsWith("II. "));
    const underI = host.paragraphs
      .slice(start, end)
      .map((p) => /^(\d+)\. /.exec(p)?.[1])
      .filter((n): n is string => n !== undefined);
    expect(underI).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    // Every paragraph is the same once its leading number is taken away.
    const strip = (p: string) => p.replace(/^(\d+|[IVXLC]+|[a-zđ])([.)]) /, "#$2 ");
    expect(host.paragraphs.map(strip)).toEqual(original.map(strip));
    expect(host.paragraphs.length).toBe(original.length);

    // Renumbering again finds nothing to fix.
    await click("Đánh số lại toàn bộ");
    expect(applied).toHaveLength(1);
    expect(status()).toMatch(/đã đúng/);
  });
});
