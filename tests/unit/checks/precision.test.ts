/**
 * Precision: a right document full of things that look like mistakes but are not (our own text, in the style
 * of PDF extractions). No error and no warning may come out of it.
 */
import { runChecks } from "../../../src/core/checks";
import { snapshotFromText } from "../../../src/core/model/document";

const TEXT = [
  "ỦY BAN NHÂN DÂN TỈNH AN BÌNH",
  "SỞ NỘI VỤ",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Số: 07/BC-SNV",
  "An Bình, ngày 09 tháng 02 năm 2026",
  "BÁO CÁO",
  "Tình hình công tác quý I năm 2026",
  "Kính gửi: Ủy ban nhân dân tỉnh.",
  "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 và Nghị quyết số 25-NQ/TW ngày 03/6/2008, Sở báo cáo như sau:",
  "Phần I",
  "KẾT QUẢ",
  "A. CÔNG TÁC TỔ CHỨC",
  "I. TỔ CHỨC BỘ MÁY",
  "1. Sắp xếp đơn vị",
  "a) Cấp tỉnh: đã sắp xếp 1.250 biên chế, tỷ lệ 98,5% so với năm 2025, tăng 5.1 điểm.",
  "b) Cấp xã: theo Nghị định số 30/2020/NĐ-CP và Quyết định số 1167-QĐ/TU.",
  "- Số điện thoại đường dây nóng 0294.3855.123; trang http://snv.anbinh.gov.vn/tin/2026/3/5",
  "+ Mục 1.1.2 của Hướng dẫn số 05-HD/BTCTU; Kết luận số 120-KL/TW; quý III/2025.",
  "2019.",
  "2. Đào tạo, bồi dưỡng",
  "Tổ chức 12 lớp cho 1.234.567 lượt người (tính đến ngày 31/3/2026), Đảng được thành lập ngày 03/02/1930.",
  "II. CHẾ ĐỘ CHÍNH SÁCH",
  "1. Tiền lương: Microsoft® Word và hoá đơn điện tử; ông Võ Văn Ba.",
  "B. CÔNG TÁC THI ĐUA",
  "I. PHONG TRÀO THI ĐUA",
  "1. Phát động thi đua “Dân vận khéo” – giai đoạn 2026-2030.",
  "Phần II",
  "PHƯƠNG HƯỚNG",
  "I. NHIỆM VỤ",
  "1. Tiếp tục thực hiện Điều 5 Luật Cán bộ, công chức; khoản 2 Điều 3.",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT, TCBC.",
  "KT. GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  "Trần Văn Bốn",
  "Phụ lục I",
  "SỐ LIỆU CHI TIẾT",
  "I. BIÊN CHẾ",
  "STT\tĐơn vị\tSố lượng",
  "\t1.1 Khối tỉnh\t1.250",
  "II. TIỀN LƯƠNG",
];

describe("precision on a right document with look-alike traps", () => {
  const result = runChecks(snapshotFromText(TEXT.join("\n")));
  it("reports no error and no warning", () => {
    const loud = result.findings.filter((f) => f.severity !== "info");
    expect(loud.map((f) => `${f.paragraph + 1} ${f.ruleId} «${f.excerpt}» ${f.message}`)).toEqual([]);
  });
  it("still finds a planted duplicate and a planted month zero when they are added", () => {
    const planted = [...TEXT];
    planted[20] = "1. Đào tạo, bồi dưỡng";
    planted[21] = planted[21].replace("31/3/2026", "31/3/2026 và ngày 05 tháng 04 năm 2026");
    const ids = runChecks(snapshotFromText(planted.join("\n"))).findings.map((f) => `${f.paragraph + 1} ${f.ruleId}`);
    expect(ids).toEqual(expect.arrayContaining(["21 numbering/duplicate", "22 date/words-zero"]));
  });
});
