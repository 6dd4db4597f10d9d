/** Misses seen on real texts, each with examples of our own that must be flagged and that must not be. */
import { dateGlued } from "../../../src/core/checks/rules/date-glued";
import { headerDate } from "../../../src/core/structure/header-date";
import { typedDateToIso } from "../../../src/core/rules/dates";
import { snapshotFromText } from "../../../src/core/model/document";
import { fixedDieuCapital } from "../../../src/core/checks/rules/fixed-string-dieu-capital";
import { fixedVv } from "../../../src/core/checks/rules/fixed-string-vv";
import { symbolForm } from "../../../src/core/checks/rules/symbol-form";
import { symbolMalformed } from "../../../src/core/checks/rules/symbol-malformed";
import { symbolTypeMismatch } from "../../../src/core/checks/rules/symbol-type-mismatch";
import { applyAll, checkLines } from "./helpers";

describe("fixed-string/dieu-capital", () => {
  it("flags “Như điều 3” and “khoản 2 điều 5”, with a fix to “Điều”", () => {
    const lines = ["Nơi nhận:", "- Như điều 3;", "Thực hiện theo khoản 2 điều 5 của Quy chế này."];
    const f = checkLines(fixedDieuCapital, lines);
    expect(f.map((x) => x.excerpt)).toEqual(["điều", "điều"]);
    expect(applyAll(lines, f)).toEqual([
      "Nơi nhận:",
      "- Như Điều 3;",
      "Thực hiện theo khoản 2 Điều 5 của Quy chế này.",
    ]);
  });
  it("leaves “Như Điều 3”, the plural “các điều 69, 70” and “điều kiện” alone", () => {
    const lines = [
      "- Như Điều 3;",
      "theo quy định tại các điều 69, 70 và 71 của Luật này",
      "theo điều 4, 5 và 6",
      "đủ điều kiện theo điều lệ",
      "Những điều 3 bên cần lưu ý",
    ];
    expect(checkLines(fixedDieuCapital, lines)).toEqual([]);
  });
});

describe("symbol rules on the header Số line", () => {
  const doc = (so: string, title?: string) => [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    so,
    "Cần Thơ, ngày 12 tháng 3 năm 2025",
    ...(title ? [title, "Về việc đề nghị phê duyệt"] : ["V/v đề nghị phê duyệt"]),
    "Nội dung.",
  ];
  it("symbol/form: a space before or after the slash, with a fix that joins them", () => {
    const lines = doc("Số: 152 /SNV-VP");
    const f = checkLines(symbolForm, lines);
    expect(f.map((x) => x.excerpt)).toEqual(["152 /"]);
    expect(applyAll(lines, f)[1]).toBe("Số: 152/SNV-VP");
    expect(applyAll(doc("Số: 15/ UBND-VP"), checkLines(symbolForm, doc("Số: 15/ UBND-VP")))[1]).toBe("Số: 15/UBND-VP");
    expect(checkLines(symbolForm, doc("Số: 152/SNV-VP"))).toEqual([]);
  });
  it("symbol/form: a blank number keeps its colon, and its blank is not a space inside the ký hiệu", () => {
    const lines = doc("Số      /UBND-VP");
    const f = checkLines(symbolForm, lines);
    expect(f).toHaveLength(1);
    expect(applyAll(lines, f)[1]).toBe("Số:      /UBND-VP");
    expect(checkLines(symbolForm, doc("Số:      /UBND-VP"))).toEqual([]);
    expect(checkLines(symbolForm, doc("Số 05-BC/ĐU"))).toEqual([]);
  });
  it("symbol/malformed: QH-14 for QH14, fixed", () => {
    const lines = ["QUỐC HỘI", "Luật số: 52/2019/QH14", "Số: 52/2019/QH-14", "LUẬT"];
    const f = checkLines(symbolMalformed, lines);
    expect(f).toHaveLength(1);
    expect(applyAll(lines, f)[2]).toBe("Số: 52/2019/QH14");
    // A draft's blank number is read too, and the message names only the ký hiệu.
    const blank = checkLines(symbolMalformed, ["QUỐC HỘI", "Số:    /2019/QH-14", "LUẬT"]);
    expect(blank.map((x) => x.message)).toEqual([
      "Khóa Quốc hội trong ký hiệu viết liền, không có gạch nối: “2019/QH14”, không viết “2019/QH-14”.",
    ]);
    expect(checkLines(symbolMalformed, ["QUỐC HỘI", "Số: 52/2019/QH14", "NGHỊ QUYẾT"])).toEqual([]);
  });
  it("symbol/malformed: a Party ký hiệu with a marked letter (TƯ), no fix as TW and TU differ", () => {
    const party = (so: string) => ["ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY LONG AN", so, "NGHỊ QUYẾT"];
    const f = checkLines(symbolMalformed, party("Số 15-NQ/TƯ"));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("“TU”");
    expect(f[0].fix).toBeUndefined();
    expect(checkLines(symbolMalformed, party("Số 15-NQ/TU"))).toEqual([]);
    expect(checkLines(symbolMalformed, party("Số 57-NQ/TW"))).toEqual([]);
  });
  it("symbol/type-mismatch: a tờ trình number without its type code, fixed by inserting it", () => {
    const lines = doc("Số: 45/SGDĐT", "TỜ TRÌNH");
    const f = checkLines(symbolTypeMismatch, lines);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("“45/TTr-SGDĐT”");
    expect(applyAll(lines, f)[1]).toBe("Số: 45/TTr-SGDĐT");
    expect(checkLines(symbolTypeMismatch, doc("Số: 45/TTr-SGDĐT", "TỜ TRÌNH"))).toEqual([]);
    // A công văn has no type code; a National Assembly resolution's number has none either.
    expect(checkLines(symbolTypeMismatch, doc("Số: 45/SGDĐT"))).toEqual([]);
    expect(checkLines(symbolTypeMismatch, ["QUỐC HỘI", "Số: 12/2024/QH15", "NGHỊ QUYẾT"])).toEqual([]);
  });
});

describe("fixed-string/vv", () => {
  const cv = (vv: string, title?: string) => [
    "ỦY BAN NHÂN DÂN",
    "Số: 12/UBND-VP",
    vv,
    "Long An, ngày 05 tháng 3 năm 2025",
    ...(title ? [title] : []),
    "Kính gửi: Sở Tài chính.",
  ];
  it("flags “V/v:” and “V/V”, with a fix to “V/v”", () => {
    for (const [written, fixed] of [
      ["V/v: triển khai kế hoạch", "V/v triển khai kế hoạch"],
      ["V/V triển khai kế hoạch", "V/v triển khai kế hoạch"],
      ["V/v:triển khai kế hoạch", "V/v triển khai kế hoạch"],
    ]) {
      const lines = cv(written);
      const f = checkLines(fixedVv, lines);
      expect(f).toHaveLength(1);
      expect(applyAll(lines, f)[2]).toBe(fixed);
    }
    expect(checkLines(fixedVv, cv("V/v triển khai kế hoạch"))).toEqual([]);
  });
  it("flags V/v in a document that has its own tên loại", () => {
    const f = checkLines(fixedVv, cv("V/v triển khai kế hoạch", "BÁO CÁO"));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("báo cáo");
    expect(checkLines(fixedVv, cv("V/V kết quả", "TỜ TRÌNH"))).toHaveLength(2);
  });
});

describe("date/glued", () => {
  const header = (date: string) => ["ỦY BAN NHÂN DÂN", "Số: 12/UBND-VP", `Long An, ${date}`, "Kính gửi: Sở Tài chính."];
  it("reports a number glued to its word and puts the spaces back", () => {
    for (const [written, fixed] of [
      ["ngày 05 tháng12 năm 2025", "ngày 05 tháng 12 năm 2025"],
      ["ngày05 tháng 3 năm 2025", "ngày 05 tháng 3 năm 2025"],
      ["ngày 05 tháng 3năm 2025", "ngày 05 tháng 3 năm 2025"],
      ["ngày 15tháng 3 năm2025", "ngày 15 tháng 3 năm 2025"],
    ]) {
      const lines = header(written);
      const f = checkLines(dateGlued, lines);
      expect(f).toHaveLength(1);
      expect(applyAll(lines, f)[2]).toBe(`Long An, ${fixed}`);
    }
    expect(checkLines(dateGlued, header("ngày 05 tháng 12 năm 2025"))).toEqual([]);
    expect(checkLines(dateGlued, header("ngày   tháng 12 năm 2025"))).toEqual([]);
  });
  it("still gives the document its date, so date-aware rules keep working", () => {
    expect(headerDate(snapshotFromText(header("ngày 05 tháng12 năm 2025").join("\n")))).toBe("2025-12-05");
    expect(headerDate(snapshotFromText(header("ngày05 tháng 3 năm 2025").join("\n")))).toBe("2025-03-05");
  });
});

describe("symbol/type-mismatch under a QPPL title", () => {
  it("says nothing when a Thông tư's trích yếu starts with “QUY ĐỊNH” or “HƯỚNG DẪN”", () => {
    const lines = (trichYeu: string) => [
      "BỘ TÀI CHÍNH",
      "Số: 12/2025/TT-BTC",
      "Hà Nội, ngày 05 tháng 3 năm 2025",
      "THÔNG TƯ",
      trichYeu,
    ];
    expect(checkLines(symbolTypeMismatch, lines("QUY ĐỊNH VỀ QUẢN LÝ PHÍ"))).toEqual([]);
    expect(checkLines(symbolTypeMismatch, lines("HƯỚNG DẪN THỰC HIỆN"))).toEqual([]);
  });
});

describe("typedDateToIso (the date a form field holds)", () => {
  it("reads day/month/year and a draft's month/year, and leaves other text to the validator", () => {
    expect(typedDateToIso("5/2/2026")).toBe("2026-02-05");
    expect(typedDateToIso(" 05.02.2026 ")).toBe("2026-02-05");
    expect(typedDateToIso("2/2026")).toBe("2026-02");
    expect(typedDateToIso("2026-02-05")).toBe("2026-02-05");
    expect(typedDateToIso("ngày mai")).toBe("ngày mai");
  });
});
