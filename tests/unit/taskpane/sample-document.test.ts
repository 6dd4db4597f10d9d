import { SAMPLE_DOCUMENT_LINES, SAMPLE_DOCUMENT_TEXT } from "../../../src/playground/sample-document";
import { FIXED } from "../../../src/core/rules";

describe("the playground's sample báo cáo", () => {
  test("carries the typical mistakes the checks should find", () => {
    // Tiêu ngữ with en dashes instead of the decree's hyphens.
    const tieuNgu = SAMPLE_DOCUMENT_LINES.find((l) => l.startsWith("Độc lập"));
    expect(tieuNgu).not.toBe(FIXED.tieuNgu.text);
    expect(tieuNgu?.replace(/–/g, "-")).toBe(FIXED.tieuNgu.text);
    // A words-form date with a leading-zero month.
    expect(SAMPLE_DOCUMENT_TEXT).toMatch(/ngày \d+ tháng 0[3-9] năm \d{4}/);
    // A duplicated item number under section I.
    const sectionI = SAMPLE_DOCUMENT_LINES.slice(
      SAMPLE_DOCUMENT_LINES.indexOf("I. KẾT QUẢ THỰC HIỆN"),
      SAMPLE_DOCUMENT_LINES.indexOf("II. TỒN TẠI, HẠN CHẾ"),
    );
    const items = sectionI.map((l) => /^(\d+)\. /.exec(l)?.[1]).filter((n): n is string => n !== undefined);
    expect(items).toEqual(["1", "2", "2", "3"]);
    // A broken thousands grouping next to a correct one.
    expect(SAMPLE_DOCUMENT_TEXT).toContain("12.4567 hồ sơ");
    expect(SAMPLE_DOCUMENT_TEXT).toContain("1.254 hồ sơ");
  });

  test("otherwise follows the decree's fixed strings and has the usual parts", () => {
    expect(SAMPLE_DOCUMENT_LINES).toContain(FIXED.quocHieu.text);
    expect(SAMPLE_DOCUMENT_LINES).toContain(FIXED.noiNhan.text);
    expect(SAMPLE_DOCUMENT_LINES.filter((l) => /^[IVX]+\. /.test(l))).toHaveLength(4);
    expect(SAMPLE_DOCUMENT_TEXT).toContain("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ");
  });
});
