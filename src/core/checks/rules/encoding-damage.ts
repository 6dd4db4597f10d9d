/**
 * encoding/damage: text left in an old font encoding (TCVN3, VNI) or broken by PDF extraction or a wrong
 * code page. Suggestions only: a fix is offered for review, never applied by `vbhc fix`.
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";
import { legacyParagraphs } from "./encoding-common";

/** Windows-1252 characters in 0x80–0x9F, mapped back to their byte. */
const CP1252: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Reverses UTF-8 bytes shown as Windows-1252 (“Viá»‡t” → “Việt”); undefined when that does not decode. */
export function undoMojibake(s: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const b = CP1252[ch] ?? (c < 0x100 ? c : -1);
    if (b < 0) return undefined;
    bytes.push(b);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** Words damaged by PDF extraction with a known right form. */
const DAMAGED_WORDS: Record<string, string> = {
  HÕA: "HÒA",
  HỊA: "HÒA",
  khơng: "không",
  Khơng: "Không",
  cĩ: "có",
  Cĩ: "Có",
  dịng: "dòng",
};

// Each pattern starts only at a word start (lookbehind), so a scan stays linear in the paragraph length.
interface Pattern {
  re: RegExp;
  what: string;
  suggest: (s: string) => string | undefined;
  /** Also looked for in TCVN3 and VNI paragraphs, whose Latin-1 bytes the other readings would misread. */
  inTcvn3?: boolean;
}

const PATTERNS: Pattern[] = [
  {
    re: /(?<!\p{L})\p{L}*[ƣƢ]\p{L}*/gu,
    what: "chữ “ƣ” do trích xuất PDF lỗi",
    inTcvn3: true,
    suggest: (s) => s.replace(/ƣ/gu, "ư").replace(/Ƣ/gu, "Ư"),
  },
  {
    re: /(?<!\p{L})\p{L}*[Ðð]\p{L}*/gu,
    what: "chữ Ð (eth, không phải Đ tiếng Việt)",
    suggest: (s) => s.replace(/Ð/gu, "Đ").replace(/ð/gu, "đ"),
  },
  {
    re: /(?<![\p{L}\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])[\p{L}\u0080-\u00BF]*(?:Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|á[º»]|Æ[°¯]|Ä[‘\u0090]|Ä)[\p{L}\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*/gu,
    what: "chữ UTF-8 bị đọc sai bảng mã",
    suggest: undoMojibake,
  },
  {
    re: new RegExp(`(?<!\\p{L})(?:${Object.keys(DAMAGED_WORDS).join("|")})(?!\\p{L})`, "gu"),
    what: "chữ bị lỗi khi trích xuất PDF",
    inTcvn3: true,
    suggest: (s) => DAMAGED_WORDS[s],
  },
];

const LEGACY_WHAT = {
  tcvn3: "chữ TCVN3 (.VnTime) chưa chuyển sang Unicode",
  vni: "chữ VNI (VNI-Times) chưa chuyển sang Unicode",
} as const;

const SUSPECT = /[ƣƢÐðÃÆÄ]|á[º»]|HÕA|HỊA|khơng|Khơng|cĩ|Cĩ|dịng/u;

export const encodingDamage: Rule = {
  id: "encoding/damage",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Lỗi bảng mã tiếng Việt",
    family: "encoding",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const report = (paragraph: number, start: number, s: string, what: string, sug: string | undefined) => {
      const fixable = sug !== undefined && sug !== s;
      out.push(
        finding(encodingDamage, ctx.doc, {
          paragraph,
          start,
          end: start + s.length,
          message: fixable
            ? `Lỗi bảng mã: “${s}” là ${what}; có lẽ là “${sug}” (hãy kiểm tra lại trước khi sửa).`
            : `Lỗi bảng mã: “${s}” là ${what}; hãy chuyển mã văn bản sang Unicode (TCVN 6909:2001).`,
          ...(fixable ? { fix: replaceFix(ctx.doc, paragraph, start, start + s.length, sug) } : {}),
        }),
      );
    };
    // A paragraph in TCVN3 or VNI is that encoding throughout: its words are converted as such, and the other
    // readings of the same Latin-1 bytes (mojibake, eth) are not offered.
    const legacy = new Set<number>();
    legacyParagraphs(ctx).forEach((l, i) => {
      if (!l) return;
      legacy.add(i);
      for (const w of l.words) report(i, w.start, w.word, LEGACY_WHAT[l.encoding], w.unicode);
    });
    // Most paragraphs are clean: a cheap scan picks the few worth the word patterns.
    const suspects = ctx.doc.paragraphs.filter((p) => SUSPECT.test(p.text));
    const others = suspects.filter((p) => !legacy.has(p.index));
    for (const p of PATTERNS) {
      for (const { paragraph, m } of matchAll({ ...ctx.doc, paragraphs: p.inTcvn3 ? suspects : others }, p.re)) {
        report(paragraph, m.index, m[0], p.what, p.suggest(m[0]));
      }
    }
    return out;
  },
};
