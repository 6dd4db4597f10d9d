/**
 * A document citing one document in force (30/2020), one replaced before this document's date (110/2004), one the
 * catalog lists without a status (Luật 42/2013/QH13, cited twice) and one no catalog holds (88/2019/NĐ-CP): the
 * four cases of the "replaced" check, shared by the CLI and the Kiểm tra tab tests.
 */
export const UNJUDGED_CITATION_LINES: readonly string[] = [
  "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
  "Trà Vinh, ngày 05 tháng 9 năm 2022",
  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
  "Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư;",
  "Căn cứ Luật số 42/2013/QH13 và Nghị định số 88/2019/NĐ-CP;",
  "Thực hiện tiếp Luật số 42/2013/QH13.",
];
