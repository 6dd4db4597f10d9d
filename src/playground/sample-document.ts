/**
 * The playground's sample: a 6-month báo cáo of an invented Sở Nội vụ, written for this project in the
 * style officers use (header lines, I./II./III. sections, 1./2. items, căn cứ-like citations of real
 * national documents). Local facts, names and figures are invented.
 *
 * It carries a few typical mistakes on purpose, so the Kiểm tra tab has something to find:
 * - the tiêu ngữ uses en dashes instead of hyphens;
 * - the header date writes the month with a leading zero ("tháng 06");
 * - section I has "2." twice (every later item under I is off by one);
 * - "12.4567 hồ sơ" breaks the thousands grouping.
 * Everything else is meant to be right.
 */
export const SAMPLE_DOCUMENT_LINES: readonly string[] = [
  "ỦY BAN NHÂN DÂN TỈNH LAM SƠN",
  "SỞ NỘI VỤ",
  "Số: 112/BC-SNV",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập – Tự do – Hạnh phúc",
  "Lam Sơn, ngày 25 tháng 06 năm 2026",
  "BÁO CÁO",
  "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026",
  "Thực hiện Kế hoạch số 18/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026, Sở Nội vụ báo cáo kết quả 6 tháng đầu năm 2026 như sau:",
  "I. KẾT QUẢ THỰC HIỆN",
  "1. Công tác chỉ đạo, điều hành",
  "Sở đã ban hành Kế hoạch số 05/KH-SNV ngày 20/01/2026 triển khai Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, giao nhiệm vụ cụ thể cho 7 phòng chuyên môn và 3 đơn vị trực thuộc.",
  "Việc soạn thảo, ban hành văn bản được thực hiện theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; 100% văn bản đi được ký số và gửi qua hệ thống quản lý văn bản điều hành.",
  "2. Cải cách thể chế",
  "Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành 04 quyết định quy phạm pháp luật về tổ chức bộ máy và biên chế; rà soát 36 văn bản, đề nghị sửa đổi 05 văn bản không còn phù hợp.",
  "2. Cải cách thủ tục hành chính",
  "Triển khai Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử, Sở đã tiếp nhận 12.4567 hồ sơ, trong đó 1.254 hồ sơ trực tuyến toàn trình; tỷ lệ giải quyết đúng hạn đạt 98,6%.",
  "3. Chuyển đổi số trong hoạt động của cơ quan",
  "Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030, Sở đã số hóa 2.380 hồ sơ lưu trữ và đưa vào sử dụng kho dữ liệu điện tử của tổ chức.",
  "II. TỒN TẠI, HẠN CHẾ",
  "1. Một số thủ tục hành chính còn ít hồ sơ nộp trực tuyến do người dân chưa quen sử dụng tài khoản định danh điện tử.",
  "2. Việc số hóa hồ sơ lưu trữ còn chậm so với kế hoạch vì thiếu nhân lực có chuyên môn.",
  "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
  "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.",
  "2. Hoàn thành số hóa hồ sơ lưu trữ giai đoạn 2015 - 2020 trước ngày 30/11/2026.",
  "3. Tổ chức 02 lớp bồi dưỡng kỹ năng soạn thảo văn bản hành chính cho công chức cấp xã.",
  "IV. KIẾN NGHỊ, ĐỀ XUẤT",
  "Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí số hóa hồ sơ lưu trữ năm 2026 theo dự toán đã trình.",
  "Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2026 của Sở Nội vụ./.",
  "Nơi nhận:",
  "- Ủy ban nhân dân tỉnh (b/c);",
  "- Bộ Nội vụ (b/c);",
  "- Giám đốc, các Phó Giám đốc Sở;",
  "- Lưu: VT, CCHC.",
  "GIÁM ĐỐC",
  "Trần Thị Hồng Nhung",
];

/** The sample as text, one paragraph per line (the fake host's `text` input). */
export const SAMPLE_DOCUMENT_TEXT = SAMPLE_DOCUMENT_LINES.join("\n");
