/**
 * The header (ô 1–4), tên loại + trích yếu (ô 5), Kính gửi (ô 9a) and the độ mật/độ khẩn marks (ô 10).
 * Rules under lines are bottom borders of thin paragraphs whose indents come from the estimated text width.
 */
import {
  FIXED,
  formatDateWords,
  padDay,
  padMonth,
  PARTY_FORMATS,
  partyAbbreviations,
  RULE_LENGTHS,
  STATE_FORMATS,
  URGENCY,
  BODY_PARAGRAPH,
  mmToTwips,
  ptToTwips,
  type DocumentType,
} from "../rules";
import { assertBlockInput, type BlockInput, parseBlockDate, parseBlockNumber } from "./input";
import { geometry, resolveMargins } from "./layout";
import { textWidthPt } from "./text-width";
import { borderlessTable, boxTable, emptyPara, fmt, p1, ruleParagraph, type RunFormat } from "./wordml";

/** Share of a line the 1/3–1/2 rules take: the middle of the decree's range. */
const RULE_SHARE = (RULE_LENGTHS.agency.min + RULE_LENGTHS.agency.max) / 2;
const SUBJECT_RULE_SHARE = (RULE_LENGTHS.subject.min + RULE_LENGTHS.subject.max) / 2;
/** Blank number of a draft: the space the văn thư fills in by hand. */
const DRAFT_NUMBER = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";
const DRAFT_DAY = "\u00a0\u00a0\u00a0\u00a0";

function upper(s: string): string {
  return s.trim().toLocaleUpperCase("vi");
}

/** Widest line of `text` wrapped into `width` twips, estimated word by word. */
export function wrappedWidthTwips(text: string, f: RunFormat, width: number): number {
  // A typed line break ("\n") starts a new line, like the w:br the run builder writes for it.
  const hard = text.split("\n");
  if (hard.length > 1) return Math.max(...hard.map((l) => wrappedWidthTwips(l, f, width)));
  const words = text.trim().split(/\s+/);
  let widest = 0;
  let line = "";
  for (const w of words) {
    const next = line === "" ? w : `${line} ${w}`;
    if (line !== "" && ptToTwips(textWidthPt(next, f.size, f)) > width) {
      widest = Math.max(widest, ptToTwips(textWidthPt(line, f.size, f)));
      line = w;
    } else line = next;
  }
  return Math.min(width, Math.max(widest, ptToTwips(textWidthPt(line, f.size, f))));
}

function partyAbbr(type: DocumentType): string {
  return partyAbbreviations(type)[0] ?? "";
}

/** "Số: 05/BC-STTTT", "Số: 125/SGDĐT-VP", "Số:      /QĐ-UBND" (draft), or Party "Số 57-NQ/TW". */
export function numberText(input: BlockInput, type: DocumentType): string {
  const n = parseBlockNumber(input.number);
  const num = n === null || n === undefined ? DRAFT_NUMBER : padDay(n);
  const code = input.agencyCode.trim();
  const unit = input.unit?.trim();
  if (input.style === "party") return `${FIXED.partySoPrefix.text} ${num}-${partyAbbr(type)}/${code}`;
  const groups =
    type.abbr === null
      ? [code, unit ?? ""].filter((g) => g !== "")
      : [type.abbr, code, ...(input.unitInNumber && unit ? [unit] : [])];
  return `${FIXED.soPrefix.text} ${num}/${groups.join("-")}`;
}

/** "Trà Vinh, ngày 05 tháng 02 năm 2026"; a draft without a day leaves it blank. */
export function placeDateText(input: Pick<BlockInput, "place" | "date">): string {
  const d = parseBlockDate(input.date);
  if (d === undefined) throw new Error(`Invalid date: ${input.date}`);
  if (d === null) return `${input.place.trim()}, ngày ${DRAFT_DAY} tháng ${DRAFT_DAY} năm ${DRAFT_DAY}`;
  const words =
    d.day === undefined
      ? `ngày ${DRAFT_DAY} tháng ${padMonth(d.month)} năm ${d.year}`
      : formatDateWords(d as Required<typeof d>);
  return `${input.place.trim()}, ${words}`;
}

interface Formats {
  topRight: RunFormat;
  parent: RunFormat;
  agency: RunFormat;
  number: RunFormat;
  placeDate: RunFormat;
  typeName: RunFormat;
  subject: RunFormat;
}

function formatsFor(style: BlockInput["style"]): Formats {
  if (style === "party")
    return {
      topRight: fmt(PARTY_FORMATS.partyHeader),
      parent: fmt(PARTY_FORMATS.parentAgency),
      agency: fmt(PARTY_FORMATS.agency),
      number: fmt(PARTY_FORMATS.number),
      placeDate: fmt(PARTY_FORMATS.placeDate),
      typeName: fmt(PARTY_FORMATS.typeName),
      subject: fmt(PARTY_FORMATS.subject),
    };
  return {
    topRight: fmt(STATE_FORMATS.quocHieu),
    parent: fmt(STATE_FORMATS.parentAgency),
    agency: fmt(STATE_FORMATS.agency),
    number: fmt(STATE_FORMATS.number),
    placeDate: fmt(STATE_FORMATS.placeDate),
    typeName: fmt(STATE_FORMATS.typeName),
    subject: fmt(STATE_FORMATS.subject),
  };
}

/** Rule lengths the header uses, in twips; exported so tests and previews can compare with the render. */
export function headerRuleLengths(input: BlockInput): { agency: number; topRight: number } {
  const g = geometry(resolveMargins(input));
  const f = formatsFor(input.style);
  const agencyW = wrappedWidthTwips(upper(input.agency), f.agency, g.header.left);
  const topText = input.style === "party" ? FIXED.partyHeader.text : FIXED.tieuNgu.text;
  const topF = input.style === "party" ? f.topRight : fmt(STATE_FORMATS.tieuNgu);
  return {
    agency: Math.round(agencyW * RULE_SHARE),
    topRight: Math.min(g.header.right, ptToTwips(textWidthPt(topText, topF.size, topF)) * RULE_LENGTHS.tieuNgu.max),
  };
}

/**
 * The header table: row 1 = agency | quốc hiệu + tiêu ngữ (or the Party header); row 2 = Số | place and date,
 * so Số and the date always share a row. A công văn's V/v line sits under Số.
 */
export function buildHeader(input: BlockInput, opts: { numberRow?: boolean } = {}): string {
  const type = assertBlockInput(input);
  const party = input.style === "party";
  const g = geometry(resolveMargins(input));
  const f = formatsFor(input.style);
  const rules = headerRuleLengths(input);
  const c = { align: "centered" as const };

  let left = "";
  if (input.parentAgency && input.parentAgency.trim() !== "") left += p1(upper(input.parentAgency), f.parent, c);
  left += p1(upper(input.agency), f.agency, c);
  left += party ? p1("*", f.agency, c) : ruleParagraph(g.header.left, rules.agency, f.agency);

  let right = "";
  if (party) {
    right += p1(FIXED.partyHeader.text, f.topRight, c);
    right += ruleParagraph(g.header.right, rules.topRight, f.topRight);
  } else {
    right += p1(FIXED.quocHieu.text, f.topRight, c);
    right += p1(FIXED.tieuNgu.text, fmt(STATE_FORMATS.tieuNgu), c);
    right += ruleParagraph(g.header.right, rules.topRight, fmt(STATE_FORMATS.tieuNgu));
  }

  const gap = { ...c, before: 6 };
  let left2 = p1(numberText(input, type), f.number, gap);
  if (type.slug === "cong-van" && input.subject) {
    if (party)
      left2 += p1(input.subject.trim(), fmt(PARTY_FORMATS.congVanSubject), {
        ...c,
        before: BODY_PARAGRAPH.congVanSubjectGapPt,
      });
    else
      left2 += p1(`${FIXED.congVanSubjectPrefix.text}${input.subject.trim()}`, fmt(STATE_FORMATS.congVanSubject), {
        ...c,
        before: BODY_PARAGRAPH.congVanSubjectGapPt,
      });
  }
  const right2 = p1(placeDateText(input), f.placeDate, gap);

  const rows = [
    [
      { widthTwips: g.header.left, content: left },
      { widthTwips: g.header.right, content: right },
    ],
  ];
  // An attached quy chế/quy định (PL III mẫu 1.3) repeats the names but has no number or date of its own.
  if (opts.numberRow !== false)
    rows.push([
      { widthTwips: g.header.left, content: left2 },
      { widthTwips: g.header.right, content: right2 },
    ]);
  return borderlessTable(rows, { indentTwips: g.header.indent }) + (opts.numberRow !== false ? buildMarks(input) : "");
}

/** Tên loại, trích yếu and the rule under it (Party: five hyphens). Công văn has none: returns "". */
export function buildTitle(input: BlockInput, opts: { underSubject?: string } = {}): string {
  const type = assertBlockInput(input);
  if (type.title === null || type.slug === "cong-van") return "";
  const g = geometry(resolveMargins(input));
  const f = formatsFor(input.style);
  const c = { align: "centered" as const };
  let out = emptyPara(f.typeName, c);
  out += p1(type.title, f.typeName, { ...c, before: 6, keepNext: true });
  const subject = input.subject?.trim();
  if (subject) {
    out += p1(subject, f.subject, { ...c, keepNext: true });
    // The "(Kèm theo …)" line of an attached quy chế goes between the trích yếu and its rule.
    if (opts.underSubject) out += p1(opts.underSubject, fmt(STATE_FORMATS.canCu), c);
    if (input.style === "party") out += p1("-----", f.subject, c);
    else {
      const w = wrappedWidthTwips(subject, f.subject, g.textWidth);
      out += ruleParagraph(g.textWidth, Math.round(w * SUBJECT_RULE_SHARE), f.subject);
    }
  } else if (input.style !== "party") {
    const w = wrappedWidthTwips(type.title, f.typeName, g.textWidth);
    out += ruleParagraph(g.textWidth, Math.round(w * SUBJECT_RULE_SHARE), f.typeName);
  }
  return out;
}

function endWith(s: string, end: ";" | "."): string {
  return s.trim().replace(/[;.,]+$/, "") + end;
}

/** "Kính gửi: X" on one line, or one addressee per line with "- " and ";" / "." endings, dashes under the colon. */
export function buildKinhGui(addressees: readonly string[], style: BlockInput["style"] = "state"): string {
  const list = addressees.map((a) => a.trim()).filter((a) => a !== "");
  if (list.length === 0) return "";
  const f = style === "party" ? fmt(PARTY_FORMATS.body) : fmt(STATE_FORMATS.kinhGui);
  const label = FIXED.kinhGui.text;
  if (list.length === 1) return p1(`${label} ${list[0]}`, f, { align: "centered", before: 6, after: 6 });
  const indent = mmToTwips(30);
  const labelW = ptToTwips(textWidthPt(label.slice(0, -1), f.size, f));
  let out = p1(label, f, { left: indent, before: 6 });
  list.forEach((a, i) => {
    out += p1(`- ${endWith(a, i === list.length - 1 ? "." : ";")}`, f, {
      left: indent + labelW,
      after: i === list.length - 1 ? 6 : 0,
    });
  });
  return out;
}

/** Độ mật / độ khẩn marks, each in a single-line box (khẩn boxes at the decree's mm sizes). */
export function buildMarks(input: Pick<BlockInput, "urgency" | "secrecy">): string {
  const f = fmt(STATE_FORMATS.urgency);
  const height = mmToTwips(8);
  let out = "";
  if (input.secrecy) {
    const w = ptToTwips(textWidthPt(input.secrecy, f.size, f)) + mmToTwips(6);
    out += emptyPara(f) + boxTable(w, height, p1(input.secrecy, f, { align: "centered" }));
  }
  if (input.urgency) {
    const u = URGENCY.find((x) => x.text === input.urgency);
    if (u)
      out +=
        emptyPara(f) + boxTable(mmToTwips(u.boxMm[0]), mmToTwips(u.boxMm[1]), p1(u.text, f, { align: "centered" }));
  }
  return out;
}
