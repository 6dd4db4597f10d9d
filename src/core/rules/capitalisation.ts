/**
 * Names for the capitalisation rules of NĐ 30/2020, Phụ lục II: agencies written as the decree spells them,
 * the provinces after the 2025 merger, the units of the two-level local government, and law names.
 */
import { REF } from "./references";

/**
 * Phụ lục II has five parts: I viết hoa vì phép đặt câu, II tên người, III tên địa lý (the unit word before a
 * name in small letters, but capitalised before a number or a person's or event's name: “Quận 1”), IV tên cơ
 * quan, tổ chức, V các trường hợp khác (among them tên chức vụ, học vị, danh hiệu; tên các loại văn bản; phần,
 * chương, mục, tiểu mục, điều capitalised and khoản, điểm not when cited). Messages cite the part only.
 */
export const CAPITALISATION_REF = {
  agency: `${REF.plII}, mục IV (tên cơ quan, tổ chức)`,
  place: `${REF.plII}, mục III (tên địa lý, đơn vị hành chính)`,
  law: `${REF.plII}, mục V (tên các loại văn bản: luật, bộ luật)`,
  part: `${REF.plII}, mục V (phần, chương, mục, điều, khoản, điểm khi viện dẫn)`,
  docType: `${REF.plII}, mục V (tên loại văn bản khi viện dẫn)`,
  title: `${REF.plII}, mục V (tên chức vụ, học vị, danh hiệu)`,
} as const;

/** Agency names as written under Phụ lục II: the first word and the words naming the function capitalised. */
export const AGENCY_NAMES: readonly string[] = [
  "Ủy ban nhân dân",
  "Hội đồng nhân dân",
  "Văn phòng Chính phủ",
  "Thanh tra Chính phủ",
  "Ngân hàng Nhà nước Việt Nam",
  "Ủy ban Mặt trận Tổ quốc Việt Nam",
  ...[
    "Nội vụ",
    "Tài chính",
    "Tư pháp",
    "Xây dựng",
    "Y tế",
    "Công Thương",
    "Ngoại vụ",
    "Thông tin và Truyền thông",
    "Khoa học và Công nghệ",
    "Giáo dục và Đào tạo",
    "Nông nghiệp và Môi trường",
    "Nông nghiệp và Phát triển nông thôn",
    "Tài nguyên và Môi trường",
    "Kế hoạch và Đầu tư",
    "Văn hóa, Thể thao và Du lịch",
    "Lao động - Thương binh và Xã hội",
    "Dân tộc và Tôn giáo",
  ].flatMap((f) => [`Sở ${f}`, `Bộ ${f}`]),
  "Bộ Quốc phòng",
  "Bộ Công an",
  "Bộ Ngoại giao",
];

/** The 34 province-level units from 1 July 2025: six centrally-run cities and 28 provinces. */
export const PROVINCES_2025: readonly string[] = [
  "Hà Nội",
  "Hải Phòng",
  "Huế",
  "Đà Nẵng",
  "Hồ Chí Minh",
  "Cần Thơ",
  "Lai Châu",
  "Điện Biên",
  "Sơn La",
  "Lạng Sơn",
  "Quảng Ninh",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Cao Bằng",
  "Tuyên Quang",
  "Lào Cai",
  "Thái Nguyên",
  "Phú Thọ",
  "Bắc Ninh",
  "Hưng Yên",
  "Ninh Bình",
  "Quảng Trị",
  "Quảng Ngãi",
  "Gia Lai",
  "Khánh Hòa",
  "Lâm Đồng",
  "Đắk Lắk",
  "Đồng Nai",
  "Tây Ninh",
  "Vĩnh Long",
  "Đồng Tháp",
  "Cà Mau",
  "An Giang",
];

/**
 * Unit words written in lower case before a name (“tỉnh Trà Vinh”, “xã Hòa Bình”). The two-level local
 * government since 2025 has tỉnh/thành phố above xã/phường/đặc khu; huyện, quận, thị xã, thị trấn remain in
 * older texts. “Thành phố” is left out: in “Thành phố Hồ Chí Minh” it is part of the name.
 */
export const UNIT_WORDS: readonly string[] = ["tỉnh", "xã", "phường", "đặc khu", "huyện", "quận", "thị xã", "thị trấn"];

/** Law and code names after “Luật”/“Bộ luật”, as the decree writes them (first word capitalised). */
export const LAW_NAMES: readonly string[] = [
  "Đất đai",
  "Lao động",
  "Dân sự",
  "Hình sự",
  "Đầu tư",
  "Đầu tư công",
  "Doanh nghiệp",
  "Xây dựng",
  "Ngân sách nhà nước",
  "Cán bộ, công chức",
  "Viên chức",
  "Tổ chức chính quyền địa phương",
  "Tổ chức Chính phủ",
  "Ban hành văn bản quy phạm pháp luật",
  "Giáo dục",
  "Bảo hiểm xã hội",
  "Bảo hiểm y tế",
  "Đấu thầu",
  "Nhà ở",
  "Kinh doanh bất động sản",
  "Quy hoạch",
  "Bảo vệ môi trường",
  "An ninh mạng",
  "Khiếu nại",
  "Tố cáo",
  "Tiếp cận thông tin",
  "Hôn nhân và gia đình",
  "Tố tụng hình sự",
  "Tố tụng dân sự",
  "Thi đua, khen thưởng",
  "Phòng, chống tham nhũng",
  "Xử lý vi phạm hành chính",
  "Thuế thu nhập cá nhân",
  "Quản lý thuế",
  "Kế toán",
  "Thống kê",
];

/**
 * Titles that name one office and are always written so, with or without a person's name after them: the words
 * after the first are an agency's name (“Chính phủ”, “Quốc hội”) or part of the fixed title.
 */
export const FIXED_TITLES: readonly string[] = [
  "Thủ tướng Chính phủ",
  "Phó Thủ tướng Chính phủ",
  "Chủ tịch Quốc hội",
  "Phó Chủ tịch Quốc hội",
  "Tổng Bí thư",
  "Tổng Kiểm toán nhà nước",
];

/**
 * Titles (chức vụ, học vị) written with a capital when a person's name or the agency's name follows them
 * (“Giám đốc Nguyễn Văn A”, “Bộ trưởng Bộ Nội vụ”), in lower case as they are typed.
 */
export const TITLE_WORDS: readonly string[] = [
  "chủ tịch",
  "thủ tướng",
  "bộ trưởng",
  "thứ trưởng",
  "tổng giám đốc",
  "giám đốc",
  "chánh văn phòng",
  "chánh thanh tra",
  "chánh án",
  "viện trưởng",
  "cục trưởng",
  "vụ trưởng",
  "hiệu trưởng",
  "bí thư",
  "giáo sư",
  "tiến sĩ",
];

/**
 * Common Vietnamese family names: a capitalised word from this list followed by two more capitalised words is
 * taken for a person's name. Family names that are also common place or middle-name words are
 * left out (Hà, Cao, Mai, Lâm, Thái, Châu, Giang, Nông, La, Văn), so
 * “giám đốc Châu Thành” is not read as a name.
 */
export const FAMILY_NAMES: readonly string[] = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Đoàn",
  "Trịnh",
  "Trương",
  "Lưu",
  "Lương",
  "Tô",
  "Đào",
  "Tạ",
  "Quách",
  "Kiều",
  "Triệu",
  "Vương",
  "Mạc",
  "Thân",
  "Tôn",
];
