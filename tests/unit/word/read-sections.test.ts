/**
 * In Word, the check flow reads every section's page setup through the adapter (WordApiDesktop 1.3), so
 * margins, paper and page numbers are judged as they are on a .docx; without that set they are "not evaluated"
 * and the pane says why.
 */
import { runChecks } from "../../../src/core/checks";
import { layoutMargins } from "../../../src/core/checks/rules/layout-margins";
import { layoutPageNumbers } from "../../../src/core/checks/rules/layout-page-numbers";
import { writeDocxPackage } from "../../../src/docx/package-writer";
import { readDocx } from "../../../src/docx/read-docx";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { PAGE_SETUP_UNAVAILABLE, withPageLayout } from "../../../src/taskpane/tabs/checks/page-layout";
import { PAGE_FIELD_PARAGRAPH, para, pgMar } from "../docx/helpers";

const pageField = PAGE_FIELD_PARAGRAPH;

/** A portrait body with a 25 mm left margin, numbered from page 2, and a landscape annex. */
async function twoSections(): Promise<Uint8Array> {
  const body =
    para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") +
    para("Thân văn bản") +
    `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHdrDefault"/><w:headerReference w:type="first" r:id="rIdHdrFirst"/>` +
    `<w:pgSz w:w="11906" w:h="16838"/>${pgMar(20, 15, 20, 25)}<w:titlePg/></w:sectPr></w:pPr><w:r><w:t>Hết thân</w:t></w:r></w:p>` +
    para("Phụ lục") +
    para("Bảng");
  return writeDocxPackage({
    bodyXml: body,
    headers: { default: pageField, first: para("") },
    sectPrXml: `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>${pgMar(30, 20, 15, 20)}</w:sectPr>`,
  });
}

const DESKTOP = { WordApi: "1.3", WordApiDesktop: "1.3" };

describe("page setup in Word", () => {
  it("reads every section as readDocx does: size, margins, orientation, where it starts, its page numbers", async () => {
    const bytes = await twoSections();
    const fake = createFakeWord({ docx: bytes, requirementSets: DESKTOP });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    const fromWord = await adapter.readSections!();
    const fromDocx = (await readDocx(bytes)).sections!;
    expect(fromWord).toHaveLength(2);
    fromWord!.forEach((s, i) => {
      const d = fromDocx[i];
      expect(s).toMatchObject({ section: d.section, firstParagraph: d.firstParagraph, orientation: d.orientation });
      expect(s.marginLeft).toBeCloseTo(d.marginLeft, 1);
      expect(s.width).toBeCloseTo(d.width, 1);
      expect(s.pageNumbers).toMatchObject({
        position: d.pageNumbers!.position,
        differentFirstPage: d.pageNumbers!.differentFirstPage,
      });
    });
    expect(fromWord!.map((s) => s.firstParagraph)).toEqual([0, 3]);
  });

  it("the check flow judges the body's margins per section in Word, in a constant number of syncs", async () => {
    const fake = createFakeWord({ docx: await twoSections(), requirementSets: DESKTOP });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    const before = adapter.syncCount;
    const doc = await withPageLayout(adapter, await adapter.readSnapshot());
    expect(adapter.syncCount - before).toBeLessThanOrEqual(4);
    expect(doc.pageSetupUnavailable).toBeUndefined();
    const r = runChecks(doc, { rules: [layoutMargins, layoutPageNumbers] });
    expect(r.notEvaluated).toEqual([]);
    expect(r.findings.map((f) => [f.ruleId, f.section])).toEqual([["layout/margins", 1]]);
  });

  it("without WordApiDesktop 1.3, page rules are not evaluated and the snapshot says why", async () => {
    const fake = createFakeWord({ docx: await twoSections(), requirementSets: { WordApi: "1.3" } });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    const doc = await withPageLayout(adapter, await adapter.readSnapshot());
    expect(doc.pageSetupUnavailable).toBe(PAGE_SETUP_UNAVAILABLE);
    const r = runChecks(doc, { rules: [layoutMargins, layoutPageNumbers] });
    expect(r.notEvaluated.sort()).toEqual(["layout/margins", "layout/page-numbers"]);
  });
});
