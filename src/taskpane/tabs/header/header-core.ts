/**
 * What the header tab needs from core, as one small interface, so the view can be tested with any
 * implementation and the binding to core lives in one place.
 */
import { escapeXml } from "../../../core/xml-escape";
import {
  findDocumentType,
  FIXED,
  FONT,
  formatDateWords,
  isValidDate,
  PARTY_FORMATS,
  parseIsoDate,
  signingPrefix,
  STATE_FORMATS,
  type ComponentFormat,
} from "../../../core/rules";
import { type FieldErrors, type HeaderForm, lines } from "./header-form";

export interface HeaderCore {
  /** Vietnamese messages per field; empty when the form can be built. */
  validate(form: HeaderForm): FieldErrors;
  /** Body WordprocessingML (w:tbl / w:p elements) of the header: agency, number, quốc hiệu, date, tên loại, trích yếu, kính gửi. */
  headerXml(form: HeaderForm): string;
  /** Body WordprocessingML of the closing: nơi nhận and the signing block. */
  closingXml(form: HeaderForm): string;
  /** Wraps body XML into the package insertOoxml takes. */
  toOoxml(bodyXml: string): string;
}

// ---------------------------------------------------------------------------------------------
// Provisional binding, used until src/core/blocks and src/docx/flat-opc land; every value comes
// from core/rules. Replace the body of `coreHeader` with the blocks engineer's builders then.
// ---------------------------------------------------------------------------------------------

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
type Fmt = Pick<ComponentFormat, "bold" | "italic" | "align"> & { size: { default: number }; underline?: boolean };
const JC: Record<ComponentFormat["align"], string> = {
  left: "left",
  centered: "center",
  right: "right",
  justified: "both",
};

function run(text: string, f: Fmt): string {
  const sz = Math.round(f.size.default * 2);
  const props =
    `<w:rFonts w:ascii="${FONT.name}" w:hAnsi="${FONT.name}" w:cs="${FONT.name}"/>` +
    (f.bold ? "<w:b/>" : "") +
    (f.italic ? "<w:i/>" : "") +
    (f.underline ? '<w:u w:val="single"/>' : "") +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/>`;
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function para(text: string, f: Fmt, opts: { rule?: boolean; align?: ComponentFormat["align"] } = {}): string {
  const border = opts.rule ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : "";
  return `<w:p><w:pPr>${border}<w:spacing w:after="0"/><w:jc w:val="${JC[opts.align ?? f.align]}"/></w:pPr>${text ? run(text, f) : ""}</w:p>`;
}

function twoColumns(left: string, right: string): string {
  const cell = (content: string, w: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content || "<w:p/>"}</w:tc>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>' +
    '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' +
    '</w:tblPr><w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5300"/></w:tblGrid>' +
    `<w:tr>${cell(left, 3800)}${cell(right, 5300)}</w:tr></w:tbl>`
  );
}

function formats(style: HeaderForm["style"]) {
  return style === "party" ? { ...STATE_FORMATS, ...PARTY_FORMATS } : STATE_FORMATS;
}

function numberLine(form: HeaderForm): string {
  const type = findDocumentType(form.typeSlug);
  const n = form.number.trim();
  const padded = n === "" ? "\u2003\u2003" : Number(n) < 10 ? `0${Number(n)}` : String(Number(n));
  const code = [type?.abbr, form.agencyCode.trim(), form.unit.trim()].filter(Boolean);
  if (form.style === "party") return `${FIXED.partySoPrefix.text} ${padded}-${code.join("/")}`;
  return `${FIXED.soPrefix.text} ${padded}/${code.join("-")}`;
}

function placeDate(form: HeaderForm): string {
  const d = parseIsoDate(form.date);
  return d ? `${form.place.trim()}, ${formatDateWords(d)}` : form.place.trim();
}

export const coreHeader: HeaderCore = {
  validate(form) {
    const errors: FieldErrors = {};
    if (!form.agency.trim()) errors.agency = "Chưa nhập tên cơ quan ban hành.";
    const n = form.number.trim();
    if (n !== "" && !/^[1-9]\d*$/.test(n) && !/^0+[1-9]\d*$/.test(n)) {
      errors.number = "Số văn bản phải là số nguyên dương (để trống nếu là dự thảo).";
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.date.trim());
    if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      errors.date = "Ngày không hợp lệ (không có ngày này trong lịch).";
    }
    if (!findDocumentType(form.typeSlug)) errors.typeSlug = "Chưa chọn loại văn bản.";
    if (form.style === "party" && form.authority === "TUQ") {
      errors.authority = "Văn bản của Đảng không có thể thức ký TUQ.";
    }
    if (form.authority === "KT" && !form.deputyTitle.trim()) {
      errors.deputyTitle = "Ký thay (KT.) cần chức vụ cấp phó.";
    }
    return errors;
  },

  headerXml(form) {
    const f = formats(form.style);
    const type = findDocumentType(form.typeSlug);
    const left =
      (form.parentAgency.trim() ? para(form.parentAgency.trim().toLocaleUpperCase("vi"), f.parentAgency) : "") +
      para(form.agency.trim().toLocaleUpperCase("vi"), f.agency, { rule: true }) +
      para(numberLine(form), f.number) +
      (type && !type.title && form.subject.trim()
        ? para(`${FIXED.congVanSubjectPrefix.text}${form.subject.trim()}`, STATE_FORMATS.congVanSubject)
        : "");
    const right =
      form.style === "party"
        ? para(FIXED.partyHeader.text, PARTY_FORMATS.partyHeader, { rule: true }) + para(placeDate(form), f.placeDate)
        : para(FIXED.quocHieu.text, STATE_FORMATS.quocHieu) +
          para(FIXED.tieuNgu.text, STATE_FORMATS.tieuNgu, { rule: true }) +
          para(placeDate(form), f.placeDate);
    let after = "";
    if (form.secrecy) after += para(form.secrecy, STATE_FORMATS.urgency);
    if (form.urgency) after += para(form.urgency, STATE_FORMATS.urgency);
    if (type?.title) {
      after += para(type.title, f.typeName);
      if (form.subject.trim()) after += para(form.subject.trim(), f.subject, { rule: true });
    }
    const to = lines(form.recipients);
    if (to.length === 1) after += para(`${FIXED.kinhGui.text} ${to[0]}`, STATE_FORMATS.kinhGui, { align: "centered" });
    else if (to.length > 1) {
      after += para(FIXED.kinhGui.text, STATE_FORMATS.kinhGui, { align: "centered" });
      to.forEach((r, i) => (after += para(`- ${r}${i === to.length - 1 ? "." : ";"}`, STATE_FORMATS.kinhGui)));
    }
    return twoColumns(left, right) + after;
  },

  closingXml(form) {
    const f = formats(form.style);
    const copies = lines(form.copyTo);
    const unit = form.unit.trim();
    const left =
      para(FIXED.noiNhan.text, f.noiNhanLabel) +
      copies.map((c) => para(`- ${c.replace(/^-\s*/, "").replace(/[;.]$/, "")};`, f.recipients)).join("") +
      para(`${FIXED.luuPrefix.text}${unit ? `, ${unit}` : ""}.`, f.recipients);
    let right = "";
    if (form.authority)
      right += para(
        `${signingPrefix(form.authority, form.style)} ${form.signerTitle.trim().toLocaleUpperCase("vi")}`.trim(),
        f.authority,
      );
    if (form.authority === "KT") right += para(form.deputyTitle.trim().toLocaleUpperCase("vi"), f.authority);
    else if (!form.authority && form.signerTitle.trim())
      right += para(form.signerTitle.trim().toLocaleUpperCase("vi"), f.authority);
    right += para("", f.signerName) + para("", f.signerName) + para("", f.signerName);
    right += para(form.signer.trim(), f.signerName);
    return twoColumns(left, right);
  },

  toOoxml(bodyXml) {
    return (
      '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">' +
      '<pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships></pkg:xmlData></pkg:part>" +
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
      `<pkg:xmlData><w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`
    );
  },
};
