/** Structure and numbering on the seed documents: the headings the README describes, renumbering, next heading. */
import { analyzeNumbering, nextHeading, renumber } from "../../src/core/numbering";
import { analyzeStructure } from "../../src/core/structure";
import { snapshotFromText } from "../../src/core/model/document";
import { applyTextEdits } from "../../src/core/model/edits";
import { tree } from "../helpers/structure-tree";
import { lineOf } from "./seed-expectations";
import { describeCorpus, readSeed } from "./seeds";

describeCorpus("structure and numbering of the seeds", () => {
  describe("structure of the seeds", () => {
    it("000: header parts, title, and section I running 1..6 with the repeated 5. under it", () => {
      const text = readSeed("000");
      const s = analyzeStructure(snapshotFromText(text));
      expect(s.soLine?.paragraph).toBe(2);
      expect(s.placeDateLine?.paragraph).toBe(4);
      expect(s.documentType?.abbr).toBe("BC");
      expect(s.noiNhanLine?.paragraph).toBe(lineOf(text, "Nơi nhận") - 1);
      const t = tree(text);
      const underI = t.filter((h) => h.parentLine === 13).map((h) => [h.line, h.marker]);
      expect(underI).toEqual([
        [15, "1."],
        [23, "2."],
        [39, "3."],
        [45, "4."],
        [59, "5."],
        [91, "5."],
        [99, "6."],
      ]);
      expect(t.filter((h) => h.parentLine === 0).map((h) => h.marker)).toEqual(["I.", "II.", "III."]);
    });
    it("001: parts A./B. each restart I., the Phụ lục restarts again, table rows are not outline headings", () => {
      const text = readSeed("001");
      const s = analyzeStructure(snapshotFromText(text));
      const t = tree(text);
      const a = lineOf(text, "A. CÔNG TÁC");
      const b = lineOf(text, "B. CÔNG TÁC");
      const pl = text.split(/\r\n|\n|\r/).findIndex((l) => /^Phụ lục\s+\d+\s*$/u.test(l.trim())) + 1;
      expect(pl).toBeGreaterThan(b);
      expect(t.filter((h) => h.parentLine === a).map((h) => h.marker)).toEqual(["I.", "II.", "III.", "IV.", "V."]);
      expect(t.filter((h) => h.parentLine === b).map((h) => h.marker)).toEqual(["I.", "II.", "III.", "IV.", "V."]);
      expect(t.filter((h) => h.parentLine === pl).map((h) => h.marker)).toEqual(["I.", "II."]);
      expect(s.appendixStart).toBe(pl - 1);
      const row = lineOf(text, "5.1 Mức độ 1");
      expect(s.tableParagraphs.has(row - 1)).toBe(true);
      // A number at the start of a tab-separated row is read, but only as an unsure heading.
      expect(t.filter((h) => h.line === row).map((h) => h.sure)).toEqual([false]);
      expect(s.signatureLines).toContain(lineOf(text, "KT.GIÁM ĐỐC") - 1);
    });
    it("004: title on the same line as the trích yếu gives the type", () => {
      const s = analyzeStructure(snapshotFromText(readSeed("004")));
      expect(s.documentType?.abbr).toBe("KH");
      expect(s.headings.filter((h) => h.style === "roman").map((h) => h.number)).toEqual(["I", "II", "III", "IV"]);
    });
  });

  describe("renumber", () => {
    it("seed 000: section I runs 1..7 and no other character changes", () => {
      const doc = snapshotFromText(readSeed("000"));
      const edits = renumber(doc);
      expect(edits.map((e) => [e.paragraph + 1, e.expected, e.replacement])).toEqual([
        [91, "5", "6"],
        [99, "6", "7"],
      ]);
      const before = doc.paragraphs.map((p) => p.text);
      const after = applyTextEdits(before, edits);
      // Every paragraph outside the two edits is identical; the edited ones differ only in the number.
      after.forEach((t, i) => {
        if (i === 90 || i === 98) expect(t.slice(1)).toBe(before[i].slice(1));
        else expect(t).toBe(before[i]);
      });
      const s = analyzeStructure(snapshotFromText(after.join("\n")));
      const underI = s.headings.filter((h) => h.parent === 0).map((h) => h.number);
      expect(underI).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
      expect(analyzeNumbering(s)).toEqual([]);
    });
    it("edits nothing on seeds 001 and 004", () => {
      expect(renumber(snapshotFromText(readSeed("001")))).toEqual([]);
      expect(renumber(snapshotFromText(readSeed("004")))).toEqual([]);
    });
  });

  describe("nextHeading", () => {
    it("seed 000: after the first 5. the next item is 6.", () => {
      expect(nextHeading(snapshotFromText(readSeed("000")), "arabic", 60)).toBe("6.");
    });
  });
});
