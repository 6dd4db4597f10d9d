/**
 * The data the header and closing blocks are built from, and its validation.
 * Messages are Vietnamese and name the field, so forms can show them next to it and the CLI can print them.
 */
import {
  findDocumentType,
  isValidDate,
  PAGE,
  parseIsoDate,
  ISO_DATE,
  type Authority,
  type DocumentType,
  SIGNING_PREFIXES,
} from "../rules";

export type BlockStyle = "state" | "party";

export interface SigningInput {
  /** TM / KT / TL / TUQ / Q; none when the head signs in their own name. */
  authority?: Authority;
  /** Line after the prefix: "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN"; the signer's own title when there is no prefix. */
  title: string;
  /** The signer's own title under a TM./KT./TL./TUQ. line ("PHÓ GIÁM ĐỐC"); several lines separated by "\n". */
  subTitle?: string;
  /** Họ và tên, without học hàm/học vị. */
  name: string;
}

export interface BlockInput {
  style?: BlockStyle;
  /** Slug or Phụ lục III abbreviation of the document type. */
  type: string;
  parentAgency?: string;
  agency: string;
  /** Agency abbreviation in the number (STTTT, UBND, TW). */
  agencyCode: string;
  /** Drafting unit (VP): required in a công văn number, used in "- Lưu: VT, <unit>.". */
  unit?: string;
  /** Put the drafting unit after the agency in a named type's number too (local practice). */
  unitInNumber?: boolean;
  /** Positive integer, or blank ("" / undefined) for an unsigned draft. */
  number?: number | string;
  place: string;
  /** YYYY-MM-DD; YYYY-MM for a draft whose day is left blank; "" for a draft with no date yet. */
  date: string;
  /** Trích yếu (after V/v for a công văn). */
  subject?: string;
  /** Kính gửi addressees; one goes on the same line, several one per line. */
  kinhGui?: string[];
  urgency?: "HỎA TỐC" | "THƯỢNG KHẨN" | "KHẨN";
  secrecy?: "TUYỆT MẬT" | "TỐI MẬT" | "MẬT";
  /** Nơi nhận, without "- " and ";"; "Lưu" is added from `unit` (or `archive` for Party documents). */
  recipients?: string[];
  /** Party documents: the last line's archive ("Văn phòng Tỉnh ủy"). */
  archive?: string;
  signing?: SigningInput;
  margins?: Partial<Record<"top" | "bottom" | "left" | "right", number>>;
}

export interface BlockIssue {
  field: string;
  message: string;
}

/** Thrown by builders given invalid input; carries every message at once. */
export class BlockInputError extends Error {
  constructor(readonly issues: BlockIssue[]) {
    super(issues.map((i) => i.message).join("\n"));
    this.name = "BlockInputError";
  }
}

export interface ParsedDate {
  year: number;
  month: number;
  /** Undefined for a draft with a blank day. */
  day?: number;
}

export function parseBlockDate(s: string): ParsedDate | null | undefined {
  // Blank: a draft or a .dotx whose date the văn thư writes at signing.
  if (s.trim() === "") return null;
  if (ISO_DATE.test(s.trim())) return parseIsoDate(s);
  const draft = /^(\d{4})-(\d{2})$/.exec(s.trim());
  if (draft) {
    const d = { year: Number(draft[1]), month: Number(draft[2]) };
    return isValidDate(d.year, d.month, 1) ? d : undefined;
  }
  return undefined;
}

/** The number as an integer, null for a draft, undefined when invalid. */
export function parseBlockNumber(n: number | string | undefined): number | null | undefined {
  if (n === undefined) return null;
  if (typeof n === "number") return Number.isInteger(n) && n > 0 ? n : undefined;
  const t = n.trim();
  if (t === "") return null;
  return /^\d+$/.test(t) && Number(t) > 0 ? Number(t) : undefined;
}

const CODE = /^[A-ZĐ0-9][A-Za-zĐđ0-9]*(-[A-ZĐ0-9][A-Za-zĐđ0-9]*)*$/;

export function validateBlockInput(input: BlockInput, opts: { needSigning?: boolean } = {}): BlockIssue[] {
  const out: BlockIssue[] = [];
  const add = (field: string, message: string) => out.push({ field, message });
  const style = input.style ?? "state";
  if (style !== "state" && style !== "party")
    add("style", "Kiểu văn bản: chỉ nhận state (hành chính) hoặc party (Đảng).");
  const type = findDocumentType(input.type ?? "");
  if (!type)
    add(
      "type",
      `Loại văn bản: không nhận ra "${input.type ?? ""}" (dùng tên rút gọn như bao-cao hoặc chữ viết tắt như BC).`,
    );
  if (!input.agency || input.agency.trim() === "") add("agency", "Tên cơ quan ban hành: bắt buộc.");
  if (!input.agencyCode || input.agencyCode.trim() === "")
    add("agencyCode", "Chữ viết tắt cơ quan (trong số, ký hiệu): bắt buộc.");
  else if (!CODE.test(input.agencyCode.trim()))
    add("agencyCode", "Chữ viết tắt cơ quan: chỉ gồm chữ và số, không dấu cách (ví dụ STTTT, UBND).");
  if (input.unit !== undefined && input.unit.trim() !== "" && !CODE.test(input.unit.trim()))
    add("unit", "Đơn vị soạn thảo: chỉ gồm chữ và số, không dấu cách (ví dụ VP).");
  if (type && type.slug === "cong-van" && style === "state" && (!input.unit || input.unit.trim() === ""))
    add("unit", "Đơn vị soạn thảo: bắt buộc với công văn (số có dạng 125/SGDĐT-VP).");
  if (parseBlockNumber(input.number) === undefined)
    add("number", "Số văn bản: phải là số nguyên dương (hoặc để trống khi là dự thảo).");
  if (!input.place || input.place.trim() === "") add("place", "Địa danh: bắt buộc.");
  if (parseBlockDate(input.date ?? "") === undefined)
    add("date", "Ngày ban hành: ngày không tồn tại hoặc sai dạng (YYYY-MM-DD; YYYY-MM hoặc để trống khi là dự thảo).");
  if (
    type &&
    type.title !== null &&
    style === "state" &&
    type.slug !== "cong-van" &&
    input.subject !== undefined &&
    input.subject.trim() === ""
  )
    add("subject", "Trích yếu: không được để trống khi đã khai báo.");
  if (type && type.slug === "cong-van" && (!input.subject || input.subject.trim() === ""))
    add("subject", "Trích yếu công văn (V/v): bắt buộc.");
  if (input.margins) {
    const ranges = PAGE.margins;
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const v = input.margins[side];
      if (v === undefined) continue;
      const r = ranges[side];
      if (!Number.isFinite(v) || v < r.min || v > r.max)
        add(`margins.${side}`, `Lề ${SIDE_VI[side]}: phải từ ${r.min} đến ${r.max} mm.`);
    }
  }
  const s = input.signing;
  if (opts.needSigning && !s) add("signing", "Khối ký: bắt buộc.");
  if (s) {
    if (!s.title || s.title.trim() === "") add("signing.title", "Chức vụ người ký: bắt buộc.");
    if (!s.name || s.name.trim() === "") add("signing.name", "Họ tên người ký: bắt buộc.");
    if (s.authority !== undefined) {
      const p = SIGNING_PREFIXES.find((x) => x.authority === s.authority);
      if (!p) add("signing.authority", "Quyền hạn ký: chỉ nhận TM, KT, TL, TUQ hoặc Q.");
      else if (style === "party" && p.party === null)
        add("signing.authority", `Quyền hạn ký: văn bản của Đảng không dùng ${p.state}`);
      if (p && s.authority !== "Q" && (!s.subTitle || s.subTitle.trim() === ""))
        add("signing.subTitle", `Chức vụ người ký dưới dòng ${p.state}: bắt buộc (ví dụ PHÓ GIÁM ĐỐC).`);
    }
    if (/^(GS|PGS|TS|ThS|KS|BS)\.?\s/i.test((s.name ?? "").trim()))
      add("signing.name", "Họ tên người ký: không ghi học hàm, học vị trước họ tên.");
  }
  return out;
}

const SIDE_VI = { top: "trên", bottom: "dưới", left: "trái", right: "phải" } as const;

/** Throws BlockInputError unless the input is valid; returns the resolved type. */
export function assertBlockInput(input: BlockInput, opts: { needSigning?: boolean } = {}): DocumentType {
  const issues = validateBlockInput(input, opts);
  if (issues.length > 0) throw new BlockInputError(issues);
  return findDocumentType(input.type) as DocumentType;
}
