import fc from "fast-check";
import JSZip from "jszip";
import { applyTextEdits, type Edit, type TextEdit } from "../../../src/core/model/edits";
import { applyEditsToDocx, applyTextEditToParagraph } from "../../../src/docx/edit-docx";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { paragraphRuns, paragraphText, parseRunProps } from "../../../src/docx/wordml";
import { ROOT_NS_DECLS, parseXml, wChild } from "../../../src/docx/xml";
import { escapeXml } from "../../../src/core/xml-escape";
import { para } from "./helpers";
import { docxWith, documentXml, utf16 } from "../../helpers/bad-inputs";

/** A paragraph whose text is split into runs at the given cut points, alternating bold. */
function splitParagraphXml(text: string, cuts: number[]): string {
  const points = [...new Set([0, ...cuts.filter((c) => c > 0 && c < text.length), text.length])].sort((a, b) => a - b);
  let runs = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = text.slice(points[i], points[i + 1]);
    const rPr = i % 2 === 0 ? "<w:rPr><w:b/></w:rPr>" : "";
    const content = piece
      .split(/(\t)/)
      .filter((s) => s !== "")
      .map((s) => (s === "\t" ? "<w:tab/>" : `<w:t xml:space="preserve">${escapeXml(s)}</w:t>`))
      .join("");
    runs += `<w:r>${rPr}${content}</w:r>`;
  }
  return `<w:p>${runs}</w:p>`;
}

function parseParagraph(xml: string) {
  const doc = parseXml(`<w:document ${ROOT_NS_DECLS}><w:body>${xml}</w:body></w:document>`);
  return wChild(wChild(doc.documentElement!, "body"), "p")!;
}

describe("applyTextEditToParagraph", () => {
  it("gives the same text as applyTextEdits for any run split and any edit (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "ă", "b", " ", "\t", "Đ", "ệ"), minLength: 0, maxLength: 30 }),
        fc.array(fc.nat(30), { maxLength: 6 }),
        fc.nat(30),
        fc.nat(30),
        fc.string({ unit: fc.constantFrom("x", "ơ", " ", "\t"), maxLength: 5 }),
        (text, cuts, s0, e0, replacement) => {
          const start = Math.min(s0, text.length);
          const end = Math.min(Math.max(start, e0), text.length);
          const p = parseParagraph(splitParagraphXml(text, cuts));
          expect(paragraphText(p)).toBe(text);
          const edit: TextEdit = {
            kind: "text",
            paragraph: 0,
            start,
            end,
            expected: text.slice(start, end),
            replacement,
          };
          expect(applyTextEditToParagraph(p, edit)).toBe(true);
          expect(paragraphText(p)).toBe(applyTextEdits([text], [edit])[0]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("puts the replacement in the run where the edit starts and trims the following runs", () => {
    const p = parseParagraph(splitParagraphXml("Ủy ban nhân dân", [3, 7]));
    applyTextEditToParagraph(p, { start: 1, end: 9, expected: "y ban nh", replacement: "Y BAN NH" });
    const runs = paragraphRuns(p).map(({ run }) => [
      paragraphTextOfRun(run),
      parseRunProps(wChild(run, "rPr")).bold ?? false,
    ]);
    expect(runs).toEqual([
      ["ỦY BAN NH", true],
      ["", false],
      ["ân dân", true],
    ]);
  });

  it("refuses an edit whose expected text is not there and leaves the paragraph alone", () => {
    const p = parseParagraph(splitParagraphXml("Số: 12/BC", [4]));
    expect(applyTextEditToParagraph(p, { start: 0, end: 3, expected: "Sô", replacement: "Số" })).toBe(false);
    expect(paragraphText(p)).toBe("Số: 12/BC");
  });
});

function paragraphTextOfRun(run: import("../../../src/docx/xml").XmlElement): string {
  let s = "";
  for (let c = run.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as { localName?: string }).localName === "t") s += c.textContent;
  return s;
}

describe("applyEditsToDocx", () => {
  it("applies text and format edits, counts skipped ones, and changes nothing else", async () => {
    const body =
      para("Căn cứ Luật Tổ chức chính quyền địa phương;") +
      splitParagraphXml("Số:1183/BC-STTTT-VP", [3, 8]) +
      `<w:tbl><w:tr><w:tc>${para("Trái")}</w:tc><w:tc>${para("Phải")}</w:tc></w:tr></w:tbl>` +
      para("Nơi nhận:");
    const before = await readDocx(await writeDocxPackage({ bodyXml: body }));
    const edits: Edit[] = [
      { kind: "text", paragraph: 1, start: 3, end: 3, expected: "", replacement: " " },
      { kind: "text", paragraph: 3, start: 0, end: 4, expected: "Phải", replacement: "PHẢI" },
      { kind: "text", paragraph: 0, start: 0, end: 3, expected: "XYZ", replacement: "!" },
      {
        kind: "format",
        paragraph: 4,
        font: { bold: true, italic: false, size: 12, name: "Times New Roman" },
        alignment: "left",
      },
      { kind: "format", paragraph: 0, firstLineIndent: 36, spaceAfter: 6, alignment: "justified" },
    ];
    const out = await applyEditsToDocx(await writeDocxPackage({ bodyXml: body }), edits);
    expect(out).toMatchObject({ applied: 4, skipped: 1 });
    const after = await readDocx(out.bytes);
    expect(after.paragraphs.map((p) => p.text)).toEqual([
      "Căn cứ Luật Tổ chức chính quyền địa phương;",
      "Số: 1183/BC-STTTT-VP",
      "Trái",
      "PHẢI",
      "Nơi nhận:",
    ]);
    expect(after.paragraphs[4].font).toMatchObject({ bold: true, italic: false, size: 12, name: "Times New Roman" });
    expect(after.paragraphs[0]).toMatchObject({ firstLineIndent: 36, spaceAfter: 6, alignment: "justified" });
    // Untouched paragraphs keep their formatting.
    expect(after.paragraphs[2]).toEqual(before.paragraphs[2]);
    expect(after.paragraphs[0].font).toEqual(before.paragraphs[0].font);
    // Other parts are carried over.
    const zip = await JSZip.loadAsync(out.bytes);
    expect(await zip.file("word/styles.xml")!.async("string")).toContain("Times New Roman");
  });

  it.each([
    ["UTF-16LE with a byte-order mark", "le", true],
    ["UTF-16BE with a byte-order mark", "be", true],
    ["UTF-16LE without a byte-order mark", "le", false],
  ] as const)("edits a %s document.xml and writes it back as UTF-8, declared so", async (_name, endian, bom) => {
    const xml = documentXml(para("Một") + para("Hai"), '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
    const bytes = await docxWith({ "word/document.xml": utf16(xml, endian, bom) });
    const edit: Edit = { kind: "text", paragraph: 1, start: 0, end: 3, expected: "Hai", replacement: "Ba" };
    const out = await applyEditsToDocx(bytes, [edit]);
    expect(out).toMatchObject({ applied: 1, skipped: 0 });
    expect((await readDocx(out.bytes)).paragraphs.map((p) => p.text)).toEqual(["Một", "Ba"]);
    const part = await (await JSZip.loadAsync(out.bytes)).file("word/document.xml")!.async("uint8array");
    const text = new TextDecoder("utf-8", { fatal: true }).decode(part);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document')).toBe(true);
    // Everything but the declaration and the edited paragraph is the original text.
    expect(text.replace("UTF-8", "UTF-16").replace("Ba", "Hai")).toBe(xml);
  });

  it("leaves a UTF-8 declaration as it was written", async () => {
    const xml = documentXml(para("Hai"), "<?xml version='1.0' encoding='utf-8'?>");
    const out = await applyEditsToDocx(await docxWith({ "word/document.xml": xml }), [
      { kind: "text", paragraph: 0, start: 0, end: 3, expected: "Hai", replacement: "Ba" },
    ]);
    const text = await (await JSZip.loadAsync(out.bytes)).file("word/document.xml")!.async("string");
    expect(text).toBe(xml.replace("Hai", "Ba"));
  });

  it("skips edits on paragraphs that do not exist and overlapping edits", async () => {
    const bytes = await writeDocxPackage({ bodyXml: para("abc") });
    const out = await applyEditsToDocx(bytes, [
      { kind: "text", paragraph: 0, start: 0, end: 2, expected: "ab", replacement: "X" },
      { kind: "text", paragraph: 0, start: 1, end: 3, expected: "bc", replacement: "Y" },
      { kind: "text", paragraph: 5, start: 0, end: 1, expected: "a", replacement: "Z" },
    ]);
    expect(out).toMatchObject({ applied: 1, skipped: 2 });
    expect((await readDocx(out.bytes)).paragraphs[0].text).toBe("Xc");
  });
});
