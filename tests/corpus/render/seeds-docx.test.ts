/**
 * The seeds converted to .docx by LibreOffice (not by us), once for the whole file:
 * - readDocx gives one paragraph per line with the same text, and resolves LibreOffice's styles and fonts;
 * - paragraph indices match the .txt lines, every README mistake is found on the same line as in the .txt,
 *   nothing listed as right is flagged, and layout rules are evaluated;
 * - `vbhc fix` on seed 000 fixes the duplicated numbering and changes no other text, also as LibreOffice reads
 *   the result back;
 * - the Mẫu & đề mục numbering tools, through the path the pane takes (the .docx in the fake Word host, read and
 *   edited by the Office.js adapter), renumber seed 000 in one batch, and the next heading at a cursor follows the
 *   document, with part and appendix restarts on seed 001.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runChecks } from "../../../src/core/checks";
import { createCatalogLookup } from "../../../src/core/citations/catalog";
import { readNationalCatalog } from "../../../src/cli/cite-command";
import { snapshotFromText } from "../../../src/core/model/document";
import { analyzeStructure } from "../../../src/core/structure";
import { readDocx } from "../../../src/docx/read-docx";
import { coreTemplates } from "../../../src/taskpane/tabs/templates/templates-core";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { convertAllWithLibreOffice, convertWithLibreOffice } from "../../helpers/libreoffice";
import { vbhc } from "../../helpers/run-cli";
import { FORMATTING_RULES, expectSeedFindings, lineOf } from "../seed-expectations";
import { describeCorpus, readSeed, seedCases, seedLines, seedPath } from "../seeds";

// One LibreOffice start converts every seed; each later conversion is one more start, on a loaded machine.
jest.setTimeout(300_000);

describeCorpus("the seeds as LibreOffice's .docx", () => {
  let tmp = "";
  const docxByName = new Map<string, string>();
  /** LibreOffice's .docx of the seed with this file name or prefix. */
  const seedDocx = (nameOrPrefix: string): string => {
    const hit = [...docxByName].find(([name]) => name.startsWith(nameOrPrefix));
    if (!hit) throw new Error(`no .docx for seed ${nameOrPrefix}`);
    return hit[1];
  };
  const catalogLookup = createCatalogLookup(readNationalCatalog());

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-seeds-docx-"));
    const cases = seedCases();
    const docx = await convertAllWithLibreOffice(
      cases.map(([, file]) => file),
      "docx",
      path.join(tmp, "seeds"),
    );
    cases.forEach(([name], i) => docxByName.set(name, docx[i]));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function hostOf(prefix: string) {
    const fake = createFakeWord({ docx: new Uint8Array(fs.readFileSync(seedDocx(prefix))) });
    await fake.ready;
    return { fake, adapter: createOfficeAdapter({ Word: fake.Word, Office: fake.Office }) };
  }

  describe("readDocx on LibreOffice's .docx of each seed", () => {
    it.each(seedCases())("%s: one paragraph per line, same text", async (name, file) => {
      const snap = await readDocx(new Uint8Array(fs.readFileSync(seedDocx(name))));
      const lines = seedLines(file);
      expect(snap.paragraphs).toHaveLength(lines.length);
      expect(snap.paragraphs.map((p) => p.text)).toEqual(lines);
      expect(snap.source).toBe("docx");
      expect(snap.pageSetup?.width).toBeGreaterThan(100);
      // LibreOffice writes real style and font information; the reader resolves it.
      expect(snap.paragraphs.every((p) => typeof p.font?.size === "number")).toBe(true);
    });
  });

  describe.each(["000", "001", "004"] as const)("seed %s converted to .docx by LibreOffice", (prefix) => {
    it("keeps one paragraph per line and gives the same text findings on the same lines", async () => {
      const docxPath = seedDocx(prefix);
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

  describe("vbhc fix on seed 000 as .docx", () => {
    it("renumbers section I to 1..7 and changes nothing else", async () => {
      const input = seedDocx("000");
      const output = path.join(tmp, "000-fixed.docx");
      const r = await vbhc("fix", input, "-o", output);
      expect(r.out).toContain("applied");

      const before = await readDocx(new Uint8Array(fs.readFileSync(input)));
      const after = await readDocx(new Uint8Array(fs.readFileSync(output)));
      expect(after.paragraphs).toHaveLength(before.paragraphs.length);
      const changed = before.paragraphs.flatMap((p, i) => (p.text !== after.paragraphs[i].text ? [i + 1] : []));
      expect(changed).toEqual([91, 99]);
      expect(after.paragraphs[90].text).toBe(`6${before.paragraphs[90].text.slice(1)}`);
      expect(after.paragraphs[98].text).toBe(`7${before.paragraphs[98].text.slice(1)}`);
      // Formatting of the edited paragraphs is kept.
      expect(after.paragraphs[90].font).toEqual(before.paragraphs[90].font);

      const again = JSON.parse((await vbhc("check", output, "--format", "json")).out);
      expect(again.files[0].findings.filter((f: { ruleId: string }) => f.ruleId.startsWith("numbering/"))).toEqual([]);
      expect(runChecks(after).findings.filter((f) => f.ruleId.startsWith("numbering/"))).toEqual([]);

      // LibreOffice opens the fixed file; its text export shows the new numbers and nothing else moved.
      const txt = fs.readFileSync(await convertWithLibreOffice(output, "txt", path.join(tmp, "out")), "utf8");
      const lines = txt.replace(/^\uFEFF/, "").split(/\r\n|\n/);
      expect(lines[90].startsWith("6. Đẩy mạnh")).toBe(true);
      expect(lines[98].startsWith("7. ")).toBe(true);
      const original = fs.readFileSync(seedPath("000"), "utf8").split("\n");
      original.forEach((l, i) => {
        if (i !== 90 && i !== 98) expect(lines[i]?.trimEnd()).toBe(l.trimEnd());
      });
    });
  });

  describe("numbering tools on the seeds as .docx", () => {
    it("seed 000: renumber is one batch (two syncs, one undo step); section I runs 1..7 and only the two numbers change", async () => {
      const { fake, adapter } = await hostOf("000");
      const before = fake.model.texts();
      const doc = await adapter.readSnapshot();
      const syncs = fake.syncCount();
      const result = await adapter.applyEdits(coreTemplates.renumber(doc));
      // One read of the target ranges, one write: the adapter's constant cost, one undo step.
      expect(fake.syncCount() - syncs).toBe(2);
      expect(fake.model.undoDepth).toBe(1);
      expect(result).toEqual({ applied: 2, skipped: 0 });

      const after = fake.model.texts();
      expect(after).toHaveLength(before.length);
      const changed = before.flatMap((t, i) => (t !== after[i] ? [i + 1] : []));
      expect(changed).toEqual([91, 99]);
      expect(after[90]).toBe(`6${before[90].slice(1)}`);
      expect(after[98]).toBe(`7${before[98].slice(1)}`);

      const s = analyzeStructure(await adapter.readSnapshot());
      expect(s.headings.filter((h) => h.parent === 0).map((h) => h.number)).toEqual([
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
      ]);
      expect(coreTemplates.renumber(await adapter.readSnapshot())).toEqual([]);

      // The fake host's .docx opens in LibreOffice, and its text is the seed's but for the two numbers.
      const out = path.join(tmp, "000-renumbered.docx");
      fs.writeFileSync(out, await fake.exportDocx());
      const txt = fs.readFileSync(await convertWithLibreOffice(out, "txt", path.join(tmp, "000-out")), "utf8");
      const lines = txt.replace(/^\uFEFF/, "").split(/\r\n|\n/);
      const seed = readSeed("000").split(/\r\n|\n/);
      seed.forEach((l, i) => {
        if (i === 90) expect(lines[i]?.trimEnd()).toBe(`6${l.trimEnd().slice(1)}`);
        else if (i === 98) expect(lines[i]?.trimEnd()).toBe(`7${l.trimEnd().slice(1)}`);
        else expect(lines[i]?.trimEnd()).toBe(l.trimEnd());
      });
    });

    it("seed 000: the next heading follows the document at the cursor", async () => {
      const { adapter } = await hostOf("000");
      const doc = await adapter.readSnapshot();
      // Right after the first "5." (line 59) the next item of section I is 6.; after section I, the next Roman one.
      expect(coreTemplates.nextHeading(doc, "arabic", 60)).toBe("6. ");
      const sectionII = lineOf(readSeed("000"), "II. ");
      expect(coreTemplates.nextHeading(doc, "roman", sectionII)).toBe("III. ");
      expect(coreTemplates.nextHeading(doc, "arabic", sectionII)).toBe("1. ");
    });

    it("seed 001: nothing to renumber; part B and the Phụ lục restart their numbering", async () => {
      const { fake, adapter } = await hostOf("001");
      const doc = await adapter.readSnapshot();
      expect(coreTemplates.renumber(doc)).toEqual([]);
      const text = readSeed("001");
      // Inside part B, just after its first section title, a Roman heading continues B's own count.
      const partB = lineOf(text, "B. CÔNG TÁC");
      const firstRomanOfB = fake.model.texts().findIndex((t, i) => i > partB && /^\s*I\.\s/u.test(t));
      expect(firstRomanOfB).toBeGreaterThan(partB);
      expect(coreTemplates.nextHeading(doc, "roman", firstRomanOfB + 1)).toBe("II. ");
      // The same inside the Phụ lục, whose first section restarts at I. after part B's V.
      const appendix = fake.model.texts().findIndex((t) => /^Phụ lục\s+\d+\s*$/u.test(t.trim()));
      const firstRomanOfAppendix = fake.model.texts().findIndex((t, i) => i > appendix && /^\s*I\.\s/u.test(t));
      expect(appendix).toBeGreaterThan(partB);
      expect(coreTemplates.nextHeading(doc, "roman", firstRomanOfAppendix + 1)).toBe("II. ");
    });

    it("seed 004: nothing to renumber", async () => {
      const { adapter } = await hostOf("004");
      expect(coreTemplates.renumber(await adapter.readSnapshot())).toEqual([]);
    });
  });
});
