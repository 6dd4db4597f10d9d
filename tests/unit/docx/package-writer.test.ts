import JSZip from "jszip";
import { toFlatOpc, bodyFromOoxml } from "../../../src/docx/flat-opc";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { listParagraphs, paragraphText } from "../../../src/docx/wordml";
import { NS, parseXml } from "../../../src/docx/xml";
import { para } from "./helpers";

describe("writeDocxPackage", () => {
  it("writes every part with well-formed XML and the document content type", async () => {
    const bytes = await writeDocxPackage({ bodyXml: para("Xin chào"), title: 'Báo cáo <"quý"> & kế hoạch' });
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names.sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/settings.xml",
        "word/styles.xml",
      ].sort(),
    );
    for (const n of names) {
      const xml = await zip.file(n)!.async("string");
      expect(() => parseXml(xml)).not.toThrow();
    }
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("wordprocessingml.document.main+xml");
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(parseXml(core).getElementsByTagName("dc:title").item(0)?.textContent).toBe('Báo cáo <"quý"> & kế hoạch');
  });

  it("marks a template with the template content type and binds headers to their ids", async () => {
    const bytes = await writeDocxPackage({
      bodyXml: para("Mẫu"),
      template: true,
      headers: { default: para("Trang"), first: "" },
      sectPrXml:
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/>' +
        '<w:headerReference w:type="first" r:id="rIdHdrFirst"/><w:titlePg/></w:sectPr>',
    });
    const zip = await JSZip.loadAsync(bytes);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("wordprocessingml.template.main+xml");
    expect(types).not.toContain("wordprocessingml.document.main+xml");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toMatch(/Id="rIdHdrDefault"[^>]*Target="header1.xml"/);
    expect(rels).toMatch(/Id="rIdHdrFirst"[^>]*Target="header2.xml"/);
    const h1 = await zip.file("word/header1.xml")!.async("string");
    expect(paragraphText(listParagraphs(parseXml(h1).documentElement!)[0])).toBe("Trang");
    // An empty header still holds one paragraph.
    const h2 = await zip.file("word/header2.xml")!.async("string");
    expect(listParagraphs(parseXml(h2).documentElement!)).toHaveLength(1);
  });

  it("has styles whose defaults are Times New Roman 14 pt black", async () => {
    const snap = await readDocx(await writeDocxPackage({ bodyXml: para("Nội dung") }));
    expect(snap.paragraphs[0].font).toEqual({
      name: "Times New Roman",
      size: 14,
      bold: false,
      italic: false,
      underline: false,
      color: "000000",
      caps: false,
    });
  });
});

describe("toFlatOpc", () => {
  it("is one well-formed package whose document part holds the body and whose styles say TNR 14 pt", () => {
    const flat = toFlatOpc(para("Căn cứ & <điều>"));
    const doc = parseXml(flat);
    const parts = doc.getElementsByTagNameNS(NS.pkg, "part");
    const names = Array.from({ length: parts.length }, (_, i) => parts.item(i)!.getAttributeNS(NS.pkg, "name"));
    expect(names).toEqual(expect.arrayContaining(["/_rels/.rels", "/word/document.xml", "/word/styles.xml"]));
    const body = bodyFromOoxml(flat);
    expect(listParagraphs(body).map(paragraphText)).toEqual(["Căn cứ & <điều>"]);
    const fonts = doc.getElementsByTagNameNS(NS.w, "rFonts").item(0)!;
    expect(fonts.getAttributeNS(NS.w, "ascii")).toBe("Times New Roman");
    const sz = doc.getElementsByTagNameNS(NS.w, "sz").item(0)!;
    expect(sz.getAttributeNS(NS.w, "val")).toBe("28");
  });

  it("accepts a bare body fragment too", () => {
    expect(listParagraphs(bodyFromOoxml(para("a") + para("b"))).map(paragraphText)).toEqual(["a", "b"]);
  });
});
