import { runChecks } from "../../../src/core/checks";
import { SAMPLE_DOCUMENT_LINES } from "../../../src/playground/sample-document";
import { sampleBodyXml } from "../../../src/playground/sample-format";
import { createFakeWord } from "../../../src/word/fake";
import { createOfficeAdapter } from "../../../src/word/office-adapter";

describe("the playground's formatted sample on the fake host", () => {
  test("loads paragraph for paragraph, with the decree's formats", async () => {
    const fake = createFakeWord({ bodyXml: sampleBodyXml() });
    const doc = await createOfficeAdapter({ Word: fake.Word, Office: fake.Office }).readSnapshot();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(SAMPLE_DOCUMENT_LINES);
    expect(doc.hasFormatting).toBe(true);
    const quocHieu = doc.paragraphs[SAMPLE_DOCUMENT_LINES.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")];
    expect(quocHieu.alignment).toBe("centered");
    expect(quocHieu.font).toMatchObject({ name: "Times New Roman", bold: true });
    const body = doc.paragraphs[SAMPLE_DOCUMENT_LINES.findIndex((l) => l.startsWith("Sở đã ban hành"))];
    expect(body.alignment).toBe("justified");
    expect(body.firstLineIndent).toBeGreaterThan(0);
  });

  test("its errors and warnings are exactly the planted mistakes; layout rules judge it and pass", async () => {
    const fake = createFakeWord({ bodyXml: sampleBodyXml() });
    const doc = await createOfficeAdapter({ Word: fake.Word, Office: fake.Office }).readSnapshot();
    const result = runChecks(doc, {});
    const planted = new Set([
      SAMPLE_DOCUMENT_LINES.indexOf("Độc lập – Tự do – Hạnh phúc"),
      SAMPLE_DOCUMENT_LINES.indexOf("Lam Sơn, ngày 25 tháng 06 năm 2026"),
      SAMPLE_DOCUMENT_LINES.indexOf("2. Cải cách thủ tục hành chính"),
      SAMPLE_DOCUMENT_LINES.indexOf("3. Chuyển đổi số trong hoạt động của cơ quan"),
      SAMPLE_DOCUMENT_LINES.findIndex((l) => l.includes("12.4567")),
    ]);
    const serious = result.findings.filter((f) => f.severity !== "info");
    expect(new Set(serious.map((f) => f.paragraph))).toEqual(planted);
    expect(result.evaluated.filter((id) => id.startsWith("layout/")).length).toBeGreaterThan(3);
  });
});
