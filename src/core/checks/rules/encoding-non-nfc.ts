/**
 * encoding/non-nfc: Vietnamese text is stored precomposed (NFC, “dựng sẵn”). Text typed with combining marks
 * gives one finding per paragraph (with the count of letters), whose fix normalises every one of them.
 */
import { REF } from "../../rules/references";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";
import type { TextEdit } from "../../model/edits";

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
    readsRawText: true,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.doc.paragraphs) {
      if (p.text.normalize("NFC") === p.text) continue;
      const edits: TextEdit[] = [];
      for (const m of p.text.matchAll(DECOMPOSED)) {
        const nfc = m[0].normalize("NFC");
        if (nfc === m[0]) continue;
        const start = m.index ?? 0;
        edits.push({
          kind: "text",
          paragraph: p.index,
          start,
          end: start + m[0].length,
          expected: m[0],
          replacement: nfc,
        });
      }
      if (!edits.length) continue;
      const first = edits[0];
      const last = edits[edits.length - 1];
      const sample = edits
        .slice(0, 3)
        .map((e) => `“${e.replacement}”`)
        .join(", ");
      out.push(
        finding(encodingNonNfc, ctx.doc, {
          paragraph: p.index,
          start: first.start,
          end: last.end,
          message: `${edits.length} chữ trong đoạn này (${sample}${edits.length > 3 ? ", …" : ""}) đang viết bằng dấu tổ hợp (Unicode tổ hợp); nên chuyển sang Unicode dựng sẵn (NFC) theo TCVN 6909:2001.`,
          fix: { description: `Chuẩn hóa ${edits.length} chữ của đoạn sang Unicode dựng sẵn`, edits },
        }),
      );
    }
    return out;
  },
};
