/**
 * What of a loaded package travels unchanged past a rewritten document part, and how the writer puts it back.
 */
import JSZip from "jszip";
import { readCarriedParts, relsPathOf, resolveTarget } from "../../../src/docx/carried-parts";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { parseXml } from "../../../src/docx/xml";
import { PAGE_FIELD_PARAGRAPH, para } from "./helpers";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (...items: string[]) => `<Relationships xmlns="${RELS_NS}">${items.join("")}</Relationships>`;

/** A package of ours with one header, and the header's relationships replaced by the given XML. */
async function withHeaderRels(headerRels: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    await writeDocxPackage({ bodyXml: para("Thân"), headers: { default: PAGE_FIELD_PARAGRAPH } }),
  );
  zip.file("word/_rels/header1.xml.rels", headerRels);
  for (const [path, text] of Object.entries(extra)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array" });
}

describe("carried parts", () => {
  it("paths: a part's relationships part, and targets relative to the part, absolute, or leaving the package", () => {
    expect(relsPathOf("word/header1.xml")).toBe("word/_rels/header1.xml.rels");
    expect(relsPathOf("word/theme/theme1.xml")).toBe("word/theme/_rels/theme1.xml.rels");
    expect(resolveTarget("word/document.xml", "header1.xml")).toBe("word/header1.xml");
    expect(resolveTarget("word/theme/theme1.xml", "../media/a.png")).toBe("word/media/a.png");
    expect(resolveTarget("word/document.xml", "/customXml/item1.xml")).toBe("customXml/item1.xml");
    expect(resolveTarget("word/document.xml", "../../outside.xml")).toBeUndefined();
  });

  it("carries styles, settings and a header with what it names, a cycle included, under the source's ids", async () => {
    const bytes = await withHeaderRels(
      rels(
        `<Relationship Id="rIdSelf" Type="${REL}/header" Target="header1.xml"/>`,
        `<Relationship Id="rIdLink" Type="${REL}/hyperlink" Target="https://example.org/?a=1&amp;b=2" TargetMode="External"/>`,
      ),
    );
    const carried = await readCarriedParts(bytes);
    expect(carried.relationships.map((r) => [r.id, r.type.replace(`${REL}/`, ""), r.target])).toEqual([
      ["rIdStyles", "styles", "styles.xml"],
      ["rIdSettings", "settings", "settings.xml"],
      ["rIdHdrDefault", "header", "header1.xml"],
    ]);
    expect(carried.parts.map((p) => [p.path, p.contentType?.replace(/.*wordprocessingml\./, "")])).toEqual([
      ["word/styles.xml", "styles+xml"],
      ["word/settings.xml", "settings+xml"],
      ["word/header1.xml", "header+xml"],
      ["word/_rels/header1.xml.rels", undefined],
    ]);
  });

  it("leaves out a part that names a missing part, or whose relationships are not XML", async () => {
    for (const bad of [rels(`<Relationship Id="rIdImg" Type="${REL}/image" Target="media/none.png"/>`), "<broken"]) {
      const carried = await readCarriedParts(await withHeaderRels(bad));
      expect(carried.relationships.map((r) => r.id)).toEqual(["rIdStyles", "rIdSettings"]);
      expect(carried.parts.map((p) => p.path)).toEqual(["word/styles.xml", "word/settings.xml"]);
    }
  });

  it("never lets a carried part stand in for a part the writer builds", async () => {
    const bytes = await withHeaderRels(rels(`<Relationship Id="rIdMain" Type="${REL}/x" Target="document.xml"/>`));
    expect((await readCarriedParts(bytes)).relationships.map((r) => r.id)).not.toContain("rIdHdrDefault");
  });

  it("the writer uses carried styles instead of its own, escapes what it writes, and keeps its own ids apart", async () => {
    const styles = new TextEncoder().encode(
      `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    );
    const out = await writeDocxPackage({
      bodyXml: para("Thân"),
      carried: {
        // An id our settings relationship would use, and a target and type that need escaping.
        relationships: [
          { id: "rIdStyles", type: `${REL}/styles`, target: 'st"y&les.xml' },
          { id: "rIdSettings", type: `${REL}/custom?a=1&b=2`, target: "x.xml" },
        ],
        parts: [
          { path: 'word/st"y&les.xml', contentType: 'application/vnd.x+xml; a="1"', bytes: styles },
          { path: "word/x.xml", contentType: "application/xml", bytes: styles },
        ],
      },
    });
    const zip = await JSZip.loadAsync(out);
    expect(zip.file("word/styles.xml")).toBeNull();
    expect(await zip.file('word/st"y&les.xml')?.async("uint8array")).toEqual(styles);
    const docRels = parseXml((await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "");
    const list = docRels.getElementsByTagNameNS(RELS_NS, "Relationship");
    const got = Array.from({ length: list.length }, (_, i) => list.item(i)!).map((r) => [
      r.getAttribute("Id"),
      r.getAttribute("Target"),
    ]);
    expect(got).toEqual([
      ["rIdSettingsX", "settings.xml"],
      ["rIdStyles", 'st"y&les.xml'],
      ["rIdSettings", "x.xml"],
    ]);
    const types = parseXml((await zip.file("[Content_Types].xml")?.async("string")) ?? "");
    const names = Array.from(types.getElementsByTagName("Override")).map((o) => o.getAttribute("PartName"));
    expect(names).toContain('/word/st"y&les.xml');
  });
});
