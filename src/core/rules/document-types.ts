import { REF } from "./references";

/**
 * Administrative document types (NĐ 30 Điều 7) with their Phụ lục III abbreviations.
 * Mixed case (QyĐ, CTr, TTr, TrS) is part of the abbreviation and is kept.
 * Công văn and thư công have no abbreviation.
 */
export interface DocumentType {
  /** URL/CLI slug, ASCII. */
  slug: string;
  /** Tên loại as written in running text ("Báo cáo"). */
  name: string;
  /** Tên loại line as printed in the header (upper case), null for công văn. */
  title: string | null;
  /** Phụ lục III abbreviation, null when the type has none. */
  abbr: string | null;
  /** The Phụ lục III model (mẫu) the type follows. */
  model: string;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { slug: "nghi-quyet", name: "Nghị quyết", title: "NGHỊ QUYẾT", abbr: "NQ", model: "1.1" },
  { slug: "quyet-dinh", name: "Quyết định", title: "QUYẾT ĐỊNH", abbr: "QĐ", model: "1.2" },
  { slug: "chi-thi", name: "Chỉ thị", title: "CHỈ THỊ", abbr: "CT", model: "1.4" },
  { slug: "quy-che", name: "Quy chế", title: "QUY CHẾ", abbr: "QC", model: "1.4" },
  { slug: "quy-dinh", name: "Quy định", title: "QUY ĐỊNH", abbr: "QyĐ", model: "1.4" },
  { slug: "thong-cao", name: "Thông cáo", title: "THÔNG CÁO", abbr: "TC", model: "1.4" },
  { slug: "thong-bao", name: "Thông báo", title: "THÔNG BÁO", abbr: "TB", model: "1.4" },
  { slug: "huong-dan", name: "Hướng dẫn", title: "HƯỚNG DẪN", abbr: "HD", model: "1.4" },
  { slug: "chuong-trinh", name: "Chương trình", title: "CHƯƠNG TRÌNH", abbr: "CTr", model: "1.4" },
  { slug: "ke-hoach", name: "Kế hoạch", title: "KẾ HOẠCH", abbr: "KH", model: "1.4" },
  { slug: "phuong-an", name: "Phương án", title: "PHƯƠNG ÁN", abbr: "PA", model: "1.4" },
  { slug: "de-an", name: "Đề án", title: "ĐỀ ÁN", abbr: "ĐA", model: "1.4" },
  { slug: "du-an", name: "Dự án", title: "DỰ ÁN", abbr: "DA", model: "1.4" },
  { slug: "bao-cao", name: "Báo cáo", title: "BÁO CÁO", abbr: "BC", model: "1.4" },
  { slug: "bien-ban", name: "Biên bản", title: "BIÊN BẢN", abbr: "BB", model: "1.9" },
  { slug: "to-trinh", name: "Tờ trình", title: "TỜ TRÌNH", abbr: "TTr", model: "1.4" },
  { slug: "hop-dong", name: "Hợp đồng", title: "HỢP ĐỒNG", abbr: "HĐ", model: "1.4" },
  { slug: "cong-dien", name: "Công điện", title: "CÔNG ĐIỆN", abbr: "CĐ", model: "1.6" },
  { slug: "ban-ghi-nho", name: "Bản ghi nhớ", title: "BẢN GHI NHỚ", abbr: "BGN", model: "1.4" },
  { slug: "ban-thoa-thuan", name: "Bản thỏa thuận", title: "BẢN THỎA THUẬN", abbr: "BTT", model: "1.4" },
  { slug: "giay-uy-quyen", name: "Giấy ủy quyền", title: "GIẤY ỦY QUYỀN", abbr: "GUQ", model: "1.4" },
  { slug: "giay-moi", name: "Giấy mời", title: "GIẤY MỜI", abbr: "GM", model: "1.7" },
  { slug: "giay-gioi-thieu", name: "Giấy giới thiệu", title: "GIẤY GIỚI THIỆU", abbr: "GGT", model: "1.8" },
  { slug: "giay-nghi-phep", name: "Giấy nghỉ phép", title: "GIẤY NGHỈ PHÉP", abbr: "GNP", model: "1.10" },
  { slug: "phieu-gui", name: "Phiếu gửi", title: "PHIẾU GỬI", abbr: "PG", model: "1.4" },
  { slug: "phieu-chuyen", name: "Phiếu chuyển", title: "PHIẾU CHUYỂN", abbr: "PC", model: "1.4" },
  { slug: "phieu-bao", name: "Phiếu báo", title: "PHIẾU BÁO", abbr: "PB", model: "1.4" },
  { slug: "cong-van", name: "Công văn", title: null, abbr: null, model: "1.5" },
  { slug: "thu-cong", name: "Thư công", title: "THƯ CÔNG", abbr: null, model: "1.4" },
  { slug: "ban-sao-y", name: "Bản sao y", title: "SAO Y", abbr: "SY", model: "3.1" },
  { slug: "ban-trich-sao", name: "Bản trích sao", title: "TRÍCH SAO", abbr: "TrS", model: "3.1" },
  { slug: "ban-sao-luc", name: "Bản sao lục", title: "SAO LỤC", abbr: "SL", model: "3.1" },
];
export const DOCUMENT_TYPES_REF = `NĐ 30/2020, Điều 7; ${REF.plIII}`;

/** Easily confused abbreviation pairs, for checks to explain a mismatch. */
export const CONFUSABLE_ABBRS: readonly (readonly [string, string])[] = [
  ["QĐ", "QyĐ"],
  ["ĐA", "DA"],
  ["HD", "HĐ"],
  ["CT", "CTr"],
  ["TTr", "TT"],
];

/** Party document abbreviations (HD 05-HD/VPTW 2026; QĐi is a pre-2026 form for Quy định). */
export const PARTY_TYPES: readonly { name: string; abbr: string }[] = [
  { name: "Nghị quyết", abbr: "NQ" },
  { name: "Quyết định", abbr: "QĐ" },
  { name: "Quy định", abbr: "QĐ" },
  { name: "Quy định", abbr: "QĐi" },
  { name: "Chỉ thị", abbr: "CT" },
  { name: "Kết luận", abbr: "KL" },
  { name: "Quy chế", abbr: "QC" },
  { name: "Thông tri", abbr: "TT" },
  { name: "Hướng dẫn", abbr: "HD" },
  { name: "Thông báo", abbr: "TB" },
  { name: "Báo cáo", abbr: "BC" },
  { name: "Kế hoạch", abbr: "KH" },
  { name: "Chương trình", abbr: "CTr" },
  { name: "Tờ trình", abbr: "TTr" },
  { name: "Đề án", abbr: "ĐA" },
  { name: "Phương án", abbr: "PA" },
  { name: "Công văn", abbr: "CV" },
  { name: "Biên bản", abbr: "BB" },
  { name: "Bản sao", abbr: "BS" },
];

/**
 * Abbreviations a Party document of this type carries: the Party's own (HD 05-HD/VPTW), else, for a type the
 * guidance does not list (giấy mời, giấy giới thiệu), the state one. The first is the one to write.
 */
export function partyAbbreviations(type: DocumentType): string[] {
  const own = PARTY_TYPES.filter((t) => t.name === type.name).map((t) => t.abbr);
  return own.length > 0 ? own : type.abbr ? [type.abbr] : [];
}

/** QPPL type abbreviations as they appear inside a QPPL number (…/2020/NĐ-CP). */
export const QPPL_TYPES: readonly { name: string; abbr: string }[] = [
  { name: "Luật", abbr: "QH" },
  { name: "Nghị quyết", abbr: "NQ" },
  { name: "Pháp lệnh", abbr: "PL" },
  { name: "Nghị định", abbr: "NĐ" },
  { name: "Quyết định", abbr: "QĐ" },
  { name: "Thông tư", abbr: "TT" },
  { name: "Thông tư liên tịch", abbr: "TTLT" },
  { name: "Nghị quyết liên tịch", abbr: "NQLT" },
  { name: "Lệnh", abbr: "L" },
];

const bySlug = new Map(DOCUMENT_TYPES.map((t) => [t.slug, t]));
const byAbbr = new Map(DOCUMENT_TYPES.filter((t) => t.abbr).map((t) => [t.abbr as string, t]));

/** Finds a type by slug, by exact abbreviation (QyĐ ≠ QĐ), or by ASCII-folded abbreviation ("QD" → QĐ). */
export function findDocumentType(key: string): DocumentType | undefined {
  const k = key.trim();
  const direct = bySlug.get(k.toLowerCase()) ?? byAbbr.get(k);
  if (direct) return direct;
  const fold = (s: string) => s.replace(/Đ/g, "D").replace(/đ/g, "d").toUpperCase();
  const matches = DOCUMENT_TYPES.filter((t) => t.abbr && fold(t.abbr) === fold(k));
  // "DA" folds to both ĐA and DA; only an unambiguous folded match counts.
  return matches.length === 1 ? matches[0] : undefined;
}

export function typeByName(name: string): DocumentType | undefined {
  const n = name.trim().toLocaleLowerCase("vi");
  return DOCUMENT_TYPES.find((t) => t.name.toLocaleLowerCase("vi") === n);
}
