import { capitalisationAdminUnit } from "../../../src/core/checks/rules/capitalisation-admin-unit";
import { capitalisationAgencyName } from "../../../src/core/checks/rules/capitalisation-agency-name";
import { capitalisationDocumentPart } from "../../../src/core/checks/rules/capitalisation-document-part";
import { capitalisationDocumentType } from "../../../src/core/checks/rules/capitalisation-document-type";
import { capitalisationLawName } from "../../../src/core/checks/rules/capitalisation-law-name";
import { capitalisationTitle } from "../../../src/core/checks/rules/capitalisation-title";
import { PROVINCES_2025 } from "../../../src/core/rules/capitalisation";
import { applyAll, checkLines } from "./helpers";

describe("Phụ lục II capitalisation", () => {
  it("keeps the 34 province-level units of 2025", () => {
    expect(new Set(PROVINCES_2025).size).toBe(34);
  });
  it("capitalisation/agency-name: fixes a known name with wrong capitals, names its clause", () => {
    const lines = [
      "Ủy Ban Nhân Dân tỉnh Trà Vinh giao Sở Thông Tin và Truyền Thông chủ trì.",
      "Phối hợp với Bộ Khoa học và công nghệ.",
    ];
    const f = checkLines(capitalisationAgencyName, lines);
    expect(applyAll(lines, f)).toEqual([
      "Ủy ban nhân dân tỉnh Trà Vinh giao Sở Thông tin và Truyền thông chủ trì.",
      "Phối hợp với Bộ Khoa học và Công nghệ.",
    ]);
    expect(f.every((x) => x.message.includes("Phụ lục II, mục IV"))).toBe(true);
  });
  it("capitalisation/agency-name: leaves right names, headings, generic uses and verbs alone", () => {
    const lines = [
      "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
      "Ủy ban nhân dân tỉnh; Sở Thông tin và Truyền thông; Bộ Công Thương",
      "Giám đốc Sở xây dựng kế hoạch; các ủy ban nhân dân cấp xã",
    ];
    expect(checkLines(capitalisationAgencyName, lines)).toEqual([]);
  });
  it("capitalisation/agency-name: a name in small letters right after a title is the agency's (info)", () => {
    const lines = ["Theo đề nghị của Bộ trưởng Bộ nội vụ và Giám đốc Sở tài chính,"];
    const f = checkLines(capitalisationAgencyName, lines);
    expect(applyAll(lines, f)).toEqual(["Theo đề nghị của Bộ trưởng Bộ Nội vụ và Giám đốc Sở Tài chính,"]);
    expect(f.map((x) => x.severity)).toEqual(["info", "info"]);
    expect(checkLines(capitalisationAgencyName, ["Giám đốc Sở xây dựng kế hoạch; phối hợp Sở tài chính"])).toEqual([]);
  });
  it("capitalisation/law-name: capitalises the first word of a law's name only", () => {
    const lines = ["Căn cứ Luật đất đai năm 2024 và Bộ luật lao động;"];
    expect(applyAll(lines, checkLines(capitalisationLawName, lines))).toEqual([
      "Căn cứ Luật Đất đai năm 2024 và Bộ luật Lao động;",
    ]);
    expect(
      checkLines(capitalisationLawName, [
        "Luật Đất đai; pháp luật đất đai; Luật Ngân sách Nhà nước; LUẬT ĐẤT ĐAI; Luật sư; luật lao động",
      ]),
    ).toEqual([]);
  });
  it("capitalisation/document-part: Điều and Chương capitalised, khoản and điểm not", () => {
    const lines = ["Theo điều 5 và chương II của Luật; căn cứ Khoản 2 Điều 3 và Điểm a khoản 1 Điều 4."];
    expect(applyAll(lines, checkLines(capitalisationDocumentPart, lines))).toEqual([
      "Theo Điều 5 và Chương II của Luật; căn cứ khoản 2 Điều 3 và điểm a khoản 1 Điều 4.",
    ]);
    const ok = [
      "Khoản 2 Điều 3 được sửa đổi như sau:",
      "theo các điều 69, 70 của Luật này; tại mục I Phụ lục II; Kỷ niệm chương 01 bộ; điều kiện 1",
    ];
    expect(checkLines(capitalisationDocumentPart, ok)).toEqual([]);
  });
  it("capitalisation/admin-unit: the unit word before a name is lower case inside a sentence", () => {
    const lines = ["Ủy ban nhân dân Tỉnh Trà Vinh và Ủy ban nhân dân Xã Hòa Bình báo cáo."];
    expect(applyAll(lines, checkLines(capitalisationAdminUnit, lines))).toEqual([
      "Ủy ban nhân dân tỉnh Trà Vinh và Ủy ban nhân dân xã Hòa Bình báo cáo.",
    ]);
    const ok = [
      "Tỉnh Trà Vinh có 106 xã.",
      "tại Thành phố Hồ Chí Minh; theo chỉ đạo của Tỉnh ủy; Bộ Lao động - Thương binh và Xã hội; Ban Thường vụ Tỉnh Ủy",
    ];
    expect(checkLines(capitalisationAdminUnit, ok)).toEqual([]);
  });
  it("capitalisation/document-type: a type cited with its number is capitalised", () => {
    const lines = ["Thực hiện quyết định số 12/QĐ-UBND và nghị định số 30/2020/NĐ-CP;"];
    expect(applyAll(lines, checkLines(capitalisationDocumentType, lines))).toEqual([
      "Thực hiện Quyết định số 12/QĐ-UBND và Nghị định số 30/2020/NĐ-CP;",
    ]);
    expect(
      checkLines(capitalisationDocumentType, ["Quyết định số 12/QĐ-UBND; ra quyết định số lượng 5 người"]),
    ).toEqual([]);
  });
  it("capitalisation/title: a fixed title whose agency lost its capitals", () => {
    const lines = ["Trình Thủ tướng chính phủ xem xét; báo cáo Chủ tịch quốc hội và Tổng bí thư."];
    const f = checkLines(capitalisationTitle, lines);
    expect(applyAll(lines, f)).toEqual([
      "Trình Thủ tướng Chính phủ xem xét; báo cáo Chủ tịch Quốc hội và Tổng Bí thư.",
    ]);
    expect(f.every((x) => x.severity === "warning" && x.message.includes("Phụ lục II"))).toBe(true);
  });
  it("capitalisation/title: a title in small letters before a person's name or an agency's name", () => {
    const lines = [
      "Giao giám đốc Nguyễn Văn An chủ trì; mời giáo sư Trần Thị Bình dự.",
      "Theo đề nghị của bộ trưởng Bộ Nội vụ và thủ tướng Chính phủ,",
    ];
    const f = checkLines(capitalisationTitle, lines);
    expect(applyAll(lines, f)).toEqual([
      "Giao Giám đốc Nguyễn Văn An chủ trì; mời Giáo sư Trần Thị Bình dự.",
      "Theo đề nghị của Bộ trưởng Bộ Nội vụ và Thủ tướng Chính phủ,",
    ]);
    expect(f.map((x) => x.severity)).toEqual(["warning", "warning", "info", "info"]);
  });
  it("capitalisation/title: leaves generic titles, longer titles, headings and right forms alone", () => {
    const lines = [
      "Giám đốc các sở, ban, ngành; giám đốc sở chịu trách nhiệm; các bộ trưởng, thủ tướng các nước",
      "Phó giám đốc Nguyễn Văn An; Tổng giám đốc Lê Văn Bình; phó chủ tịch Hồ Văn Chín",
      "Thủ tướng Chính phủ; Phó Thủ tướng Chính phủ; Giám đốc Nguyễn Văn An; Bộ trưởng Bộ Nội vụ",
      "THỦ TƯỚNG CHÍNH PHỦ; giám đốc Châu Thành; chủ tịch Hà Nội; giám đốc Sở xây dựng kế hoạch",
      "thủ tướng chính phủ các nước; Tổng Bí thư Tô Lâm",
    ];
    expect(checkLines(capitalisationTitle, lines)).toEqual([]);
  });
  it("capitalisation/admin-unit: the unit word before a person's name stays capitalised (Phường Nguyễn Trãi)", () => {
    const lines = ["tại Phường Nguyễn Trãi và Xã Lê Lợi, Quận 1; trụ sở ở Phường Điện Biên Phủ"];
    expect(checkLines(capitalisationAdminUnit, lines)).toEqual([]);
  });
});
