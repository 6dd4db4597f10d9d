/** encoding/non-nfc: Vietnamese text is stored precomposed (NFC, “dựng sẵn”); combining marks are normalised. */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, matchAll, replaceFix } from "../util";

// A base letter followed by combining marks, or a lone combining mark.
const DECOMPOSED = /\p{L}?\p{M}+/gu;

export const encodingNonNfc: Rule = {
  id: "encoding/non-nfc",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Chữ Unicode tổ hợp",
    family: "encoding",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const { paragraph, m } of matchAll(ctx.doc, DECOMPOSED)) {
      const nfc = m[0].normalize("NFC");
      if (nfc === m[0]) continue;
      out.push(
        finding(encodingNonNfc, ctx.doc, {
          paragraph,
          start: m.index,
          end: m.index + m[0].length,
          message: `Chữ “${nfc}” đang viết bằng dấu tổ hợp (Unicode tổ hợp); nên chuyển sang Unicode dựng sẵn (NFC) theo TCVN 6909:2001.`,
          fix: replaceFix(
            ctx.doc,
            paragraph,
            m.index,
            m.index + m[0].length,
            nfc,
            `Chuẩn hóa “${nfc}” sang Unicode dựng sẵn`,
          ),
        }),
      );
    }
    return out;
  },
};
