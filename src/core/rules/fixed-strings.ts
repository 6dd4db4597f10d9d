import { REF } from "./references";

/** Strings the decree fixes word for word. */
export const FIXED = {
  quocHieu: { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ref: REF.plI_II1 },
  tieuNgu: { text: "Độc lập - Tự do - Hạnh phúc", ref: REF.plI_II1 },
  partyHeader: { text: "ĐẢNG CỘNG SẢN VIỆT NAM", ref: REF.hd05 },
  noiNhan: { text: "Nơi nhận:", ref: REF.plI_II9 },
  kinhGui: { text: "Kính gửi:", ref: REF.plI_III },
  luuPrefix: { text: "- Lưu: VT", ref: REF.plI_II9 },
  congVanSubjectPrefix: { text: "V/v ", ref: REF.plI_II5 },
  soPrefix: { text: "Số:", ref: REF.plI_II3 },
  partySoPrefix: { text: "Số", ref: REF.hd05 },
} as const;

/** Urgency marks (dấu độ khẩn) and their box sizes in mm. */
export const URGENCY = [
  { text: "HỎA TỐC", boxMm: [30, 8] as const },
  { text: "THƯỢNG KHẨN", boxMm: [40, 8] as const },
  { text: "KHẨN", boxMm: [20, 8] as const },
] as const;
export const URGENCY_REF = REF.plI_III;

/** Secrecy marks (dấu độ mật), per the state-secret law. */
export const SECRECY = ["TUYỆT MẬT", "TỐI MẬT", "MẬT"] as const;

/** Circulation marks (chỉ dẫn phạm vi lưu hành). */
export const CIRCULATION = ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", "TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)"] as const;
