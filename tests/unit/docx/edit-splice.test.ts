import JSZip from "jszip";
import { applyEditsToDocx } from "../../../src/docx/edit-docx";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { para } from "./helpers";

const mainXml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");

describe("applyEditsToDocx rewrites only the edited paragraphs", () => {
  it("leaves every byte of document.xml outside the edited paragraph as it was", async () => {
    const body = [para("I. MỘT"), para("\t1. Một"), para("\t3. Hai", '<w:jc w:val="both"/>'), para("Khác & <lạ>")].join(
      "",
    );
    const bytes = await writeDocxPackage({ bodyXml: body });
    const before = (await mainXml(bytes)) ?? "";
    const out = await applyEditsToDocx(bytes, [
      { kind: "text", paragraph: 2, start: 1, end: 2, expected: "3", replacement: "2" },
    ]);
    expect([out.applied, out.skipped]).toEqual([1, 0]);
    const after = (await mainXml(out.bytes)) ?? "";
    const start = before.indexOf("<w:p>", before.indexOf("1. Một"));
    const end = before.indexOf("</w:p>", start) + "</w:p>".length;
    expect(after.slice(0, start)).toBe(before.slice(0, start));
    const tail = before.length - end;
    expect(after.slice(after.length - tail)).toBe(before.slice(end));
    expect((await readDocx(out.bytes)).paragraphs.map((p) => p.text)).toEqual([
      "I. MỘT",
      "\t1. Một",
      "\t2. Hai",
      "Khác & <lạ>",
    ]);
    // The edited paragraph declares no namespaces of its own: it uses the document's.
    expect(after.slice(start, after.length - tail)).not.toContain("xmlns");
  });
});
