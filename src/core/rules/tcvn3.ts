/**
 * TCVN 5712:1993 (VN3, the ".VnTime" fonts): the byte each Vietnamese letter had before Unicode, as Latin-1
 * characters. Text typed in those fonts and opened without them shows “nh©n d©n” for “nhân dân”. Capitals with
 * a tone used a second font (.VnTimeH) with the lower-case codes, so conversion gives lower case there.
 */
// prettier-ignore
const TABLE: Readonly<Record<string, string>> = {
  "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
  "\u00a8": "ă", "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
  "\u00a9": "â", "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
  "\u00ae": "đ",
  "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
  "\u00aa": "ê", "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
  "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
  "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
  "\u00ab": "ô", "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
  "\u00ac": "ơ", "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
  "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
  "\u00ad": "ư", "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
  "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
  "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
};

/**
 * Codes that never occur in Unicode Vietnamese: a word holding one is TCVN3 text. (à, á, â, ã, è, é, ê, ì, í,
 * ò, ó, ô, õ, ù, ú, ý are real Vietnamese letters too, so they alone prove nothing.)
 */
export const TCVN3_ONLY =
  /[\u00a1-\u00a9\u00aa-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00c6\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/u;

/** A TCVN3 word converted to Unicode (NFC); characters outside the table are kept. */
export function tcvn3ToUnicode(word: string): string {
  let out = "";
  for (const ch of word) out += TABLE[ch] ?? ch;
  return out.normalize("NFC");
}

/**
 * Whether a word of a TCVN3 paragraph is TCVN3 text: it holds a TCVN3-only code, a capital with a diacritic
 * after a small letter (“TruyÒn”), or a reading impossible in Vietnamese, a grave or tilde tone on a syllable
 * ending in c, ch, p or t (“thùc” is “thực”).
 */
export function isTcvn3Word(word: string): boolean {
  if (TCVN3_ONLY.test(word)) return true;
  if (/[a-z][\u00c0-\u00de]/u.test(word)) return true;
  return /[àèìòùãõ](?:c|ch|p|t)$/iu.test(word);
}
