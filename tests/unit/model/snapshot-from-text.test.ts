import { snapshotFromText } from "../../../src/core/model/document";

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
});
