import { textDamagedWordPair } from "../../../src/core/checks/rules/text-damaged-word-pair";
import { textDetachedMarks } from "../../../src/core/checks/rules/text-detached-marks";
import { textGluedSyllables } from "../../../src/core/checks/rules/text-glued-syllables";
import { textInvalidSyllables } from "../../../src/core/checks/rules/text-invalid-syllables";
import { textTelexResidue } from "../../../src/core/checks/rules/text-telex-residue";
import { textTonePlacement } from "../../../src/core/checks/rules/text-tone-placement";
import { textSplitCapitals } from "../../../src/core/checks/rules/text-split-capitals";
import { runChecks } from "../../../src/core/checks";
import { snapshotFromText } from "../../../src/core/model/document";
import { isDamageOf, repairPair } from "../../../src/core/text/word-pairs";
import { applyAll, checkLines } from "./helpers";

const replacements = (f: ReturnType<typeof checkLines>): (string | undefined)[] =>
  f.map((x) => (x.fix?.edits[0] as { replacement: string } | undefined)?.replacement);

describe("text damage rules", () => {
  it("text/invalid-syllables: flags PDF-damaged words in a paragraph, with a fix only for a clear reading", () => {
    const lines = [
      "Sở Nội vụ thơng báo kết quả kiểm tra cơng tác năm 2024.",
      "Đề nghị các đơn vị thng nht thực hiện kế hoạch.",
    ];
    const f = checkLines(textInvalidSyllables, lines);
    expect(f.map((x) => x.excerpt)).toEqual(["thơng", "cơng", "thng", "nht"]);
    expect(replacements(f).slice(0, 2)).toEqual(["thông", "công"]);
    expect(f[2]?.fix).toBeUndefined();
    expect(f.every((x) => x.ref.includes("TCVN 6909"))).toBe(true);
    expect(textInvalidSyllables.meta.safeFix).toBe(false);
  });
  it("text/invalid-syllables: leaves names, loanwords, codes, units, URLs and English alone", () => {
    const lines = [
      "Ông Nguyễn Văn Kiệt, bà H'Hen Niê và ông Kpă Y Thông dự họp tại Đắk Lắk.",
      "Khí Nitơ, ôxy và brôm; đường dài 12 km; xem https://dichvucong.gov.vn hoặc gửi vanthu@hanoi.gov.vn.",
      "Văn bản số 12/QĐ-UBND, QĐ-TTg, HĐND, NĐ-CP; mã ABC-xyz; Microsoft Word, Facebook, crèches.",
      "Đơn vị: VNĐ; tr. 12; Tp. Hồ Chí Minh; Cty TNHH; the Prime Minister said nothing.",
    ];
    expect(checkLines(textInvalidSyllables, lines)).toEqual([]);
  });
  it("text/detached-marks: flags a mark after a space or on a consonant, rejoining it when one vowel fits", () => {
    const lines = ["Lâp\u0323 kế hoạch năm", "bao cao \u0301 \u0300 hằng tháng"];
    const f = checkLines(textDetachedMarks, lines);
    expect(f.length).toBe(3);
    expect(applyAll(lines, f)[0]).toBe("Lập kế hoạch năm");
    expect(f[1]?.fix).toBeUndefined();
    expect(checkLines(textDetachedMarks, ["Việt Nam", "Việt Nam".normalize("NFD")])).toEqual([]);
  });
  it("text/telex-residue: reads leftover Telex keystrokes in Vietnamese text only", () => {
    const f = checkLines(textTelexResidue, ["Đề nghị các đơn vị trieenr khai thực hiện ddaay đủ, kịp thời."]);
    expect(replacements(f)).toEqual(["triển", "đây"]);
    expect(
      checkLines(textTelexResidue, [
        "Các đơn vị see soon gas bus Facebook theo kế hoạch.",
        "we need to see the boss soon",
      ]),
    ).toEqual([]);
  });
  it("text/glued-syllables: splits a known word or two common syllables, not names", () => {
    const lines = ["Gửi báocáo về tổchức cán bộ; QUYẾTĐỊNH; lãi suấtcho các kịch bản", "Nitơ, ôxy, Hoàng Thị Lan"];
    const f = checkLines(textGluedSyllables, lines);
    expect(replacements(f)).toEqual(["báo cáo", "tổ chức", "QUYẾT ĐỊNH", "suất cho"]);
  });
  it("text/tone-placement: reports the new placement as info with the NĐ 30 form; an agency can disable it", () => {
    const lines = ["Uỷ ban nhân dân xã Hoà Bình; thuỷ lợi; khoẻ; thuế; quý; Ủy ban; hòa giải"];
    const f = checkLines(textTonePlacement, lines);
    expect(replacements(f)).toEqual(["Ủy", "Hòa", "thủy", "khỏe"]);
    expect(f.every((x) => x.severity === "info")).toBe(true);
    const doc = snapshotFromText(lines[0] ?? "");
    const off = runChecks(doc, { rules: [textTonePlacement], disabled: ["text/tone-placement"] });
    expect(off.findings).toEqual([]);
  });
});

describe("text/split-capitals", () => {
  it("joins a capital torn from its syllable in a heading and restores a lost first letter", () => {
    const lines = ["K Ế HOẠCH", "Y BAN NHÂN DÂN TỈNH TRÀ VINH", "Gửi Y ban nhân dân xã"];
    const f = checkLines(textSplitCapitals, lines);
    expect(applyAll(lines, f)).toEqual(["KẾ HOẠCH", "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH", "Gửi Ủy ban nhân dân xã"]);
  });
  it("leaves letters in lists, codes and running text alone", () => {
    const lines = ["Phương án B Ổn định sản xuất", "Phụ lục A, B, C", "Vitamin C UỐNG", "ông Y Thông; HUY CHƯƠNG"];
    expect(checkLines(textSplitCapitals, lines)).toEqual([]);
  });
  describe("text/damaged-word-pair", () => {
    it("reads two valid syllables as a known word after a dropped vowel, a changed mark or oà → ồ", () => {
      const lines = [
        "Đoàn sẽ kim tra toàn bộ hồ sơ và đánh giá tồn diện kết quả.",
        "Xây dưng kế hoạch triển khai; CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM",
        "Công văn đề nghi cấp đổi; trình chỉ thi của Chủ tịch.",
      ];
      const f = checkLines(textDamagedWordPair, lines);
      expect(applyAll(lines, f)).toEqual([
        "Đoàn sẽ kiểm tra toàn bộ hồ sơ và đánh giá toàn diện kết quả.",
        "Xây dựng kế hoạch triển khai; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Công văn đề nghị cấp đổi; trình chỉ thị của Chủ tịch.",
      ]);
      expect(f.every((x) => x.severity === "warning")).toBe(true);
      expect(textDamagedWordPair.meta.safeFix).toBe(false);
    });
    it("leaves words of their own alone: a changed tone, a dropped consonant, names and known neighbours", () => {
      const lines = [
        "Phát huy truyền thống; thi hành phần nghĩa vụ còn lại; xóa bỏ hủ tục lạc hậu.",
        "Đổi mới theo hướng dân chủ; tạo công ăn việc làm; bắt đầu từ ngày 01; ông Kim Tra.",
        "Quyết định đình chỉ thi hành án; tạm đình chỉ thi hành quyết định; đình chỉ thi công.",
        "Vận động ủng hộ đồng bào vùng lũ.",
        "Kiểm tra toàn diện; thông báo; xây dựng; truyền thông; văn hoa mỹ",
      ];
      expect(checkLines(textDamagedWordPair, lines)).toEqual([]);
    });
    it("isDamageOf and repairPair: only the damage PDF extraction and lost keystrokes make", () => {
      expect(isDamageOf("kiểm", "kim")).toBe(true);
      expect(isDamageOf("toàn", "tồn")).toBe(true);
      expect(isDamageOf("thông", "thơng")).toBe(true);
      expect(isDamageOf("dựng", "dưng")).toBe(true);
      expect(isDamageOf("thông", "thống")).toBe(false);
      expect(isDamageOf("thành", "hành")).toBe(false);
      expect(isDamageOf("hội", "hộ")).toBe(false);
      expect(repairPair("KIM", "TRA")).toBe("KIỂM TRA");
      expect(repairPair("kiểm", "tra")).toBeUndefined();
    });
  });
});
