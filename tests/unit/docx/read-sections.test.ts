/**
 * Every section of a .docx is read: its own page size, margins and orientation, and the page numbers its
 * headers show (inherited from the previous section when it has no reference of its own). The page-level
 * rules then judge each section and name it, with a page-level location in JSON and SARIF.
 */
import JSZip from "jszip";
import { readDocx } from "../../../src/docx/read-docx";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { runChecks } from "../../../src/core/checks";
import { layoutMargins } from "../../../src/core/checks/rules/layout-margins";
import { layoutPageNumbers } from "../../../src/core/checks/rules/layout-page-numbers";
import { layoutPageSize } from "../../../src/core/checks/rules/layout-page-size";
import { toJsonFinding, toSarif } from "../../../src/cli/check-command";
import { PAGE_FIELD_PARAGRAPH, para, pgMar } from "./helpers";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PAGE_RULES = [layoutMargins, layoutPageSize, layoutPageNumbers];

const A4_PORTRAIT = '<w:pgSz w:w="11906" w:h="16838"/>';
const A4_LANDSCAPE = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>';
const complexPage = PAGE_FIELD_PARAGRAPH;
const simplePageRight =
  '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>';

/** A body paragraph that ends a section with the given sectPr children. */
const sectionEnd = (text: string, sect: string) =>
  `<w:p><w:pPr><w:sectPr>${sect}</w:sectPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const hdr = (type: string, id: string) => `<w:headerReference w:type="${type}" r:id="${id}"/>`;

/** Our writer's package with an extra header part bound to relationship rIdHdr3. */
async function build(bodyXml: string, sectPrXml: string, extra?: string): Promise<Uint8Array> {
  const bytes = await writeDocxPackage({
    // A quốc hiệu line makes it an NĐ 30 document, the only kind whose layout is judged.
    bodyXml: para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + bodyXml,
    sectPrXml,
    headers: { default: complexPage, first: para("") },
  });
  if (!extra) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  zip.file("word/header3.xml", `<w:hdr ${W}>${extra}</w:hdr>`);
  const rels = (await zip.file("word/_rels/document.xml.rels")!.async("string")).replace(
    "</Relationships>",
    '<Relationship Id="rIdHdr3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header3.xml"/></Relationships>',
  );
  zip.file("word/_rels/document.xml.rels", rels);
  return zip.generateAsync({ type: "uint8array" });
}

const manyParagraphs = (n: number) => Array.from({ length: n }, (_, i) => para(`Đoạn ${i + 1}.`)).join("");

describe("readDocx sections", () => {
  it("reads a portrait body and a landscape annex as two sections; the annex inherits the numbered header", async () => {
    const snap = await readDocx(
      await build(
        para("Mở đầu") +
          sectionEnd(
            "Hết phần thân",
            `${hdr("default", "rIdHdrDefault")}${hdr("first", "rIdHdrFirst")}${A4_PORTRAIT}${pgMar(20, 15, 20, 30)}<w:titlePg/>`,
          ) +
          para("Bảng phụ lục"),
        `<w:sectPr>${A4_LANDSCAPE}${pgMar(30, 20, 15, 20)}</w:sectPr>`,
      ),
    );
    expect(snap.sections).toHaveLength(2);
    const [body, annex] = snap.sections!;
    expect(body).toMatchObject({ section: 1, firstParagraph: 0, orientation: "portrait", marginLeft: 30 });
    expect(body.pageNumbers).toMatchObject({ position: "header", alignment: "centered", differentFirstPage: true });
    expect(annex).toMatchObject({ section: 2, firstParagraph: 3, orientation: "landscape", marginTop: 30 });
    // No header reference of its own: Word shows section 1's default header, so the annex is numbered too.
    expect(annex.pageNumbers?.position).toBe("header");
    expect(snap.pageSetup?.orientation).toBe("landscape");
    // Body margins are judged on portrait ranges, the turned annex margins on landscape ranges: both fine.
    expect(runChecks(snap, { rules: PAGE_RULES }).findings).toEqual([]);
  });

  it("judges the body's margins even when the last section is fine, and names the section", async () => {
    const snap = await readDocx(
      await build(
        sectionEnd("Thân", `${A4_PORTRAIT}${pgMar(20, 15, 20, 25)}`),
        `<w:sectPr>${A4_LANDSCAPE}${pgMar(20, 15, 20, 30)}</w:sectPr>`,
      ),
    );
    const findings = runChecks(snap, { rules: [layoutMargins] }).findings;
    expect(findings.map((f) => [f.section, f.message])).toEqual([
      [1, "Section 1: lề trái 25 mm chưa đúng; lề trái phải từ 30 đến 35 mm."],
    ]);
    // A landscape section that keeps the portrait margins unturned is accepted as well.
    expect(findings.some((f) => f.section === 2)).toBe(false);
  });

  it("flags a landscape section whose margins fit neither reading, against the turned ranges", async () => {
    const snap = await readDocx(
      await build(
        sectionEnd("Thân", `${A4_PORTRAIT}${pgMar(20, 15, 20, 30)}`) + para("Bảng"),
        `<w:sectPr>${A4_LANDSCAPE}${pgMar(30, 10, 15, 20)}</w:sectPr>`,
      ),
    );
    const f = runChecks(snap, { rules: [layoutMargins] }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ section: 2, paragraph: 2, excerpt: "" });
    expect(f[0].message).toBe("Section 2 (trang ngang): lề phải 10 mm chưa đúng; lề phải phải từ 20 đến 25 mm.");
  });

  it("counts page numbers shown only in a later section's own header, and judges that section's position", async () => {
    const snap = await readDocx(
      await build(
        manyParagraphs(45) + sectionEnd("Hết", `${A4_PORTRAIT}${pgMar(20, 15, 20, 30)}`),
        `<w:sectPr>${hdr("default", "rIdHdr3")}${A4_PORTRAIT}${pgMar(20, 15, 20, 30)}</w:sectPr>`,
        simplePageRight,
      ),
    );
    expect(snap.sections!.map((s) => s.pageNumbers?.position)).toEqual(["none", "header"]);
    const f = runChecks(snap, { rules: [layoutPageNumbers] }).findings;
    // Not "no page numbers": section 2 shows them, but right-aligned.
    expect(f.map((x) => [x.section, x.message])).toEqual([
      [
        2,
        "Section 2: số trang đặt canh giữa theo chiều ngang, trong phần lề trên (đầu trang), không đặt ở chân trang hay lệch bên.",
      ],
    ]);
  });

  it("reports a long document with no PAGE field in any section once, on section 1", async () => {
    const snap = await readDocx(
      await build(
        manyParagraphs(45) + sectionEnd("Hết", `${A4_PORTRAIT}${pgMar(20, 15, 20, 30)}`),
        `<w:sectPr>${A4_PORTRAIT}${pgMar(20, 15, 20, 30)}</w:sectPr>`,
      ),
    );
    const f = runChecks(snap, { rules: [layoutPageNumbers] }).findings;
    expect(f.map((x) => x.section)).toEqual([1]);
  });

  it("gives page-level findings line 0 and the section in JSON, and a logical location without a region in SARIF", async () => {
    const snap = await readDocx(
      await build(para("x"), `<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>${pgMar(20, 15, 20, 25)}</w:sectPr>`),
    );
    const findings = runChecks(snap, { rules: PAGE_RULES }).findings;
    // Letter paper and a 25 mm left margin: two distinct findings, neither swallowed by the other.
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["layout/margins", "layout/page-size"]);
    const json = findings.map(toJsonFinding);
    for (const j of json) expect(j).toMatchObject({ line: 0, column: 0, section: 1 });
    const sarif = toSarif([{ file: "a.docx", paragraphs: 1, findings: json, notEvaluated: [] }]) as {
      runs: {
        results: { locations: { physicalLocation: { region?: unknown }; logicalLocations?: { name: string }[] }[] }[];
      }[];
    };
    for (const r of sarif.runs[0].results) {
      expect(r.locations[0].physicalLocation.region).toBeUndefined();
      expect(r.locations[0].logicalLocations?.[0].name).toBe("section 1");
    }
  });
});
