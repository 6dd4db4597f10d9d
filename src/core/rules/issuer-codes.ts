/**
 * Issuer codes as they appear at the end of a ký hiệu (NĐ 30 Phụ lục III; Luật 64/2025 and NĐ 78/2025 for
 * QPPL numbers): what an officer's typed symbol says about who issued it. Codes of ministries renamed or
 * merged in 2025 stay, since documents issued under them are still cited.
 */
export interface IssuerCode {
  /** The code as written in the ký hiệu ("BNV", "TTg"); a pattern for codes with a term number (QH15). */
  code: string | RegExp;
  /** The issuer's name as written after "của" in a citation. */
  name: string;
}

export const ISSUER_CODES: readonly IssuerCode[] = [
  { code: "CP", name: "Chính phủ" },
  { code: "TTg", name: "Thủ tướng Chính phủ" },
  { code: /^QH\d{1,2}$/, name: "Quốc hội" },
  { code: /^UBTVQH\d{1,2}$/, name: "Ủy ban Thường vụ Quốc hội" },
  { code: "CTN", name: "Chủ tịch nước" },
  { code: "HĐTP", name: "Hội đồng Thẩm phán Tòa án nhân dân tối cao" },
  { code: "TANDTC", name: "Tòa án nhân dân tối cao" },
  { code: "VKSNDTC", name: "Viện kiểm sát nhân dân tối cao" },
  { code: "KTNN", name: "Kiểm toán nhà nước" },
  { code: "VPCP", name: "Văn phòng Chính phủ" },
  { code: "TTCP", name: "Thanh tra Chính phủ" },
  { code: "NHNN", name: "Ngân hàng Nhà nước Việt Nam" },
  { code: "UBDT", name: "Ủy ban Dân tộc" },
  { code: "BNV", name: "Bộ Nội vụ" },
  { code: "BTC", name: "Bộ Tài chính" },
  { code: "BTP", name: "Bộ Tư pháp" },
  { code: "BCA", name: "Bộ Công an" },
  { code: "BQP", name: "Bộ Quốc phòng" },
  { code: "BNG", name: "Bộ Ngoại giao" },
  { code: "BYT", name: "Bộ Y tế" },
  { code: "BGDĐT", name: "Bộ Giáo dục và Đào tạo" },
  { code: "BCT", name: "Bộ Công Thương" },
  { code: "BXD", name: "Bộ Xây dựng" },
  { code: "BKHCN", name: "Bộ Khoa học và Công nghệ" },
  { code: "BVHTTDL", name: "Bộ Văn hóa, Thể thao và Du lịch" },
  { code: "BNNMT", name: "Bộ Nông nghiệp và Môi trường" },
  { code: "BDTTG", name: "Bộ Dân tộc và Tôn giáo" },
  { code: "BKHĐT", name: "Bộ Kế hoạch và Đầu tư" },
  { code: "BTTTT", name: "Bộ Thông tin và Truyền thông" },
  { code: "BLĐTBXH", name: "Bộ Lao động - Thương binh và Xã hội" },
  { code: "BTNMT", name: "Bộ Tài nguyên và Môi trường" },
  { code: "BNNPTNT", name: "Bộ Nông nghiệp và Phát triển nông thôn" },
  { code: "BGTVT", name: "Bộ Giao thông vận tải" },
  { code: "UBND", name: "Ủy ban nhân dân" },
  { code: "HĐND", name: "Hội đồng nhân dân" },
  { code: "TU", name: "Tỉnh ủy" },
];

/** The issuer named by a code, or undefined when the code is not one we know (an agency's own code). */
export function issuerForCode(code: string): string | undefined {
  for (const c of ISSUER_CODES) {
    if (typeof c.code === "string" ? c.code === code : c.code.test(code)) return c.name;
  }
  return undefined;
}
