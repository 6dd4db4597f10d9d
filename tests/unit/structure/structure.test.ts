import { analyzeStructure, matchHeading } from "../../../src/core/structure";
import { snapshotFromText } from "../../../src/core/model/document";
import { tree } from "../../helpers/structure-tree";
import { runChecks } from "../../../src/core/checks";

describe("matchHeading", () => {
  it.each([
    ["I. NỘI DUNG THỰC HIỆN", "roman", "I"],
    ["  II- KẾT QUẢ", "roman", "II"],
    ["A. CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "part-letter", "A"],
    ["1. Quán triệt, học tập", "arabic", "1"],
    ["2- Tiếp tục chỉ đạo", "arabic", "2"],
    ["1.2. Kết quả", "decimal", "2"],
    ["a) Ứng dụng CNTT", "letter", "a"],
    ["đ) Điểm thứ năm", "letter", "đ"],
    ["Phần II", "phan", "II"],
    ["Chương III", "chuong", "III"],
    ["Mục 2", "muc-word", "2"],
    ["Điều 5. Hiệu lực thi hành", "dieu", "5"],
    ["Phụ lục 3", "appendix", "3"],
  ])("recognises %s", (text, style, number) => {
    expect(matchHeading(text)).toMatchObject({ style, number });
  });
  it.each([
    "2019.",
    "- Thông qua hệ thống",
    "+ Hệ thống",
    "**. Về Ứng dụng",
    "*. Về ứng dụng",
    "Ai. nói",
    "1.858 thủ tục",
    "A. b",
  ])("does not take %s for a heading", (text) => {
    expect(matchHeading(text)).toBeUndefined();
  });
  it("gives the number's own characters for renumbering", () => {
    const m = matchHeading("   12. Kết quả");
    expect(m).toMatchObject({ numStart: 3, numEnd: 5, markerEnd: 6, title: "Kết quả" });
  });
});

describe("structure", () => {
  it("reads a third part “C.” as a part letter, not Roman 100", () => {
    const t = tree(["A. MỘT", "I. MỤC", "B. HAI", "I. MỤC", "C. BA", "I. MỤC"].join("\n"));
    expect(t.map((h) => [h.style, h.marker])).toEqual([
      ["part-letter", "A."],
      ["roman", "I."],
      ["part-letter", "B."],
      ["roman", "I."],
      ["part-letter", "C."],
      ["roman", "I."],
    ]);
  });
  it("treats a wrapped line that is only a year as text", () => {
    const t = tree(["I. KẾT QUẢ", "1. Việc một kéo dài đến năm", "2019.", "2. Việc hai"].join("\n"));
    expect(t.map((h) => h.marker)).toEqual(["I.", "1.", "2."]);
  });
});

describe("header lines", () => {
  it("takes “Số lượng …” for text, not for the số, ký hiệu line", () => {
    const s = analyzeStructure(snapshotFromText("Số lượng cán bộ tham gia\nSố: 05/BC-UBND"));
    expect(s.soLine?.paragraph).toBe(1);
  });
});

describe("text quoted by an amending document", () => {
  const amending = [
    "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 71/2024/NĐ-CP",
    "1. Sửa đổi, bổ sung Điều 13 như sau:",
    "a) Sửa đổi, bổ sung khoản 1 như sau:",
    "“1. Cơ quan có chức năng quản lý đất đai cấp tỉnh tổ chức lập dự án.",
    "2. Hội đồng thẩm định làm việc theo quy chế.”.",
    "b) Bổ sung khoản 7 vào sau khoản 6 như sau:",
    "“7. Hội đồng thẩm định bảng giá đất có trách nhiệm:",
    "a) Thẩm định bảng giá đất;",
    "b) Thẩm định hệ số điều chỉnh giá đất.”.",
    "2. Bổ sung Điều 14a như sau:",
  ].join("\n");

  it("is no part of the outline: the amending document's own 1., 2. and a), b) run on", () => {
    const t = tree(amending);
    // Điều 1, then its khoản 1 with điểm a), b), and khoản 2.
    expect(t.map((h) => h.marker)).toEqual(["1.", "1.", "a)", "b)", "2."]);
    const numbering = runChecks(snapshotFromText(amending)).findings.filter((f) => f.ruleId.startsWith("numbering/"));
    expect(numbering).toEqual([]);
  });

  const numberingOf = (text: string) =>
    runChecks(snapshotFromText(text))
      .findings.filter((f) => f.ruleId.startsWith("numbering/"))
      .map((f) => `${f.ruleId} ${f.excerpt}`);

  it("runs from a quoted article title on its own line to the ”. that closes the article", () => {
    const text = [
      "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 54/2024/NĐ-CP",
      "1. Sửa đổi, bổ sung Điều 33 như sau:",
      "“Điều 33. Trách nhiệm của tổ chức hành nghề”",
      "Tổ chức hành nghề có trách nhiệm sau đây:",
      "1. Bảo đảm an toàn cho người và công trình.",
      "2. Thông báo bằng văn bản trước khi thi công.”.",
      "2. Sửa đổi, bổ sung Điều 34 như sau:",
      "Điều 34. Cấp phép hành nghề",
      "“1. Hồ sơ đề nghị cấp phép gồm văn bản đề nghị.",
      '2. Trình tự cấp phép theo quy định."',
      "3. Bãi bỏ Điều 35.",
    ].join("\n");
    // The title lost its opening mark, and the second quote closes with a straight mark: both are still quoted.
    expect(tree(text).map((h) => [h.style, h.marker])).toEqual([
      ["dieu", "1."],
      ["arabic", "1."],
      ["arabic", "2."],
      ["arabic", "3."],
    ]);
    expect(numberingOf(text)).toEqual([]);
  });

  it("keeps an instruction's own items when its line ends a quoted phrase", () => {
    const text = [
      "1. Sửa đổi khoản 2 Điều 5 như sau:",
      "“2. Hồ sơ gồm đơn đề nghị.”",
      "2. Thay cụm từ “Sở Tài nguyên” bằng cụm từ “Sở Nông nghiệp”.",
      "3. Bãi bỏ Điều 7.",
    ].join("\n");
    expect(tree(text).map((h) => h.marker)).toEqual(["1.", "2.", "3."]);
  });

  it("needs its closing mark: an opening “ alone does not hide the rest of the document", () => {
    const t = tree(["1. Một", "“Khẩu hiệu không đóng ngoặc", "2. Hai", "2. Ba"].join("\n"));
    expect(t.map((h) => h.marker)).toEqual(["1.", "2.", "2."]);
  });
});

describe("documents inside a document", () => {
  it("restarts the numbering in a form printed after the body (“Mẫu số”, its own quốc hiệu)", () => {
    const text = [
      "I. SƠ LƯỢC ĐẶC ĐIỂM",
      "1. Đặc điểm tình hình",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "Mẫu số 1.4",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO THÀNH TÍCH",
      "I. SƠ LƯỢC LÝ LỊCH",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "1. Quyền hạn, nhiệm vụ được giao",
    ].join("\n");
    const numbering = runChecks(snapshotFromText(text)).findings.filter((f) => f.ruleId.startsWith("numbering/"));
    expect(numbering).toEqual([]);
    // The form's sections are numbered under the form, not after the body's.
    const s = analyzeStructure(snapshotFromText(text));
    const second = s.headings.filter((h) => h.style === "roman" && h.number === "I");
    expect(second).toHaveLength(2);
    expect(second[1].appendix).toBeGreaterThanOrEqual(0);
  });

  it("restarts Roman sections under a part letter in sentence case (“B. Đo lường …”)", () => {
    const text = [
      "A. Trình tự đo lường rủi ro",
      "I. Bước một",
      "II. Bước hai",
      "B. Đo lường thu nhập",
      "I. Thay đổi",
    ].join("\n");
    expect(tree(text).map((h) => [h.style, h.marker])).toEqual([
      ["part-letter", "A."],
      ["roman", "I."],
      ["roman", "II."],
      ["part-letter", "B."],
      ["roman", "I."],
    ]);
  });

  it("does not open a part for a list of cited parts (“Phần IV; Phần VI;”)", () => {
    expect(matchHeading("Phần IV; Phần VI; Phần VIII;")).toBeUndefined();
    expect(matchHeading("Phần IV. QUY ĐỊNH CHUNG")).toMatchObject({ style: "phan", number: "IV" });
  });
});
