import { fixedKinhGui } from "../../../src/core/checks/rules/fixed-string-kinh-gui";
import { fixedNoiNhan } from "../../../src/core/checks/rules/fixed-string-noi-nhan";
import { fixedQuocHieu } from "../../../src/core/checks/rules/fixed-string-quoc-hieu";
import { fixedSigning } from "../../../src/core/checks/rules/fixed-string-signing";
import { fixedTieuNgu } from "../../../src/core/checks/rules/fixed-string-tieu-ngu";
import { FIXED } from "../../../src/core/rules/fixed-strings";
import { applyAll, checkLines } from "./helpers";

describe("fixed strings", () => {
  it("fixed-string/quoc-hieu: fixes a wrong quốc hiệu and accepts the right one", () => {
    const lines = ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
    const f = checkLines(fixedQuocHieu, lines);
    expect(f).toHaveLength(1);
    expect(applyAll(lines, f)[0]).toBe(FIXED.quocHieu.text);
    expect(checkLines(fixedQuocHieu, [FIXED.quocHieu.text])).toEqual([]);
  });
  it("fixed-string/tieu-ngu: flags long dashes and missing spaces", () => {
    for (const bad of ["Độc lập – Tự do – Hạnh phúc", "Độc lập-Tự do-Hạnh phúc"]) {
      const f = checkLines(fixedTieuNgu, [FIXED.quocHieu.text, bad]);
      expect(applyAll([FIXED.quocHieu.text, bad], f)[1]).toBe(FIXED.tieuNgu.text);
    }
    expect(checkLines(fixedTieuNgu, [FIXED.tieuNgu.text])).toEqual([]);
  });
  it("fixed-string/noi-nhan: wants “Nơi nhận:”", () => {
    const lines = ["BÁO CÁO", "Nội dung.", "Nơi nhận :", "- Lưu: VT."];
    const f = checkLines(fixedNoiNhan, lines);
    expect(applyAll(lines, f)[2]).toBe("Nơi nhận:");
    expect(checkLines(fixedNoiNhan, ["Nơi nhận:", "- Như trên;"])).toEqual([]);
  });
  it("fixed-string/kinh-gui: wants “Kính gửi:”", () => {
    const lines = ["Số: 12/UBND-VP", "Kính gửi Sở Nội vụ"];
    const f = checkLines(fixedKinhGui, lines);
    expect(applyAll(lines, f)[1]).toBe("Kính gửi: Sở Nội vụ");
    expect(checkLines(fixedKinhGui, ["Kính gửi: Sở Nội vụ"])).toEqual([]);
  });
  it("fixed-string/signing: “KT.GIÁM ĐỐC” becomes “KT. GIÁM ĐỐC”; sentences and “QUYẾT ĐỊNH” are left alone", () => {
    const lines = ["**KT.GIÁM ĐỐC", "TM ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "QUYẾT ĐỊNH:", "TL văn bản này"];
    const f = checkLines(fixedSigning, lines);
    expect(f.map((x) => x.paragraph)).toEqual([0, 1]);
    expect(applyAll(lines, f).slice(0, 2)).toEqual(["**KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"]);
  });
});
