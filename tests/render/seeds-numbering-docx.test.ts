/**
 * The Mẫu & đề mục numbering tools on the seeds as LibreOffice's .docx, through the same path the pane takes:
 * the .docx loaded into the fake Word host, read and edited by the Office.js adapter. Renumber fixes seed 000's
 * section I in one batch and changes nothing but the two numbers, also as LibreOffice reads the result back;
 * the next heading at a cursor follows the document, with part and appendix restarts on seed 001.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { analyzeStructure } from "../../src/core/structure";
import { coreTemplates } from "../../src/taskpane/tabs/templates/templates-core";
import { createFakeWord } from "../../src/word/fake";
import { createOfficeAdapter } from "../../src/word/office-adapter";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { lineOf, readSeed, seedPath } from "../unit/checks/seed-expectations";

jest.setTimeout(180_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-seeds-numbering-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function hostOf(prefix: string) {
  const docx = await convertWithLibreOffice(seedPath(prefix), "docx", path.join(tmp, prefix));
  const fake = createFakeWord({ docx: new Uint8Array(fs.readFileSync(docx)) });
  await fake.ready;
  return { fake, adapter: createOfficeAdapter({ Word: fake.Word, Office: fake.Office }) };
}

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
    expect(s.headings.filter((h) => h.parent === 0).map((h) => h.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
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
