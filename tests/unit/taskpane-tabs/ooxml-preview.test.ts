import { ooxmlToHtml } from "../../../src/taskpane/tabs/header/ooxml-preview";
import { buildClosing, buildHeader, type BlockInput } from "../../../src/core/blocks";
import { toFlatOpc } from "../../../src/docx/flat-opc";
import { FIXED } from "../../../src/core/rules";

const input: BlockInput = {
  type: "bao-cao",
  agency: "Sở <Nội vụ> & Cộng sự",
  agencyCode: "SNV",
  number: 5,
  place: "Trà Vinh",
  date: "2026-02-05",
  recipients: ["UBND tỉnh"],
  unit: "VP",
  signing: { title: "Giám đốc", name: "Nguyễn Văn A" },
};

describe("the pane's WordprocessingML preview", () => {
  test("draws the builder's header table as an HTML table with centred, bold text", () => {
    const html = ooxmlToHtml(buildHeader(input));
    expect(html).toMatch(/^<table/);
    expect(html).toContain(FIXED.quocHieu.text);
    expect(html).toContain("text-align:center");
    expect(html).toContain("font-weight:bold");
    expect(html).toContain("Số: 05/BC-SNV");
  });

  test("escapes user text, so markup typed in a field is shown, never run", () => {
    const html = ooxmlToHtml(buildHeader(input));
    expect(html).toContain("SỞ &lt;NỘI VỤ&gt; &amp; CỘNG SỰ");
    expect(html).not.toContain("<NỘI VỤ>");
  });

  test("reads a whole flat OPC package as well as bare body XML", () => {
    const closing = buildClosing(input);
    expect(ooxmlToHtml(toFlatOpc(closing))).toBe(ooxmlToHtml(closing));
    expect(ooxmlToHtml(closing)).toContain("- Lưu: VT, VP.");
  });

  test("returns nothing for XML that is not well formed", () => {
    expect(ooxmlToHtml("<w:p><w:r><w:t>unclosed</w:r>")).toBe("");
  });
});
