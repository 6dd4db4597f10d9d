import { CORE_RULES } from "../../../src/core/checks/registry";
import { layoutFirstLineIndent } from "../../../src/core/checks/rules/layout-first-line-indent";
import { layoutFont } from "../../../src/core/checks/rules/layout-font";
import { layoutFontSize } from "../../../src/core/checks/rules/layout-font-size";
import { layoutLineSpacing } from "../../../src/core/checks/rules/layout-line-spacing";
import { layoutMargins } from "../../../src/core/checks/rules/layout-margins";
import { layoutPageNumbers } from "../../../src/core/checks/rules/layout-page-numbers";
import { layoutPageSize } from "../../../src/core/checks/rules/layout-page-size";
import { layoutParagraphSpacing } from "../../../src/core/checks/rules/layout-paragraph-spacing";
import type { DocumentSnapshot, PageSetup, ParagraphSnapshot } from "../../../src/core/model/document";
import { snapshotFromText } from "../../../src/core/model/document";
import { cmToPt } from "../../../src/core/rules/units";
import { notEvaluatedCause } from "../../../src/core/checks";
import { checkDoc } from "./helpers";

const A4: PageSetup = {
  width: 210,
  height: 297,
  marginTop: 20,
  marginBottom: 20,
  marginLeft: 30,
  marginRight: 15,
  orientation: "portrait",
  pageNumbers: { position: "header", alignment: "centered", differentFirstPage: true },
};

const good = (index: number, text: string, extra: Partial<ParagraphSnapshot> = {}): ParagraphSnapshot => ({
  index,
  text,
  inTable: false,
  font: { name: "Times New Roman", size: 14 },
  firstLineIndent: cmToPt(1.27),
  lineSpacing: { rule: "multiple", value: 1.15 },
  spaceAfter: 6,
  alignment: "justified",
  ...extra,
});

function doc(body: Partial<ParagraphSnapshot>[] = [{}], page: Partial<PageSetup> = {}): DocumentSnapshot {
  const paragraphs = [
    good(0, "BÁO CÁO", { alignment: "centered", firstLineIndent: 0 }),
    ...body.map((b, i) => good(i + 1, `Nội dung đoạn ${i + 1}.`, b)),
  ];
  return { source: "docx", hasFormatting: true, pageSetup: { ...A4, ...page }, paragraphs };
}

/** Every registered page and body layout rule, so a new one is held to the shared expectations below too. */
const LAYOUT = CORE_RULES.filter((r) => r.meta.family === "layout" && r.id.startsWith("layout/"));

describe("layout rules", () => {
  it("are the eight rules this file tests, all registered", () => {
    expect(LAYOUT.map((r) => r.id.replace("layout/", "")).sort()).toEqual(
      "first-line-indent font font-size line-spacing margins page-numbers page-size paragraph-spacing".split(" "),
    );
  });
  it("are not evaluated on plain text", () => {
    for (const r of LAYOUT) expect(checkDoc(r, snapshotFromText("BÁO CÁO\nNội dung."))).toBe("not-evaluated");
  });
  it("accept a document that follows the decree", () => {
    for (const r of LAYOUT) expect(checkDoc(r, doc([{}, {}]))).toEqual([]);
  });
  it("judge only a document that shows an NĐ 30 header; a bid statement or an information sheet is not evaluated", () => {
    const letter = { width: 215.9, height: 279.4, marginLeft: 25 };
    const sheet: DocumentSnapshot = {
      ...doc([{ firstLineIndent: 0 }], letter),
      paragraphs: [
        good(0, "BẢNG TUYÊN BỐ ĐÁP ỨNG YÊU CẦU KỸ THUẬT", { alignment: "centered", firstLineIndent: 0 }),
        good(1, "- Tên nhà thầu: Công ty cổ phần Một", { firstLineIndent: 0, spaceAfter: 0 }),
      ],
    };
    for (const r of LAYOUT) {
      expect(checkDoc(r, sheet)).toBe("not-evaluated");
      expect(notEvaluatedCause(r.id, r.meta.family, sheet)).toBe("not-administrative");
    }
    // The same page with a quốc hiệu is an administrative document and is judged.
    const withHeader: DocumentSnapshot = {
      ...sheet,
      paragraphs: [
        good(0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { alignment: "centered" }),
        ...sheet.paragraphs.map((p) => ({ ...p, index: p.index + 1 })),
      ],
    };
    expect(checkDoc(layoutPageSize, withHeader)).toHaveLength(1);
    expect(checkDoc(layoutMargins, withHeader)).toHaveLength(1);
  });
  it("layout/page-size: flags Letter paper, accepts A4 landscape", () => {
    expect(checkDoc(layoutPageSize, doc([{}], { width: 215.9, height: 279.4 }))).toHaveLength(1);
    expect(checkDoc(layoutPageSize, doc([{}], { width: 297, height: 210, orientation: "landscape" }))).toEqual([]);
  });
  it("layout/margins: flags a 25 mm left margin", () => {
    const f = checkDoc(layoutMargins, doc([{}], { marginLeft: 25 }));
    expect(f).not.toBe("not-evaluated");
    expect((f as { message: string }[]).map((x) => x.message)).toEqual([
      "Lề trái 25 mm chưa đúng; lề trái phải từ 30 đến 35 mm.",
    ]);
  });
  it("layout/font and layout/font-size: one finding listing the offending paragraphs, with a format fix", () => {
    const f = checkDoc(layoutFont, doc([{ font: { name: "Arial", size: 14 } }, {}]));
    expect(f).toMatchObject([
      { paragraph: 1, fix: { edits: [{ kind: "format", paragraph: 1, font: { name: "Times New Roman" } }] } },
    ]);
    expect(checkDoc(layoutFontSize, doc([{ font: { name: "Times New Roman", size: 12 } }]))).toMatchObject([
      { paragraph: 1 },
    ]);
  });
  it("layout/line-spacing, paragraph-spacing and first-line-indent flag values outside the decree", () => {
    expect(checkDoc(layoutLineSpacing, doc([{ lineSpacing: { rule: "multiple", value: 2 } }]))).toHaveLength(1);
    expect(checkDoc(layoutParagraphSpacing, doc([{ spaceAfter: 0 }]))).toHaveLength(1);
    expect(checkDoc(layoutFirstLineIndent, doc([{ firstLineIndent: 0 }]))).toHaveLength(1);
    expect(checkDoc(layoutFirstLineIndent, doc([{ firstLineIndent: cmToPt(1) }]))).toEqual([]);
  });
  it("layout/page-numbers: flags a footer number; missing numbers only on long documents", () => {
    expect(
      checkDoc(layoutPageNumbers, doc([{}], { pageNumbers: { position: "footer", differentFirstPage: true } })),
    ).toHaveLength(1);
    const none = { pageNumbers: { position: "none" as const, differentFirstPage: false } };
    expect(checkDoc(layoutPageNumbers, doc([{}], none))).toEqual([]);
    expect(
      checkDoc(
        layoutPageNumbers,
        doc(
          Array.from({ length: 45 }, () => ({})),
          none,
        ),
      ),
    ).toHaveLength(1);
  });
});
