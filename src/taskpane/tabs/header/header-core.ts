/**
 * What the header tab needs from core, as one small interface, so the view can be tested with any
 * implementation; the binding to core/blocks and the flat OPC wrapper lives here and only here.
 */
import {
  type BlockInput,
  type BlockIssue,
  buildClosing,
  buildHeader,
  buildKinhGui,
  buildTitle,
  validateBlockInput,
} from "../../../core/blocks";
import { toFlatOpc } from "../../../docx/flat-opc";
import { type FieldErrors, type HeaderField, type HeaderForm, isoDate, lines } from "./header-form";

export type BlockPart = "header" | "closing";

export interface HeaderCore {
  /** Vietnamese messages per form field; empty when the part can be built. */
  validate(form: HeaderForm, part: BlockPart): FieldErrors;
  /** Body WordprocessingML of the header: agency, number, quốc hiệu, date, marks, tên loại, trích yếu, kính gửi. */
  headerXml(form: HeaderForm): string;
  /** Body WordprocessingML of the closing: nơi nhận and the signing block. */
  closingXml(form: HeaderForm): string;
  /** Wraps body XML into the package insertOoxml takes. */
  toOoxml(bodyXml: string): string;
}

const blank = (s: string): string | undefined => (s.trim() === "" ? undefined : s.trim());

/** The form as the blocks builders take it. */
export function toBlockInput(form: HeaderForm): BlockInput {
  return {
    style: form.style,
    type: form.typeSlug,
    parentAgency: blank(form.parentAgency),
    agency: form.agency.trim(),
    agencyCode: form.agencyCode.trim(),
    unit: blank(form.unit),
    unitInNumber: form.unitInNumber,
    number: form.number.trim(),
    place: form.place.trim(),
    date: isoDate(form.date),
    subject: blank(form.subject),
    kinhGui: lines(form.recipients),
    urgency: (blank(form.urgency) as BlockInput["urgency"]) ?? undefined,
    secrecy: (blank(form.secrecy) as BlockInput["secrecy"]) ?? undefined,
    recipients: lines(form.copyTo),
    signing: {
      authority: form.authority || undefined,
      title: form.signerTitle.trim(),
      subTitle: blank(form.deputyTitle),
      name: form.signer.trim(),
    },
  };
}

const FIELD: Record<string, HeaderField> = {
  style: "style",
  type: "typeSlug",
  agency: "agency",
  agencyCode: "agencyCode",
  unit: "unit",
  number: "number",
  place: "place",
  date: "date",
  subject: "subject",
  signing: "signer",
  "signing.title": "signerTitle",
  "signing.subTitle": "deputyTitle",
  "signing.name": "signer",
  "signing.authority": "authority",
};

/** The date is typed as the field's hint says (dd/mm/yyyy), so its message speaks that form, not the builders' ISO. */
export const DATE_MESSAGE =
  "Ngày không hợp lệ: viết dd/mm/yyyy (ví dụ 05/02/2026); khi là dự thảo có thể để trống hoặc chỉ ghi mm/yyyy.";

function toFieldErrors(issues: readonly BlockIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const f = FIELD[i.field] ?? "agency";
    const message = f === "date" ? DATE_MESSAGE : i.message;
    if (out[f]?.includes(message)) continue;
    out[f] = out[f] ? `${out[f]} ${message}` : message;
  }
  return out;
}

/** The header does not need the signing block, so its fields are judged only for the closing. */
function headerInput(form: HeaderForm): BlockInput {
  return { ...toBlockInput(form), signing: undefined };
}

export const coreHeader: HeaderCore = {
  validate(form, part) {
    const input = part === "header" ? headerInput(form) : toBlockInput(form);
    return toFieldErrors(validateBlockInput(input, { needSigning: part === "closing" }));
  },
  headerXml(form) {
    const input = headerInput(form);
    return (
      buildHeader(input) + buildTitle(input) + (input.kinhGui?.length ? buildKinhGui(input.kinhGui, input.style) : "")
    );
  },
  closingXml: (form) => buildClosing(toBlockInput(form)),
  toOoxml: toFlatOpc,
};
