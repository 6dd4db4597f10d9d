/**
 * VNI-Windows (the “VNI-Times” fonts): each Vietnamese letter was a Latin letter followed by one or two marks
 * stored as Latin-1 bytes. Opened without the font the text shows “Vieät Nam” for “Việt Nam”, “coâng vaên” for
 * “công văn” and “ñ” for “đ”. The table gives, in lower case, the Latin-1 spelling of every letter that differs
 * (í and ì were stored as themselves).
 */
// prettier-ignore
const LOWER: Readonly<Record<string, string>> = {
  "aù": "á", "aø": "à", "aû": "ả", "aõ": "ã", "aï": "ạ",
  "aâ": "â", "aá": "ấ", "aà": "ầ", "aå": "ẩ", "aã": "ẫ", "aä": "ậ",
  "aê": "ă", "aé": "ắ", "aè": "ằ", "aú": "ẳ", "aü": "ẵ", "aë": "ặ",
  "eù": "é", "eø": "è", "eû": "ẻ", "eõ": "ẽ", "eï": "ẹ",
  "eâ": "ê", "eá": "ế", "eà": "ề", "eå": "ể", "eã": "ễ", "eä": "ệ",
  "où": "ó", "oø": "ò", "oû": "ỏ", "oõ": "õ", "oï": "ọ",
  "oâ": "ô", "oá": "ố", "oà": "ồ", "oå": "ổ", "oã": "ỗ", "oä": "ộ",
  "ô": "ơ", "ôù": "ớ", "ôø": "ờ", "ôû": "ở", "ôõ": "ỡ", "ôï": "ợ",
  "uù": "ú", "uø": "ù", "uû": "ủ", "uõ": "ũ", "uï": "ụ",
  "ö": "ư", "öù": "ứ", "öø": "ừ", "öû": "ử", "öõ": "ữ", "öï": "ự",
  "yù": "ý", "yø": "ỳ", "yû": "ỷ", "yõ": "ỹ", "î": "ỵ",
  "æ": "ỉ", "ó": "ĩ", "ò": "ị",
  "ñ": "đ",
};

/** Marks that never stand in Unicode Vietnamese text: a word holding one (after a letter) is VNI. */
export const VNI_ONLY = /[äëïøûüåæîñöÄËÏØÛÜÅÆÎÑÖ]|[aeoAEO][âÂ]|[aA][êÊ]/u;

/** A word read as VNI (NFC): two-character spellings first, a capital base letter gives a capital. */
export function vniToUnicode(word: string): string {
  let out = "";
  for (let i = 0; i < word.length;) {
    const pair = word.slice(i, i + 2);
    const two = LOWER[pair.toLowerCase()];
    if (pair.length === 2 && two) {
      out += pair[0] === pair[0].toUpperCase() ? two.toUpperCase() : two;
      i += 2;
      continue;
    }
    const ch = word[i];
    const one = LOWER[ch.toLowerCase()];
    out += one ? (ch === ch.toUpperCase() ? one.toUpperCase() : one) : ch;
    i += 1;
  }
  return out.normalize("NFC");
}
