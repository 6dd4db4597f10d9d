/** Seed documents as plain text: one paragraph per line, and the playground's sample is not copied from them. */
import { snapshotFromText } from "../../src/core/model/document";
import { SAMPLE_DOCUMENT_LINES } from "../../src/playground/sample-document";
import { describeCorpus, readSeed, seedFileNames } from "./seeds";

describeCorpus("the seeds as text", () => {
  describe("snapshotFromText", () => {
    it("numbers each seed document's paragraphs as its lines", () => {
      const seeds = seedFileNames();
      expect(seeds.length).toBeGreaterThanOrEqual(3);
      for (const f of seeds) {
        const text = readSeed(f);
        const lines = text.split("\n");
        if (lines[lines.length - 1] === "") lines.pop();
        const doc = snapshotFromText(text);
        expect(doc.paragraphs.length).toBe(lines.length);
        expect(doc.paragraphs[lines.length - 1].text).toBe(lines[lines.length - 1].replace(/\r$/, ""));
      }
    });
  });

  describe("the playground's sample báo cáo", () => {
    test("is our own text: no sentence of it appears in a seed", () => {
      const seeds = seedFileNames()
        .filter((f) => /^\d{3}_/.test(f))
        .map((f) => readSeed(f));
      expect(seeds.length).toBeGreaterThanOrEqual(3);
      const long = SAMPLE_DOCUMENT_LINES.filter((l) => l.length > 40);
      expect(long.length).toBeGreaterThan(10);
      for (const line of long) for (const seed of seeds) expect(seed.includes(line)).toBe(false);
    });
  });
});
