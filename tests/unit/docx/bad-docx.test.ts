import { DocxReadError, readDocx } from "../../../src/docx/read-docx";
import { checkXmlLimits, XmlLimitError } from "../../../src/docx/xml";
import { BAD_DOCX, documentXml, docxWith, nestedTablesXml, paraXml, utf16 } from "../../helpers/bad-inputs";

jest.setTimeout(30_000);

describe("readDocx refuses hostile packages quickly, with a reason in English and Vietnamese", () => {
  it.each(BAD_DOCX.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const bytes = await c.bytes();
    const started = Date.now();
    const err = await readDocx(bytes).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(err).toBeInstanceOf(DocxReadError);
    const e = err as DocxReadError;
    expect(e.code).toBe(c.code);
    expect(e.english).toMatch(c.english);
    expect(e.vietnamese).toMatch(/[ăâđêôơưạ-ỹ]/);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe("readDocx limits leave real documents alone", () => {
  it("counts the parts of the zip directory against maxEntries", async () => {
    const bytes = await docxWith({});
    const err = (await readDocx(bytes, { maxEntries: 3 }).catch((e: unknown) => e)) as DocxReadError;
    expect(err.code).toBe("too-large");
    expect(err.english).toMatch(/The package holds \d+ parts; the limit is 3\./);
    await expect(readDocx(bytes)).resolves.toBeDefined();
  });

  it("reads tables nested 20 deep (a real document nests two or three)", async () => {
    const snap = await readDocx(await docxWith({ "word/document.xml": documentXml(nestedTablesXml(20)) }));
    expect(snap.paragraphs.filter((p) => p.text === "sâu")).toHaveLength(1);
    expect(snap.paragraphs.find((p) => p.text === "sâu")?.cell?.table).toBe(19);
  });

  it("reads 5,000 paragraphs, and refuses them under a lower element limit", async () => {
    const bytes = await docxWith({ "word/document.xml": documentXml(paraXml("Đoạn").repeat(5000)) });
    expect((await readDocx(bytes)).paragraphs).toHaveLength(5000);
    const err = (await readDocx(bytes, { maxElements: 10_000 }).catch((e: unknown) => e)) as DocxReadError;
    expect(err.code).toBe("too-complex");
  });

  it("counts elements and depth through comments, CDATA, instructions and quoted '>'", () => {
    const xml = '<?xml version="1.0"?><a x="1>2"><!-- <b><b><b> --><![CDATA[<c><c>]]><d/><e></e></a>';
    expect(() => checkXmlLimits(xml, { maxElements: 3, maxDepth: 2 })).not.toThrow();
    expect(() => checkXmlLimits(xml, { maxElements: 2, maxDepth: 2 })).toThrow(XmlLimitError);
    expect(() => checkXmlLimits(xml, { maxElements: 3, maxDepth: 1 })).toThrow(XmlLimitError);
  });
});

describe("readDocx decodes UTF-16 parts as XML processors (and LibreOffice) do", () => {
  const xml = documentXml(paraXml("Cộng hoà xã hội chủ nghĩa Việt Nam"), '<?xml version="1.0" encoding="UTF-16"?>');
  it.each([
    ["little-endian with a byte-order mark", utf16(xml, "le")],
    ["big-endian with a byte-order mark", utf16(xml, "be")],
    ["little-endian without a byte-order mark", utf16(xml, "le", false)],
  ])("%s", async (_name, part) => {
    const snap = await readDocx(await docxWith({ "word/document.xml": part }));
    expect(snap.paragraphs.map((p) => p.text)).toEqual(["Cộng hoà xã hội chủ nghĩa Việt Nam"]);
  });

  it("reads a UTF-8 part with a byte-order mark", async () => {
    const part = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(documentXml(paraXml("Một")))]);
    expect((await readDocx(await docxWith({ "word/document.xml": part }))).paragraphs[0].text).toBe("Một");
  });
});
