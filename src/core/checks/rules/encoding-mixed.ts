/**
 * encoding/mixed: Unicode text and text left in TCVN3 or VNI in one paragraph, or in one document. Worth its own
 * finding because the usual remedy, running a converter over the whole text, would garble the part that is
 * already Unicode: only the old-encoded words (each reported by encoding/damage with its conversion) may be
 * converted. No fix of its own.
 */
import { REF } from "../../rules/references";
import { UNICODE_VIETNAMESE } from "../../text/legacy-encoding";
import type { CheckContext, Finding, Rule } from "../types";
import { finding } from "../util";
import { legacyParagraphs } from "./encoding-common";

const NAME = { tcvn3: "TCVN3 (.VnTime)", vni: "VNI" } as const;

export const encodingMixed: Rule = {
  id: "encoding/mixed",
  meta: {
    severity: "warning",
    ref: REF.tcvn6909,
    title: "Trộn lẫn bảng mã",
    family: "encoding",
    fixable: false,
  },
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const legacy = legacyParagraphs(ctx);
    let firstLegacy = -1;
    let unicodeParagraphs = 0;
    legacy.forEach((l, i) => {
      const text = ctx.doc.paragraphs[i]?.text ?? "";
      const unicode = UNICODE_VIETNAMESE.test(text);
      if (!l || l.words.length === 0) {
        if (unicode) unicodeParagraphs++;
        return;
      }
      if (firstLegacy < 0) firstLegacy = i;
      if (!unicode) return;
      const first = l.words[0];
      const last = l.words[l.words.length - 1];
      out.push(
        finding(encodingMixed, ctx.doc, {
          paragraph: i,
          start: first.start,
          end: last.end,
          message: `Đoạn văn trộn lẫn chữ Unicode và chữ ${NAME[l.encoding]}: chỉ chuyển mã các chữ ${NAME[l.encoding]} (${l.words.length} chữ); chuyển mã cả đoạn sẽ làm hỏng phần đã là Unicode (TCVN 6909:2001).`,
        }),
      );
    });
    if (out.length === 0 && firstLegacy >= 0 && unicodeParagraphs > 0) {
      const l = legacy[firstLegacy];
      const paragraphs = legacy.filter((x) => x && x.words.length > 0).length;
      if (l) {
        out.push(
          finding(encodingMixed, ctx.doc, {
            paragraph: firstLegacy,
            start: l.words[0].start,
            end: l.words[l.words.length - 1].end,
            severity: "info",
            message: `Văn bản trộn lẫn bảng mã: ${paragraphs} đoạn còn ở ${NAME[l.encoding]} giữa các đoạn Unicode; chỉ chuyển mã các đoạn đó, không chuyển mã cả văn bản (TCVN 6909:2001).`,
          }),
        );
      }
    }
    return out;
  },
};
