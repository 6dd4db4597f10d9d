import * as fs from "fs";
import * as path from "path";
import { snapshotFromText } from "../../../src/core/model/document";

const SEEDS = path.resolve(__dirname, "../../../../shared/seeds");

describe("snapshotFromText", () => {
  it("makes one paragraph per line, whatever the line ending", () => {
    const doc = snapshotFromText("a\r\nb\nc\rd");
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["a", "b", "c", "d"]);
    expect(doc.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3]);
  });

  it("keeps blank lines as empty paragraphs but does not invent one after the final newline", () => {
    expect(snapshotFromText("a\n\nb\n").paragraphs.map((p) => p.text)).toEqual(["a", "", "b"]);
  });

  it("drops a byte-order mark and marks the input as having no formatting", () => {
    const doc = snapshotFromText("\uFEFFSố: 05/BC-UBND");
    expect(doc.paragraphs[0].text).toBe("Số: 05/BC-UBND");
    expect(doc.hasFormatting).toBe(false);
    expect(doc.pageSetup).toBeUndefined();
  });

  it("numbers each seed document's paragraphs as its lines", () => {
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
    expect(seeds.length).toBeGreaterThanOrEqual(3);
    for (const f of seeds) {
      const text = fs.readFileSync(path.join(SEEDS, f), "utf8");
      const lines = text.split("\n");
      if (lines[lines.length - 1] === "") lines.pop();
      const doc = snapshotFromText(text);
      expect(doc.paragraphs.length).toBe(lines.length);
      expect(doc.paragraphs[lines.length - 1].text).toBe(lines[lines.length - 1].replace(/\r$/, ""));
    }
  });
});
