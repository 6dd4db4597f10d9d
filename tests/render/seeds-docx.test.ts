/**
 * The seeds converted to .docx by LibreOffice: paragraph indices match the .txt lines, every README mistake is
 * found on the same line as in the .txt, nothing listed as right is flagged, and layout rules are evaluated.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runChecks } from "../../src/core/checks";
import { createCatalogLookup } from "../../src/core/citations/catalog";
import { readNationalCatalog } from "../../src/cli/cite-command";
import { snapshotFromText } from "../../src/core/model/document";
import { readDocx } from "../../src/docx/read-docx";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { FORMATTING_RULES, expectSeedFindings, readSeed, seedPath } from "../unit/checks/seed-expectations";

jest.setTimeout(180_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-seeds-docx-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const catalogLookup = createCatalogLookup(readNationalCatalog());

describe.each(["000", "001", "004"] as const)("seed %s converted to .docx by LibreOffice", (prefix) => {
  it("keeps one paragraph per line and gives the same text findings on the same lines", async () => {
    const docxPath = await convertWithLibreOffice(seedPath(prefix), "docx", path.join(tmp, prefix));
    const doc = await readDocx(new Uint8Array(fs.readFileSync(docxPath)));
    const text = readSeed(prefix);
    const txtDoc = snapshotFromText(text);
    expect(doc.paragraphs.map((p) => p.text.replace(/\s+$/u, ""))).toEqual(
      txtDoc.paragraphs.map((p) => p.text.replace(/\s+$/u, "")),
    );

    const result = runChecks(doc, { catalogLookup });
    expectSeedFindings(prefix, text, result.findings);

    // Outside layout, the .docx and the .txt give the same findings at the same places.
    const key = (f: { ruleId: string; paragraph: number; start: number }) => `${f.ruleId}@${f.paragraph}:${f.start}`;
    const fromDocx = result.findings.filter((f) => !FORMATTING_RULES.has(f.ruleId)).map(key);
    const fromTxt = runChecks(txtDoc, { catalogLookup }).findings.map(key);
    expect(fromDocx).toEqual(fromTxt);

    // A .docx has layout: the rules run. LibreOffice's plain-text import is not the decree's layout.
    expect(result.notEvaluated.filter((id) => id.startsWith("layout/"))).toEqual([]);
    const layout = result.findings.filter((f) => f.ruleId.startsWith("layout/")).map((f) => f.ruleId);
    expect(layout).toEqual(expect.arrayContaining(["layout/font", "layout/margins"]));
  });
});
