/**
 * Applies edits to a .docx in place: text edits change w:t nodes across runs while each run keeps
 * its formatting; format edits set run and paragraph properties. Everything else in the package
 * is left byte-for-byte as it was, and in word/document.xml only the edited paragraphs are rewritten.
 */
import JSZip from "jszip";
import type { Edit, FormatEdit, TextEdit } from "../core/model/edits";
import { dropOverlapping, orderForApplication } from "../core/model/edits";
import { listParagraphs, paragraphRuns, paragraphSegments } from "./wordml";
import { DocxReadError } from "./read-docx";
import { decodeXmlPart } from "./package-reader";
import type { LiteElement } from "./fast-xml";
import { escapeXml } from "../core/xml-escape";
import { PPR_ORDER, RPR_ORDER } from "./property-order";
import { ptToHalfPoints } from "../core/rules/units";
import { NS, type XmlDocument, type XmlElement, isW, parseXml, ptToTwips, readXml, serializeXml, wChild } from "./xml";

function docOf(el: XmlElement): XmlDocument {
  const doc = el.ownerDocument;
  if (!doc) throw new Error("element without a document");
  return doc;
}

function wEl(doc: XmlDocument, prefix: string, local: string): XmlElement {
  return doc.createElementNS(NS.w, `${prefix}:${local}`);
}

function setWAttr(el: XmlElement, prefix: string, name: string, value: string): void {
  el.setAttributeNS(NS.w, `${prefix}:${name}`, value);
}

/** The w:<local> child of parent, created at its schema position when missing. */
function ensureChild(parent: XmlElement, local: string, order: readonly string[], prefix: string): XmlElement {
  const existing = wChild(parent, local);
  if (existing) return existing;
  const el = wEl(docOf(parent), prefix, local);
  const rank = order.indexOf(local);
  let before: XmlElement | undefined;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (isW(c, c.localName ?? "") && order.indexOf(c.localName ?? "") > rank) {
      before = c;
      break;
    }
  }
  parent.insertBefore(el, before ?? null);
  return el;
}

/** pPr must be the paragraph's first child; rPr the run's first child. */
function ensureFirst(parent: XmlElement, local: string, prefix: string): XmlElement {
  const existing = wChild(parent, local);
  if (existing) return existing;
  const el = wEl(docOf(parent), prefix, local);
  parent.insertBefore(el, parent.firstChild);
  return el;
}

function newTextNode(doc: XmlDocument, prefix: string, text: string): XmlElement {
  const t = wEl(doc, prefix, "t");
  t.setAttributeNS(NS.xml, "xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  return t;
}

function setT(t: XmlElement, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(docOf(t).createTextNode(text));
  t.setAttributeNS(NS.xml, "xml:space", "preserve");
}

/** Replaces [start, end) of the paragraph's text; false when the expected text is not there. */
export function applyTextEditToParagraph(
  p: XmlElement,
  e: Pick<TextEdit, "start" | "end" | "expected" | "replacement">,
): boolean {
  const prefix = p.prefix ?? "w";
  const segs = paragraphSegments(p);
  const text = segs.map((s) => s.text).join("");
  if (e.start < 0 || e.end < e.start || text.slice(e.start, e.end) !== e.expected) return false;
  const doc = docOf(p);
  if (segs.length === 0) {
    if (e.replacement === "") return true;
    const r = wEl(doc, prefix, "r");
    r.appendChild(newTextNode(doc, prefix, e.replacement));
    p.appendChild(r);
    return true;
  }
  // The segment the edit starts in; an insertion at the very end goes into the last one.
  let pos = 0;
  let startIdx = -1;
  const starts: number[] = [];
  for (let i = 0; i < segs.length; i++) {
    starts.push(pos);
    pos += segs[i].text.length;
    if (startIdx < 0 && pos > e.start) startIdx = i;
  }
  if (startIdx < 0) startIdx = segs.length - 1;
  for (let i = startIdx; i < segs.length; i++) {
    const seg = segs[i];
    const segStart = starts[i];
    const segEnd = segStart + seg.text.length;
    if (i > startIdx && segStart >= e.end) break;
    const from = Math.max(e.start, segStart) - segStart;
    const to = Math.min(e.end, segEnd) - segStart;
    const insert = i === startIdx ? e.replacement : "";
    if (seg.kind === "t") {
      setT(seg.node, seg.text.slice(0, from) + insert + seg.text.slice(Math.max(from, to)));
    } else {
      // A tab or break is one character: text goes beside it, and it goes away if covered.
      if (insert !== "") {
        const t = newTextNode(doc, prefix, insert);
        if (e.start >= segEnd) seg.run.insertBefore(t, seg.node.nextSibling);
        else seg.run.insertBefore(t, seg.node);
      }
      if (to > from) seg.run.removeChild(seg.node);
    }
  }
  return true;
}

export function applyFormatEditToParagraph(p: XmlElement, e: FormatEdit): void {
  const prefix = p.prefix ?? "w";
  const pPr = ensureFirst(p, "pPr", prefix);
  if (e.alignment) {
    const jc = ensureChild(pPr, "jc", PPR_ORDER, prefix);
    const val = { left: "left", centered: "center", right: "right", justified: "both" }[e.alignment];
    setWAttr(jc, prefix, "val", val);
  }
  if (e.firstLineIndent !== undefined) {
    const ind = ensureChild(pPr, "ind", PPR_ORDER, prefix);
    ind.removeAttributeNS(NS.w, "hanging");
    ind.removeAttributeNS(NS.w, "hangingChars");
    ind.removeAttributeNS(NS.w, "firstLineChars");
    if (e.firstLineIndent < 0) setWAttr(ind, prefix, "hanging", String(ptToTwips(-e.firstLineIndent)));
    else setWAttr(ind, prefix, "firstLine", String(ptToTwips(e.firstLineIndent)));
    if (e.firstLineIndent < 0) ind.removeAttributeNS(NS.w, "firstLine");
  }
  if (e.spaceAfter !== undefined) {
    const sp = ensureChild(pPr, "spacing", PPR_ORDER, prefix);
    sp.removeAttributeNS(NS.w, "afterAutospacing");
    sp.removeAttributeNS(NS.w, "afterLines");
    setWAttr(sp, prefix, "after", String(ptToTwips(e.spaceAfter)));
  }
  const font = e.font;
  if (!font) return;
  const markRPr = ensureChild(pPr, "rPr", PPR_ORDER, prefix);
  const targets = [markRPr, ...paragraphRuns(p).map(({ run }) => ensureFirst(run, "rPr", prefix))];
  for (const rPr of targets) {
    if (font.name !== undefined) {
      const f = ensureChild(rPr, "rFonts", RPR_ORDER, prefix);
      for (const a of ["ascii", "hAnsi", "cs", "eastAsia"]) setWAttr(f, prefix, a, font.name);
      for (const a of ["asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"]) f.removeAttributeNS(NS.w, a);
    }
    if (font.size !== undefined) {
      for (const tag of ["sz", "szCs"])
        setWAttr(ensureChild(rPr, tag, RPR_ORDER, prefix), prefix, "val", String(ptToHalfPoints(font.size)));
    }
    if (font.bold !== undefined) {
      for (const tag of ["b", "bCs"])
        setWAttr(ensureChild(rPr, tag, RPR_ORDER, prefix), prefix, "val", font.bold ? "1" : "0");
    }
    if (font.italic !== undefined) {
      for (const tag of ["i", "iCs"])
        setWAttr(ensureChild(rPr, tag, RPR_ORDER, prefix), prefix, "val", font.italic ? "1" : "0");
    }
  }
}

/** The main document part, as the package relationships name it (word/document.xml by default). */
async function mainPartPath(zip: JSZip): Promise<string | undefined> {
  const relsFile = zip.file("_rels/.rels");
  const rels = relsFile && decodeXmlPart(await relsFile.async("uint8array"), "_rels/.rels");
  if (rels) {
    const list = parseXml(rels).getElementsByTagNameNS(NS.rels, "Relationship");
    for (let i = 0; i < list.length; i++) {
      const r = list.item(i);
      const target = r?.getAttribute("Target");
      if (r?.getAttribute("Type")?.endsWith("/officeDocument") && target) {
        const path = target.replace(/^\//, "");
        if (zip.file(path)) return path;
      }
    }
  }
  return zip.file("word/document.xml") ? "word/document.xml" : undefined;
}

/** Namespace declarations in force at a light-tree element, as attributes for a wrapper element. */
function declarationsAt(el: LiteElement): string {
  const out: string[] = [];
  for (const prefix in el.scope) {
    const uri = el.scope[prefix];
    if (prefix === "xml" || prefix === "xmlns" || uri === undefined) continue;
    out.push(prefix === "" ? `xmlns="${escapeXml(uri)}"` : `xmlns:${prefix}="${escapeXml(uri)}"`);
  }
  return out.join(" ");
}

/**
 * Applies the edits of one paragraph to its markup: the paragraph alone is parsed into the DOM (inside a wrapper that
 * declares the namespaces in force there), edited, and serialized back, so the rest of the part stays byte for byte.
 */
function editParagraphMarkup(p: LiteElement, source: string, edits: readonly Edit[]): { xml: string; applied: number } {
  const decls = declarationsAt(p);
  const wrapped = `<vbhc-wrap ${decls}>${source.slice(p.start, p.end)}</vbhc-wrap>`;
  const wrapper = parseXml(wrapped).documentElement;
  let el: XmlElement | undefined;
  for (let c = wrapper?.firstChild; c; c = c.nextSibling) if (isW(c, "p")) el = c;
  if (!wrapper || !el) return { xml: source.slice(p.start, p.end), applied: 0 };
  let applied = 0;
  for (const e of edits) {
    if (e.kind === "text") {
      if (applyTextEditToParagraph(el, e)) applied++;
    } else {
      applyFormatEditToParagraph(el, e);
      applied++;
    }
  }
  // Serialize the wrapper so the paragraph needs no declarations of its own, then drop the wrapper's tags.
  const out = serializeXml(wrapper);
  const open = out.indexOf(">") + 1;
  const close = out.lastIndexOf("</vbhc-wrap>");
  return { xml: out.slice(open, close), applied };
}

/** The XML text with its declaration's encoding (if it names one) set to UTF-8, the encoding the part is written in. */
function utf8Declaration(xml: string): string {
  return xml.replace(
    /^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2/,
    (decl, head: string, q: string, name: string) => (/^utf-?8$/i.test(name) ? decl : `${head}${q}UTF-8${q}`),
  );
}

/** Applies edits (same paragraph indexes as readDocx); edits whose expected text is gone are skipped. */
export async function applyEditsToDocx(
  bytes: Uint8Array,
  edits: readonly Edit[],
): Promise<{ bytes: Uint8Array; applied: number; skipped: number }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxReadError("corrupt", "The file is not a .docx package.", "Tệp không phải là gói .docx.");
  }
  const mainPath = await mainPartPath(zip);
  const file = mainPath ? zip.file(mainPath) : null;
  if (!file || !mainPath) throw new DocxReadError("corrupt", "No word/document.xml.", "Thiếu word/document.xml.");
  // Decoded as the reader does (UTF-16 too); written back as UTF-8, which every Word reads, so a declaration
  // naming another encoding must say UTF-8 from now on.
  const source = utf8Declaration(decodeXmlPart(await file.async("uint8array"), mainPath));
  let doc: XmlDocument;
  try {
    doc = readXml(source);
  } catch {
    throw new DocxReadError("corrupt", "word/document.xml is not well-formed XML.", "word/document.xml bị hỏng.");
  }
  const body = wChild(doc.documentElement ?? undefined, "body");
  if (!body) throw new DocxReadError("corrupt", "No document body.", "Văn bản không có phần thân.");
  // Paragraphs in the same order as readDocx gives them (a light read-only tree: only edited ones are parsed again).
  const paragraphs = listParagraphs(body) as unknown as LiteElement[];
  const kept = dropOverlapping(edits);
  let skipped = edits.length - kept.length;
  const byParagraph = new Map<number, Edit[]>();
  for (const e of orderForApplication(kept)) {
    if (!paragraphs[e.paragraph]) {
      skipped++;
      continue;
    }
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  let applied = 0;
  const pieces: string[] = [];
  let pos = 0;
  for (const index of [...byParagraph.keys()].sort((a, b) => a - b)) {
    const p = paragraphs[index];
    const list = byParagraph.get(index) ?? [];
    const r = editParagraphMarkup(p, source, list);
    applied += r.applied;
    skipped += list.length - r.applied;
    pieces.push(source.slice(pos, p.start), r.xml);
    pos = p.end;
  }
  pieces.push(source.slice(pos));
  zip.file(mainPath, pieces.join(""));
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), applied, skipped };
}
