/**
 * The document's own số, ký hiệu (header "Số:" line): form, leading zero, type abbreviation against tên loại,
 * and a draft's blank number (information only).
 */
import { REF } from "../../rules/references";
import { PARTY_TYPES } from "../../rules/document-types";
import { structureOf, type LineRef } from "../../structure";
import type { CheckContext, Finding, Rule } from "../types";
import { finding, replaceFix } from "../util";

export interface ParsedSo {
  line: LineRef;
  /** Offsets in the paragraph text. */
  soStart: number;
  numStart: number;
  numEnd: number;
  number: string;
  party: boolean;
  /** Type abbreviation inside the ký hiệu ("BC" in "1183/BC-STTTT-VP", "QĐ" in "1167-QĐ/TU"). */
  type: string;
  typeStart: number;
  symbolStart: number;
  symbolEnd: number;
}

/** Parses the header "Số" line; undefined when there is none or it cannot be read. */
export function parseSoLine(ctx: CheckContext): ParsedSo | undefined {
  const line = structureOf(ctx.doc, ctx.cache).soLine;
  if (!line) return undefined;
  const text = line.text;
  const m = /Số\s*:?\s*(\d*)\s*([-/])\s*([^\s*_]*)/u.exec(text.slice(line.start));
  if (!m) return undefined;
  const base = line.start + m.index;
  const numStart = base + m[0].indexOf(m[1], 2);
  const party = m[2] === "-" && m[3].includes("/");
  const rest = m[3];
  const type = party ? rest.split("/")[0] : (rest.split("-")[0] ?? "");
  const symbolStart = base + m[0].length - rest.length;
  return {
    line,
    soStart: base,
    numStart: m[1] ? numStart : symbolStart - 1,
    numEnd: m[1] ? numStart + m[1].length : symbolStart - 1,
    number: m[1],
    party,
    type,
    typeStart: symbolStart,
    symbolStart,
    symbolEnd: base + m[0].length,
  };
}

export const symbolDraftBlank: Rule = {
  id: "symbol/draft-blank",
  meta: {
    severity: "info",
    ref: REF.plI_II3,
    title: "Số văn bản để trống (dự thảo)",
    family: "symbol",
    fixable: false,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so || so.number) return [];
    return [
      finding(symbolDraftBlank, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.soStart,
        end: so.symbolEnd,
        message: "Số văn bản đang để trống: bình thường ở bản dự thảo; văn thư điền số sau khi ký ban hành.",
      }),
    ];
  },
};

export const symbolLeadingZero: Rule = {
  id: "symbol/leading-zero",
  meta: {
    severity: "error",
    ref: REF.plI_II3,
    title: "Số nhỏ hơn 10 thiếu số 0",
    family: "symbol",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so || !/^[1-9]$/.test(so.number)) return [];
    return [
      finding(symbolLeadingZero, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.numStart,
        end: so.numEnd,
        message: `Số văn bản nhỏ hơn 10 phải thêm số 0 phía trước: viết “0${so.number}”, không viết “${so.number}”.`,
        fix: replaceFix(ctx.doc, so.line.paragraph, so.numStart, so.numEnd, `0${so.number}`),
      }),
    ];
  },
};

export const symbolForm: Rule = {
  id: "symbol/form",
  meta: {
    severity: "warning",
    ref: REF.plI_II3,
    title: "Cách viết số, ký hiệu",
    family: "symbol",
    fixable: true,
    safeFix: true,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    if (!so) return [];
    const text = so.line.text;
    const out: Finding[] = [];
    const head = /^Số(\s*)(:?)(\s*)/u.exec(text.slice(so.soStart));
    if (!head) return [];
    const headEnd = so.soStart + head[0].length;
    if (!so.party && so.number && (head[2] !== ":" || head[1] !== "" || head[3] !== " ")) {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph: so.line.paragraph,
          start: so.soStart,
          end: so.numEnd,
          message: `Số, ký hiệu viết “Số: ${so.number}/…” (chữ “Số”, dấu hai chấm, một dấu cách rồi đến số); ở đây viết “${text.slice(so.soStart, so.numEnd)}”.`,
          fix: replaceFix(ctx.doc, so.line.paragraph, so.soStart, headEnd, "Số: "),
        }),
      );
    }
    if (so.party && head[2] === ":") {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph: so.line.paragraph,
          start: so.soStart,
          end: headEnd,
          message: "Số văn bản của Đảng viết “Số 57-NQ/TW”, không có dấu hai chấm.",
          fix: replaceFix(ctx.doc, so.line.paragraph, so.soStart, headEnd, "Số "),
        }),
      );
    }
    // Spaces inside the ký hiệu ("BC - UBND").
    const after = text.slice(so.symbolEnd);
    const sp = /^\s+[-/]\s*[A-ZĐ]|^[-/]\s+[A-ZĐ]/u.exec(after);
    if (sp) {
      out.push(
        finding(symbolForm, ctx.doc, {
          paragraph: so.line.paragraph,
          start: so.symbolStart,
          end: so.symbolEnd + sp[0].length,
          message: "Ký hiệu văn bản không có dấu cách giữa các nhóm chữ (viết liền, nối bằng “-” và “/”).",
        }),
      );
    }
    return out;
  },
};

export const symbolTypeMismatch: Rule = {
  id: "symbol/type-mismatch",
  meta: {
    severity: "error",
    ref: REF.plIII,
    title: "Ký hiệu không khớp tên loại",
    family: "symbol",
    fixable: true,
    safeFix: false,
  },
  check(ctx: CheckContext): Finding[] {
    const so = parseSoLine(ctx);
    const type = structureOf(ctx.doc, ctx.cache).documentType;
    if (!so || !type || !so.type) return [];
    const ok = so.party
      ? PARTY_TYPES.some((p) => p.name === type.name && p.abbr === so.type)
      : type.abbr === null || type.abbr === so.type;
    if (ok) return [];
    const want = so.party ? (PARTY_TYPES.find((p) => p.name === type.name)?.abbr ?? type.abbr) : type.abbr;
    if (!want) return [];
    return [
      finding(symbolTypeMismatch, ctx.doc, {
        paragraph: so.line.paragraph,
        start: so.typeStart,
        end: so.typeStart + so.type.length,
        message: `Ký hiệu “${so.type}” không khớp tên loại “${type.name}”; chữ viết tắt của ${type.name.toLowerCase()} là “${want}”.`,
        fix: replaceFix(ctx.doc, so.line.paragraph, so.typeStart, so.typeStart + so.type.length, want),
      }),
    ];
  },
};
