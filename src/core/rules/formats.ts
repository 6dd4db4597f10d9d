import { REF } from "./references";

/** A size the decree gives as a range, with the value our builders use by default. Points. */
export interface SizeRule {
  min: number;
  max: number;
  default: number;
}

export type Case = "upper" | "lower" | "as-written";

export interface ComponentFormat {
  size: SizeRule;
  bold: boolean;
  italic: boolean;
  underline?: boolean;
  case: Case;
  align: "left" | "centered" | "right" | "justified";
  ref: string;
}

const fixed = (n: number): SizeRule => ({ min: n, max: n, default: n });
const range = (min: number, max: number, def: number): SizeRule => ({ min, max, default: def });

export const FONT = { name: "Times New Roman", color: "000000", ref: REF.plI_I } as const;

/** State (NĐ 30) component formats, from PL I mục V (mẫu chữ và chi tiết trình bày). */
export const STATE_FORMATS = {
  quocHieu: { size: range(12, 13, 13), bold: true, italic: false, case: "upper", align: "centered", ref: REF.plI_II1 },
  tieuNgu: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "as-written",
    align: "centered",
    ref: REF.plI_II1,
  },
  parentAgency: {
    size: range(12, 13, 13),
    bold: false,
    italic: false,
    case: "upper",
    align: "centered",
    ref: REF.plI_II2,
  },
  agency: { size: range(12, 13, 13), bold: true, italic: false, case: "upper", align: "centered", ref: REF.plI_II2 },
  number: { size: fixed(13), bold: false, italic: false, case: "as-written", align: "centered", ref: REF.plI_II3 },
  placeDate: {
    size: range(13, 14, 14),
    bold: false,
    italic: true,
    case: "as-written",
    align: "centered",
    ref: REF.plI_II4,
  },
  typeName: { size: range(13, 14, 14), bold: true, italic: false, case: "upper", align: "centered", ref: REF.plI_II5 },
  subject: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "as-written",
    align: "centered",
    ref: REF.plI_II5,
  },
  congVanSubject: {
    size: range(12, 13, 13),
    bold: false,
    italic: false,
    case: "as-written",
    align: "centered",
    ref: REF.plI_II5,
  },
  kinhGui: { size: range(13, 14, 14), bold: false, italic: false, case: "as-written", align: "left", ref: REF.plI_III },
  canCu: {
    size: range(13, 14, 14),
    bold: false,
    italic: true,
    case: "as-written",
    align: "justified",
    ref: REF.plI_II6,
  },
  body: { size: range(13, 14, 14), bold: false, italic: false, case: "as-written", align: "justified", ref: REF.plI_I },
  authority: { size: range(13, 14, 14), bold: true, italic: false, case: "upper", align: "centered", ref: REF.plI_II7 },
  /** Chức vụ under the quyền hạn line (“PHÓ CHỦ TỊCH” under “KT. CHỦ TỊCH”): set like the quyền hạn line. */
  signerTitle: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "upper",
    align: "centered",
    ref: REF.plI_II7,
  },
  signerName: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "as-written",
    align: "centered",
    ref: REF.plI_II7,
  },
  noiNhanLabel: { size: fixed(12), bold: true, italic: true, case: "as-written", align: "left", ref: REF.plI_II9 },
  recipients: { size: fixed(11), bold: false, italic: false, case: "as-written", align: "left", ref: REF.plI_II9 },
  appendixLabel: {
    size: fixed(14),
    bold: true,
    italic: false,
    case: "as-written",
    align: "centered",
    ref: REF.plI_III,
  },
  appendixTitle: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "upper",
    align: "centered",
    ref: REF.plI_III,
  },
  urgency: { size: range(13, 14, 13), bold: true, italic: false, case: "upper", align: "left", ref: REF.plI_III },
  circulation: { size: range(13, 14, 13), bold: true, italic: false, case: "upper", align: "left", ref: REF.plI_III },
  drafterCode: { size: fixed(11), bold: false, italic: false, case: "upper", align: "left", ref: REF.plI_III },
  contactFooter: {
    size: range(11, 12, 11),
    bold: false,
    italic: false,
    case: "as-written",
    align: "left",
    ref: REF.plI_III,
  },
  pageNumber: {
    size: range(13, 14, 13),
    bold: false,
    italic: false,
    case: "as-written",
    align: "centered",
    ref: REF.plI_I,
  },
  sectionHeading: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "upper",
    align: "justified",
    ref: REF.plI_II6,
  },
  articleHeading: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "as-written",
    align: "justified",
    ref: REF.plI_II6,
  },
  decisionWord: {
    size: range(13, 14, 14),
    bold: true,
    italic: false,
    case: "upper",
    align: "centered",
    ref: REF.practice,
  },
} satisfies Record<string, ComponentFormat>;

export type ComponentKey = keyof typeof STATE_FORMATS;

/** Party (HD 05-HD/VPTW) formats where they differ from the state ones. */
export const PARTY_FORMATS = {
  partyHeader: { size: fixed(15), bold: true, italic: false, case: "upper", align: "centered", ref: REF.hd05 },
  parentAgency: { size: fixed(14), bold: false, italic: false, case: "upper", align: "centered", ref: REF.hd05 },
  agency: { size: fixed(14), bold: true, italic: false, case: "upper", align: "centered", ref: REF.hd05 },
  number: { size: fixed(14), bold: false, italic: false, case: "as-written", align: "centered", ref: REF.hd05 },
  placeDate: { size: fixed(14), bold: false, italic: true, case: "as-written", align: "centered", ref: REF.hd05 },
  typeName: { size: range(15, 16, 15), bold: true, italic: false, case: "upper", align: "centered", ref: REF.hd05 },
  subject: { size: range(14, 15, 14), bold: true, italic: false, case: "as-written", align: "centered", ref: REF.hd05 },
  /** A Party công văn's trích yếu (“về việc …”, no “V/v”) under its number. */
  congVanSubject: { size: fixed(12), bold: false, italic: true, case: "as-written", align: "centered", ref: REF.hd05 },
  body: { size: range(14, 15, 14), bold: false, italic: false, case: "as-written", align: "justified", ref: REF.hd05 },
  authority: { size: fixed(14), bold: true, italic: false, case: "upper", align: "centered", ref: REF.hd05 },
  signerTitle: { size: fixed(14), bold: false, italic: false, case: "upper", align: "centered", ref: REF.hd05 },
  signerName: { size: fixed(14), bold: true, italic: false, case: "as-written", align: "centered", ref: REF.hd05 },
  noiNhanLabel: {
    size: fixed(14),
    bold: false,
    italic: false,
    underline: true,
    case: "as-written",
    align: "left",
    ref: REF.hd05,
  },
  recipients: { size: fixed(12), bold: false, italic: false, case: "as-written", align: "left", ref: REF.hd05 },
} satisfies Record<string, ComponentFormat>;

/** Body paragraph technique (PL I Phần I mục I). */
export const BODY_PARAGRAPH = {
  /** Allowed first-line indents in cm. */
  firstLineIndentsCm: [1, 1.27] as const,
  defaultFirstLineIndentCm: 1.27,
  /** Minimum paragraph spacing in points. */
  minSpaceAfterPt: 6,
  defaultSpaceAfterPt: 6,
  /** Line spacing, as a multiple of single. */
  lineSpacing: { min: 1, max: 1.5, default: 1.15 },
  /** Gap in points between Số and the V/v line of a công văn. */
  congVanSubjectGapPt: 6,
  ref: REF.plI_I,
} as const;

/** Rules under the header elements, as a fraction of the text line they underline. */
export const RULE_LENGTHS = {
  agency: { min: 1 / 3, max: 1 / 2, ref: REF.plI_II2 },
  tieuNgu: { min: 1, max: 1, ref: REF.plI_II1 },
  subject: { min: 1 / 3, max: 1 / 2, ref: REF.plI_II5 },
} as const;

/** Share of the page width given to the left header/closing column. */
export const HEADER_LEFT_COLUMN_SHARE = { min: 0.4, max: 0.45, default: 0.42, ref: REF.practice } as const;

/** The header table reaches this far into the left margin so the quốc hiệu fits on one line at 13 pt. Millimetres. */
export const HEADER_TABLE_OVERHANG_MM = { left: 10, ref: REF.practice } as const;

/** Blank lines left for the signature and seal between chức vụ and họ tên. */
export const SIGNATURE_SPACE_LINES = { default: 4, ref: REF.plI_II7 } as const;
