/**
 * Writes a .docx (or .dotx) package from body XML: every part is generated here, from our own
 * understanding of the OPC / WordprocessingML formats, except the parts carried unchanged from a
 * loaded package (carried-parts.ts).
 */
import JSZip from "jszip";
import { escapeXml } from "../core/xml-escape";
import { FONT } from "../core/rules/formats";
import { PAGE } from "../core/rules/page-setup";
import { mmToTwips, ptToHalfPoints } from "../core/rules/units";
import { NS, ROOT_NS_DECLS } from "./xml";
import type { CarriedParts } from "./carried-parts";

export interface DocxParts {
  /** Sequence of <w:p>/<w:tbl> elements using the w: prefix, no namespace declarations. */
  bodyXml: string;
  /** One <w:sectPr> element; may reference header relationship ids "rIdHdrDefault" and "rIdHdrFirst". */
  sectPrXml?: string;
  /** Header contents (<w:p> sequence) for header1.xml / header2.xml bound to those ids. */
  headers?: { default?: string; first?: string };
  /** True → a .dotx (template main content type). */
  template?: boolean;
  /** Core properties title. */
  title?: string;
  /**
   * Parts of a loaded package written back as they came (readCarriedParts), with the main document's
   * relationships to them under their own ids; a carried styles or settings part replaces ours. Not
   * together with headers.
   */
  carried?: CarriedParts;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
const CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const HEADER_REL_IDS = { default: "rIdHdrDefault", first: "rIdHdrFirst" } as const;

/** Half-points, the unit of w:sz. */

/** Default body font size in points (NĐ 30 body text: 13–14; we write 14). */
export const DEFAULT_FONT_SIZE_PT = 14;

/** Our styles part: Times New Roman 14 pt black by default, and the few styles our XML names. */
export function stylesXml(): string {
  const font = escapeXml(FONT.name);
  const fonts = `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
  const size = ptToHalfPoints(DEFAULT_FONT_SIZE_PT);
  return (
    XML_DECL +
    `<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:color w:val="${FONT.color}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
    `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `</w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">` +
    `<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>` +
    `<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>` +
    `</w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
    `<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `</w:styles>`
  );
}

/** A4 portrait with the decree's default margins, no header. */
export function defaultSectPrXml(): string {
  const m = PAGE.margins;
  return (
    `<w:sectPr><w:pgSz w:w="${mmToTwips(PAGE.paper.width)}" w:h="${mmToTwips(PAGE.paper.height)}"/>` +
    `<w:pgMar w:top="${mmToTwips(m.top.default)}" w:right="${mmToTwips(m.right.default)}" ` +
    `w:bottom="${mmToTwips(m.bottom.default)}" w:left="${mmToTwips(m.left.default)}" ` +
    `w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`
  );
}

function settingsXml(): string {
  return (
    XML_DECL +
    `<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/><w:compat>` +
    `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
    `</w:compat></w:settings>`
  );
}

function headerXml(content: string): string {
  // A header part must hold at least one paragraph.
  const body = content.trim() === "" ? "<w:p/>" : content;
  return XML_DECL + `<w:hdr ${ROOT_NS_DECLS}>${body}</w:hdr>`;
}

export function documentXml(bodyXml: string, sectPrXml: string): string {
  return XML_DECL + `<w:document ${ROOT_NS_DECLS}><w:body>${bodyXml}${sectPrXml}</w:body></w:document>`;
}

function coreXml(title: string | undefined): string {
  const t = title ? `<dc:title>${escapeXml(title)}</dc:title>` : "";
  return (
    XML_DECL +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${t}<dc:creator>VBHC</dc:creator></cp:coreProperties>`
  );
}

function appXml(): string {
  return (
    XML_DECL +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>VBHC</Application></Properties>`
  );
}

/** Builds the package. Deterministic apart from JSZip's timestamps. */
export async function writeDocxPackage(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const carried = parts.carried ?? { relationships: [], parts: [] };
  if (parts.headers && carried.relationships.length > 0) throw new Error("headers and carried parts do not mix");
  const carriedPaths = new Set(carried.parts.map((p) => p.path));
  const carriedIds = new Set(carried.relationships.map((r) => r.id));
  const carriesType = (t: string) => carried.relationships.some((r) => r.type === `${REL_BASE}/${t}`);
  // Our own styles and settings, unless the loaded package brings its own; their ids are named nowhere else.
  const own = (["styles", "settings"] as const)
    .filter((t) => !carriesType(t) && !carriedPaths.has(`word/${t}.xml`))
    .map((t) => {
      let id = t === "styles" ? "rIdStyles" : "rIdSettings";
      while (carriedIds.has(id)) id += "X";
      return { type: t, id, file: `${t}.xml` };
    });
  const headers: { id: string; file: string; content: string }[] = [];
  if (parts.headers?.default !== undefined)
    headers.push({ id: HEADER_REL_IDS.default, file: "header1.xml", content: parts.headers.default });
  if (parts.headers?.first !== undefined)
    headers.push({ id: HEADER_REL_IDS.first, file: "header2.xml", content: parts.headers.first });

  const overrides = [
    [`/word/document.xml`, parts.template ? CT_TEMPLATE : CT_MAIN],
    ...own.map((o) => [`/word/${o.file}`, `${CT_WML}.${o.type}+xml`]),
    ...headers.map((h) => [`/word/${h.file}`, `${CT_WML}.header+xml`]),
    ...carried.parts.flatMap((p) => (p.contentType ? [[`/${p.path}`, p.contentType]] : [])),
    [`/docProps/core.xml`, "application/vnd.openxmlformats-package.core-properties+xml"],
    [`/docProps/app.xml`, "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  zip.file(
    "[Content_Types].xml",
    XML_DECL +
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      overrides.map(([p, t]) => `<Override PartName="${escapeXml(p)}" ContentType="${escapeXml(t)}"/>`).join("") +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    XML_DECL +
      `<Relationships xmlns="${NS.rels}">` +
      `<Relationship Id="rId1" Type="${REL_BASE}/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_BASE}/extended-properties" Target="docProps/app.xml"/>` +
      `</Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    XML_DECL +
      `<Relationships xmlns="${NS.rels}">` +
      own.map((o) => `<Relationship Id="${o.id}" Type="${REL_BASE}/${o.type}" Target="${o.file}"/>`).join("") +
      headers.map((h) => `<Relationship Id="${h.id}" Type="${REL_BASE}/header" Target="${h.file}"/>`).join("") +
      carried.relationships
        .map(
          (r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
        )
        .join("") +
      `</Relationships>`,
  );
  zip.file("word/document.xml", documentXml(parts.bodyXml, parts.sectPrXml ?? defaultSectPrXml()));
  for (const o of own) zip.file(`word/${o.file}`, o.type === "styles" ? stylesXml() : settingsXml());
  for (const p of carried.parts) zip.file(p.path, p.bytes);
  for (const h of headers) zip.file(`word/${h.file}`, headerXml(h.content));
  zip.file("docProps/core.xml", coreXml(parts.title));
  zip.file("docProps/app.xml", appXml());
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
