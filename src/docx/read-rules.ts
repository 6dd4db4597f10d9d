/**
 * Solid rules drawn under header lines (Phụ lục I: under the tiêu ngữ, the issuing body and the trích yếu):
 * Word users draw them as a paragraph border, or as a line shape (DrawingML or VML) anchored in a paragraph.
 */
import { type XmlElement, wAttr, wChild } from "./xml";

export interface Borders {
  top?: boolean;
  bottom?: boolean;
}

const NO_LINE = new Set(["none", "nil"]);

/** The top and bottom borders a pPr sets (true: a line; false: explicitly none; absent: inherited). */
export function styleBorders(pPr: XmlElement | undefined): Borders {
  const bdr = wChild(pPr, "pBdr");
  const out: Borders = {};
  if (!bdr) return out;
  for (const side of ["top", "bottom"] as const) {
    const el = wChild(bdr, side);
    if (el) out[side] = !NO_LINE.has(wAttr(el, "val") ?? "none");
  }
  return out;
}

export const hasBorder = (b: Borders, side: keyof Borders): boolean => b[side] === true;

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const VML_NS = "urn:schemas-microsoft-com:vml";
const LINE_GEOMETRIES = new Set(["line", "straightConnector1"]);

/** True when the paragraph anchors a straight line shape (DrawingML preset geometry, or VML line/connector). */
export function hasLineShape(p: XmlElement): boolean {
  const geoms = p.getElementsByTagNameNS(DRAWING_NS, "prstGeom");
  for (let i = 0; i < geoms.length; i++) {
    if (LINE_GEOMETRIES.has(geoms.item(i)?.getAttribute("prst") ?? "")) return true;
  }
  if (p.getElementsByTagNameNS(VML_NS, "line").length > 0) return true;
  const shapes = p.getElementsByTagNameNS(VML_NS, "shape");
  for (let i = 0; i < shapes.length; i++) {
    // Word's VML straight arrow connector is shape type 32.
    if (/_x0000_t32\b/.test(shapes.item(i)?.getAttribute("type") ?? "")) return true;
  }
  return false;
}

/** How a rule under the paragraph is drawn, if it is. */
export function ruleBelowOf(p: XmlElement, border: boolean): "border" | "shape" | undefined {
  if (border) return "border";
  return hasLineShape(p) ? "shape" : undefined;
}
