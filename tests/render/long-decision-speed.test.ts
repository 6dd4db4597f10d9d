/**
 * Speed on long documents: on a generated 10,000-paragraph Quyết định (tab-led items, landscape annex section),
 * `vbhc check` takes less than half of LibreOffice's `--convert-to txt` of the same file, measured in the same
 * run, and stays within the memory goal. Needs the compiled CLI (npm test builds it first) and soffice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildLongDecision } from "../helpers/long-decision";
import { cliBuilt, measureAgainstLibreOffice } from "../helpers/check-speed";

jest.setTimeout(600_000);

const run = cliBuilt() ? it : it.skip;

describe("check speed on a 10,000-paragraph decision", () => {
  run("check takes less than half of LibreOffice's conversion, and under 300 MB", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-speed-doc-"));
    try {
      const file = path.join(dir, "quyet-dinh-10000.docx");
      fs.writeFileSync(file, (await buildLongDecision()).bytes);
      // Best of three of each, so a moment of load on a shared machine does not decide the ratio.
      const r = await measureAgainstLibreOffice(file, 3);
      // The figures, so a slow run says by how much.
      process.stdout.write(
        `check ${r.check.ms.toFixed(0)} ms (${r.check.peakMb?.toFixed(0)} MB), fix ${r.fix.ms.toFixed(0)} ms ` +
          `(${r.fix.peakMb?.toFixed(0)} MB), soffice --convert-to txt ${r.soffice.ms.toFixed(0)} ms\n`,
      );
      expect(r.check.ms).toBeLessThan(r.soffice.ms / 2);
      expect(r.check.peakMb).toBeLessThan(300);
      // Fix of a document with nothing to fix costs about one check more than the check.
      expect(r.fix.ms).toBeLessThan(r.soffice.ms);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
