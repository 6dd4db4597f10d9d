/**
 * Formats the playground's sample as WordprocessingML paragraphs, so the fake host shows (and the
 * layout rules see) a document drawn as the decree asks: sizes, bold, italic and alignment come from
 * the rules data; the planted mistakes stay in the text only.
 */
import {
  BODY_PARAGRAPH,
  cmToTwips,
  FONT,
  linesToLineUnits,
  ptToHalfPoints,
  ptToTwips,
  STATE_FORMATS,
  type ComponentFormat,
} from "../core/rules";
import { escapeXml, stripIllegalXmlChars } from "../core/xml-escape";
import { SAMPLE_DOCUMENT_LINES } from "./sample-document";

type Kind = keyof typeof STATE_FORMATS;

/** Which decree component each line of the sample is (body when not listed). */
function kindOf(line: string, index: number): Kind {
  const header: Kind[] = [
    "parentAgency",
    "agency",
    "number",
    "quocHieu",
    "tieuNgu",
    "placeDate",
    "typeName",
    "subject",
  ];
  if (index < header.length) return header[index];
  if (/^[IVX]+\. /.test(line)) return "sectionHeading";
  if (/^\d+\. /.test(line) && line.length < 80) return "articleHeading";
  if (line === "Nơi nhận:") return "noiNhanLabel";
  if (line.startsWith("- ") && index > SAMPLE_DOCUMENT_LINES.indexOf("Nơi nhận:")) return "recipients";
  if (line === "GIÁM ĐỐC") return "authority";
  if (index === SAMPLE_DOCUMENT_LINES.length - 1) return "signerName";
  return "body";
}

const JC = { left: "left", centered: "center", right: "right", justified: "both" } as const;

function paragraphXml(text: string, f: ComponentFormat, body: boolean): string {
  const ppr =
    `<w:pPr><w:spacing w:after="${ptToTwips(BODY_PARAGRAPH.defaultSpaceAfterPt)}" w:line="${linesToLineUnits(body ? BODY_PARAGRAPH.lineSpacing.default : 1)}" w:lineRule="auto"/>` +
    (body ? `<w:ind w:firstLine="${cmToTwips(BODY_PARAGRAPH.defaultFirstLineIndentCm)}"/>` : "") +
    `<w:jc w:val="${JC[f.align]}"/></w:pPr>`;
  const font = escapeXml(FONT.name);
  const rpr =
    `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/>` +
    (f.bold ? "<w:b/>" : "") +
    (f.italic ? "<w:i/>" : "") +
    `<w:color w:val="${FONT.color}"/><w:sz w:val="${ptToHalfPoints(f.size.default)}"/></w:rPr>`;
  const t = escapeXml(stripIllegalXmlChars(text));
  return `<w:p>${ppr}<w:r>${rpr}<w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
}

/** The sample's body as a sequence of w:p elements (the fake host's bodyXml input). */
export function sampleBodyXml(): string {
  return SAMPLE_DOCUMENT_LINES.map((line, i) => {
    const kind = kindOf(line, i);
    const body = kind === "body";
    return paragraphXml(line, STATE_FORMATS[kind], body);
  }).join("");
}
