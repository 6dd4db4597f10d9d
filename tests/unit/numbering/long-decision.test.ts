/**
 * Issue: a 10,000-paragraph Quyết định whose items are led by a tab had its correct “2.”, “3.” reported and
 * renumbered. On a generated document of that shape (tab-led items, spaces and non-breaking spaces, a landscape
 * annex section), check reports no numbering problem and fix changes no number.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runChecks } from "../../../src/core/checks";
import { analyzeStructure } from "../../../src/core/structure";
import { readDocx } from "../../../src/docx/read-docx";
import { buildLongDecision } from "../../helpers/long-decision";
import { vbhc } from "../../helpers/run-cli";

jest.setTimeout(180_000);

describe("a 10,000-paragraph decision with tab-led items and a landscape annex", () => {
  it("check reports no numbering problem and fix changes no number", async () => {
    const built = await buildLongDecision();
    const doc = await readDocx(built.bytes);
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(9_900);
    const headings = analyzeStructure(doc).headings.filter((h) => h.confidence === "sure");
    // Every typed item is read: the Roman sections, the “1.” items and the “a)” points (besides Điều 1–3, Phụ lục).
    expect(headings.filter((h) => h.style !== "dieu" && h.style !== "appendix")).toHaveLength(built.numberedItems);
    const result = runChecks(doc);
    expect(result.findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);
    // Both sections are read: the portrait body and the landscape annex, each judged against its own ranges.
    expect(doc.sections?.map((s) => s.orientation)).toEqual(["portrait", "landscape"]);
    expect(result.evaluated).toEqual(expect.arrayContaining(["layout/margins", "layout/page-size"]));
    expect(result.findings.filter((f) => f.ruleId === "layout/margins" || f.ruleId === "layout/page-size")).toEqual([]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-long-"));
    try {
      const input = path.join(dir, "quyet-dinh.docx");
      const output = path.join(dir, "quyet-dinh-fixed.docx");
      fs.writeFileSync(input, built.bytes);
      const run = await vbhc("fix", input, "-o", output);
      expect(run.code).toBe(0);
      const fixed = await readDocx(new Uint8Array(fs.readFileSync(output)));
      const marks = (d: typeof doc) =>
        analyzeStructure(d).headings.map((h) => `${h.paragraph}:${h.number}${h.separator}`);
      expect(marks(fixed)).toEqual(marks(doc));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
