import { runChecks } from "../../src/core/checks";
import { snapshotFromText } from "../../src/core/model/document";
import { createCatalogLookup } from "../../src/core/citations/catalog";
import { readNationalCatalog } from "../../src/cli/cite-command";
import { expectSeedFindings } from "./seed-expectations";
import { describeCorpus, readSeed } from "./seeds";

// The same catalog `vbhc check` uses, so "replaced before this date" is judged as in the CLI.
const catalogLookup = createCatalogLookup(readNationalCatalog());

describeCorpus("the checks on the seeds", () => {
  describe.each(["000", "001", "004"] as const)("seed %s as .txt", (prefix) => {
    let text = "";
    let result: ReturnType<typeof runChecks>;
    beforeAll(() => {
      text = readSeed(prefix);
      result = runChecks(snapshotFromText(text), { catalogLookup });
    });

    it("finds every listed mistake on its line and flags nothing listed as right", () => {
      expectSeedFindings(prefix, text, result.findings);
    });

    it("reports layout rules as not evaluated, never as passed", () => {
      expect(result.notEvaluated).toEqual(
        expect.arrayContaining(["layout/font", "layout/margins", "layout/page-size"]),
      );
      expect(result.evaluated.filter((id) => id.startsWith("layout/"))).toEqual([]);
    });

    it("keeps findings sorted by paragraph and start, each with a Vietnamese message and a reference", () => {
      const keys = result.findings.map((f) => f.paragraph * 1e6 + f.start);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      for (const f of result.findings) {
        expect(f.ref).toMatch(/\S/);
        expect(f.message).toMatch(/[à-ỹ]/);
        expect(text.split(/\r\n|\n|\r/)[f.paragraph].slice(f.start, f.end)).toBe(f.excerpt);
      }
    });
  });

  describe("precision on the seeds", () => {
    it("stays within the error and warning budget we judged by hand (see scripts/seed-findings.ts)", () => {
      const count = (["000", "001", "004"] as const)
        .map(
          (p) =>
            runChecks(snapshotFromText(readSeed(p)), { catalogLookup }).findings.filter((f) => f.severity !== "info")
              .length,
        )
        .reduce((a, b) => a + b, 0);
      // Every one of these was judged true; a new noisy rule would push the count up and must be judged too.
      expect(count).toBeLessThanOrEqual(14);
    });
  });
});
