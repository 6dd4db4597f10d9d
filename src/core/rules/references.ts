/** Where each rule comes from. Every rules value points at one of these. */
export const REF = {
  nd30: "NĐ 30/2020/NĐ-CP",
  nd30Art7: "NĐ 30/2020, Điều 7 (các loại văn bản hành chính)",
  nd30Art8: "NĐ 30/2020, Điều 8 (thể thức văn bản)",
  nd30Art13: "NĐ 30/2020, Điều 13 (thẩm quyền ký)",
  nd30Art15: "NĐ 30/2020, Điều 15 (số, ký hiệu)",
  plI_I: "NĐ 30/2020, Phụ lục I, Phần I, mục I (kỹ thuật trình bày chung)",
  plI_II1: "NĐ 30/2020, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ)",
  plI_II2: "NĐ 30/2020, Phụ lục I, mục II.2 (tên cơ quan ban hành)",
  plI_II3: "NĐ 30/2020, Phụ lục I, mục II.3 (số, ký hiệu)",
  plI_II4: "NĐ 30/2020, Phụ lục I, mục II.4 (địa danh và thời gian)",
  plI_II5: "NĐ 30/2020, Phụ lục I, mục II.5 (tên loại và trích yếu)",
  plI_II6: "NĐ 30/2020, Phụ lục I, mục II.6 (nội dung văn bản)",
  plI_II7: "NĐ 30/2020, Phụ lục I, mục II.7 (chức vụ, họ tên người ký)",
  plI_II9: "NĐ 30/2020, Phụ lục I, mục II.9 (nơi nhận)",
  plI_III: "NĐ 30/2020, Phụ lục I, mục III (thành phần khác)",
  plI_IV: "NĐ 30/2020, Phụ lục I, mục IV (vị trí các thành phần)",
  plI_V: "NĐ 30/2020, Phụ lục I, mục V (mẫu chữ và chi tiết trình bày)",
  plII: "NĐ 30/2020, Phụ lục II (viết hoa)",
  plIII: "NĐ 30/2020, Phụ lục III (viết tắt tên loại, mẫu văn bản)",
  tcvn6909: "TCVN 6909:2001 (bộ mã Unicode tiếng Việt); QĐ 72/2002/QĐ-TTg",
  hd05: "HD 05-HD/VPTW năm 2026 (thể thức văn bản của Đảng)",
  luat64: "Luật 64/2025/QH15 (ban hành VBQPPL)",
  nd78art68: "NĐ 78/2025/NĐ-CP, Điều 68 (viện dẫn văn bản)",
  practice: "thực tiễn soạn thảo (không phải quy định bắt buộc)",
} as const;

export type RefKey = keyof typeof REF;
