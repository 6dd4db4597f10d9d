/** The seed documents through the .docx writer, the editor and the Word adapter on the fake host. */
import { applyTextEdits, type TextEdit } from "../../src/core/model/edits";
import { applyEditsToDocx } from "../../src/docx/edit-docx";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { readDocx } from "../../src/docx/read-docx";
import { createFakeWord } from "../../src/word/fake";
import { createOfficeAdapter } from "../../src/word/office-adapter";
import { para } from "../unit/docx/helpers";
import { describeCorpus, seedCases, seedLines } from "./seeds";

function setup(init: Parameters<typeof createFakeWord>[0]) {
  const fake = createFakeWord(init);
  const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
  return { fake, adapter };
}

describeCorpus("the seeds as .docx and in the fake host", () => {
  describe("writeDocxPackage", () => {
    it.each(seedCases())("keeps every line of seed %s as one paragraph", async (_name, file) => {
      const lines = seedLines(file);
      const bytes = await writeDocxPackage({ bodyXml: lines.map((l) => para(l)).join("") });
      const snap = await readDocx(bytes);
      expect(snap.paragraphs.map((p) => p.text)).toEqual(lines);
    });
  });

  describe("applyEditsToDocx", () => {
    it.each(seedCases())("fixes a double space in every paragraph of seed %s and nothing else", async (_name, file) => {
      const lines = seedLines(file);
      const bytes = await writeDocxPackage({ bodyXml: lines.map((l) => para(l)).join("") });
      const edits: TextEdit[] = [];
      lines.forEach((line, i) => {
        const at = line.indexOf("  ");
        if (at >= 0)
          edits.push({ kind: "text", paragraph: i, start: at, end: at + 2, expected: "  ", replacement: " " });
      });
      const out = await applyEditsToDocx(bytes, edits);
      expect(out.applied).toBe(edits.length);
      const texts = (await readDocx(out.bytes)).paragraphs.map((p) => p.text);
      expect(texts).toEqual(applyTextEdits(lines, edits));
    });
  });

  describe("office adapter on the fake host", () => {
    it.each(seedCases())("reads seed %s paragraph for paragraph", async (_name, file) => {
      const lines = seedLines(file);
      const { adapter } = setup({ text: lines.join("\n") });
      const snap = await adapter.readSnapshot();
      expect(snap.paragraphs.map((p) => p.text)).toEqual(lines);
    });
  });
});
