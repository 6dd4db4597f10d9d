/**
 * .docx → DocumentSnapshot. Resolves formatting the way Word does for the properties core checks:
 * document defaults → paragraph style chain → run style chain → direct formatting.
 */
import JSZip from "jszip";
import type {
  Alignment,
  DocumentSnapshot,
  FontInfo,
  PageNumbering,
  PageSetup,
  ParagraphSnapshot,
  TableCellRef,
} from "../core/model/document";
import { twipsToMm } from "../core/rules/units";
import {
  type ParaProps,
  type RunProps,
  paragraphRuns,
  paragraphSegments,
  parseParaProps,
  parseRunProps,
} from "./wordml";
import { NS, type XmlDocument, type XmlElement, XmlParseError, isElement, isW, parseXml, wAttr, wChild } from "./xml";
import { createListCounter, parseListDefinitions } from "./list-markers";

export class DocxReadError extends Error {
  constructor(
    readonly code: "corrupt" | "unsupported" | "too-large",
    readonly english: string,
    readonly vietnamese: string,
  ) {
    super(english);
    this.name = "DocxReadError";
  }
}

export const DEFAULT_MAX_DOCX_BYTES = 50 * 1024 * 1024;

const corrupt = (detail: string): DocxReadError =>
  new DocxReadError(
    "corrupt",
    `The file is not a valid .docx document (${detail}).`,
    `Tệp không phải là văn bản .docx hợp lệ (${detail}).`,
  );

interface StyleDef {
  name: string;
  type: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
}

interface Styles {
  byId: Map<string, StyleDef>;
  defaultPara?: string;
  defaultRunProps: RunProps;
  defaultParaProps: ParaProps;
}

function parseStyles(doc: XmlDocument | undefined): Styles {
  const styles: Styles = { byId: new Map(), defaultRunProps: {}, defaultParaProps: {} };
  const root = doc?.documentElement;
  if (!root) return styles;
  const defaults = wChild(root, "docDefaults");
  styles.defaultRunProps = parseRunProps(wChild(wChild(defaults, "rPrDefault"), "rPr"));
  styles.defaultParaProps = parseParaProps(wChild(wChild(defaults, "pPrDefault"), "pPr"));
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (!isW(c, "style")) continue;
    const id = wAttr(c, "styleId");
    if (!id) continue;
    const type = wAttr(c, "type") ?? "paragraph";
    styles.byId.set(id, {
      name: wAttr(wChild(c, "name"), "val") ?? id,
      type,
      basedOn: wAttr(wChild(c, "basedOn"), "val"),
      pPr: parseParaProps(wChild(c, "pPr")),
      rPr: parseRunProps(wChild(c, "rPr")),
    });
    const isDefault = wAttr(c, "default");
    if (type === "paragraph" && (isDefault === "1" || isDefault === "true")) styles.defaultPara = id;
  }
  return styles;
}

/** Style ids from the root of the basedOn chain down to the style itself (cycles cut). */
function styleChain(styles: Styles, id: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  for (let cur = id; cur && !seen.has(cur);) {
    seen.add(cur);
    const def = styles.byId.get(cur);
    if (!def) break;
    chain.unshift(def);
    cur = def.basedOn;
  }
  return chain;
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function mergeRun(...layers: RunProps[]): RunProps {
  return Object.assign({}, ...layers.map(defined)) as RunProps;
}

function mergePara(...layers: ParaProps[]): ParaProps {
  return Object.assign({}, ...layers.map(defined)) as ParaProps;
}

/** Paragraphs in body order with their table cell, tables numbered in document (pre-)order. */
function walkBody(container: XmlElement): { p: XmlElement; cell?: TableCellRef }[] {
  const out: { p: XmlElement; cell?: TableCellRef }[] = [];
  let tableCount = 0;
  const visit = (el: XmlElement, cell: TableCellRef | undefined): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (!isElement(c) || c.namespaceURI !== NS.w) continue;
      const name = c.localName;
      if (name === "p") out.push({ p: c, cell });
      else if (name === "tbl") {
        const table = tableCount++;
        let row = 0;
        for (let tr = c.firstChild; tr; tr = tr.nextSibling) {
          // Rows may be wrapped (sdt, customXml); unwrap one level.
          const rows = isW(tr, "tr") ? [tr] : isElement(tr) && tr.namespaceURI === NS.w ? rowsIn(tr) : [];
          for (const r of rows) {
            let cellIndex = 0;
            for (const tc of cellsIn(r)) visit(tc, { table, row, cell: cellIndex++ });
            row++;
          }
        }
      } else if (name === "sdt") {
        const content = wChild(c, "sdtContent");
        if (content) visit(content, cell);
      } else if (name === "customXml" || name === "ins" || name === "moveTo") visit(c, cell);
    }
  };
  visit(container, undefined);
  return out;
}

function rowsIn(wrapper: XmlElement): XmlElement[] {
  const content = isW(wrapper, "sdt") ? wChild(wrapper, "sdtContent") : wrapper;
  const out: XmlElement[] = [];
  if (content) for (let c = content.firstChild; c; c = c.nextSibling) if (isW(c, "tr")) out.push(c);
  return out;
}

function cellsIn(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = tr.firstChild; c; c = c.nextSibling) {
    if (isW(c, "tc")) out.push(c);
    else if (isW(c, "sdt") || isW(c, "customXml")) {
      const content = isW(c, "sdt") ? wChild(c, "sdtContent") : c;
      if (content) for (let d = content.firstChild; d; d = d.nextSibling) if (isW(d, "tc")) out.push(d);
    }
  }
  return out;
}

class Resolver {
  constructor(
    private readonly styles: Styles,
    /** Word's marker for the next paragraph of a list, in document order. */
    readonly listMarker: (numId: number, level: number) => string | undefined = () => undefined,
  ) {}

  paraStyleId(direct: ParaProps): string | undefined {
    return direct.styleId ?? this.styles.defaultPara;
  }

  paraProps(p: XmlElement): { props: ParaProps; styleName?: string; styleRun: RunProps } {
    const direct = parseParaProps(wChild(p, "pPr"));
    const styleId = this.paraStyleId(direct);
    const chain = styleChain(this.styles, styleId);
    const props = mergePara(this.styles.defaultParaProps, ...chain.map((s) => s.pPr), direct);
    const styleRun = mergeRun(this.styles.defaultRunProps, ...chain.map((s) => s.rPr));
    const styleName = styleId ? (this.styles.byId.get(styleId)?.name ?? styleId) : undefined;
    return { props, styleName, styleRun };
  }

  runProps(styleRun: RunProps, r: XmlElement): RunProps {
    const direct = parseRunProps(wChild(r, "rPr"));
    const chain = styleChain(this.styles, direct.styleId);
    return mergeRun(styleRun, ...chain.map((s) => s.rPr), direct);
  }
}

function fontInfo(props: RunProps): FontInfo {
  const f: FontInfo = {};
  if (props.font !== undefined) f.name = props.font;
  f.size = props.size ?? 10; // Word's built-in default when nothing sets w:sz.
  f.bold = props.bold ?? false;
  f.italic = props.italic ?? false;
  f.underline = props.underline ?? false;
  // "auto" renders black on a white page.
  f.color = props.color === undefined || props.color === "auto" ? "000000" : props.color;
  return f;
}

/** Keeps a field only where every run agrees. */
function uniformFont(fonts: FontInfo[]): FontInfo {
  const out: FontInfo = { ...fonts[0] };
  for (const f of fonts.slice(1)) {
    for (const key of Object.keys(out) as (keyof FontInfo)[]) {
      if (out[key] !== f[key]) delete out[key];
    }
  }
  return out;
}

function readParagraph(p: XmlElement, index: number, cell: TableCellRef | undefined, res: Resolver): ParagraphSnapshot {
  const { props, styleName, styleRun } = res.paraProps(p);
  const runFonts: FontInfo[] = [];
  const segs = paragraphSegments(p);
  const nonEmptyRuns = new Set(segs.filter((s) => s.text.trim() !== "").map((s) => s.run));
  for (const { run } of paragraphRuns(p))
    if (nonEmptyRuns.has(run)) runFonts.push(fontInfo(res.runProps(styleRun, run)));
  const markProps = mergeRun(styleRun, parseRunProps(wChild(wChild(p, "pPr"), "rPr")));
  const snap: ParagraphSnapshot = {
    index,
    text: segs.map((s) => s.text).join(""),
    inTable: cell !== undefined,
    font: runFonts.length > 0 ? uniformFont(runFonts) : fontInfo(markProps),
    alignment: props.alignment ?? "left",
  };
  if (styleName !== undefined) snap.style = styleName;
  snap.firstLineIndent = props.firstLineIndent ?? 0;
  snap.leftIndent = props.leftIndent ?? 0;
  snap.spaceBefore = props.spaceBefore ?? 0;
  snap.spaceAfter = props.spaceAfter ?? 0;
  snap.lineSpacing = props.lineSpacing ?? { rule: "multiple", value: 1 };
  if (cell) snap.cell = cell;
  if (props.numbering) {
    const marker = res.listMarker(props.numbering.numId, props.numbering.level);
    snap.list = marker === undefined ? { level: props.numbering.level } : { level: props.numbering.level, marker };
  }
  return snap;
}

function hasPageField(root: XmlElement): { para: XmlElement; run?: XmlElement } | undefined {
  const isPage = (instr: string): boolean => /^\s*PAGE\b/i.test(instr);
  const simple = root.getElementsByTagNameNS(NS.w, "fldSimple");
  for (let i = 0; i < simple.length; i++) {
    const f = simple.item(i);
    if (f && isPage(wAttr(f, "instr") ?? "")) {
      const run = f.getElementsByTagNameNS(NS.w, "r").item(0) ?? undefined;
      return { para: enclosing(f, "p") ?? f, run };
    }
  }
  const instr = root.getElementsByTagNameNS(NS.w, "instrText");
  for (let i = 0; i < instr.length; i++) {
    const t = instr.item(i);
    if (t && isPage(t.textContent ?? "")) {
      const run = enclosing(t, "r");
      return { para: enclosing(t, "p") ?? t, run };
    }
  }
  return undefined;
}

function enclosing(el: XmlElement, local: string): XmlElement | undefined {
  for (let n = el.parentNode; n; n = n.parentNode) if (isW(n, local)) return n;
  return undefined;
}

interface Parts {
  read(path: string): Promise<XmlDocument | undefined>;
}

async function relsOf(parts: Parts, partPath: string): Promise<Map<string, string>> {
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${partPath.slice(dir.length)}.rels`;
  const doc = await parts.read(relsPath);
  const map = new Map<string, string>();
  const list = doc?.getElementsByTagNameNS(NS.rels, "Relationship");
  for (let i = 0; list && i < list.length; i++) {
    const r = list.item(i);
    const id = r?.getAttribute("Id");
    const target = r?.getAttribute("Target");
    if (id && target) map.set(id, target.startsWith("/") ? target.slice(1) : dir + target);
  }
  return map;
}

async function readPageSetup(
  body: XmlElement,
  parts: Parts,
  mainPath: string,
  styles: Styles,
): Promise<PageSetup | undefined> {
  let sect: XmlElement | undefined;
  for (let c = body.lastChild; c; c = c.previousSibling) {
    if (isW(c, "sectPr")) {
      sect = c;
      break;
    }
  }
  if (!sect) return undefined;
  const pgSz = wChild(sect, "pgSz");
  const pgMar = wChild(sect, "pgMar");
  const mm = (el: XmlElement | undefined, name: string, fallback: number): number => {
    const v = Number(wAttr(el, name));
    return Math.round(twipsToMm(Number.isFinite(v) ? Math.abs(v) : fallback) * 100) / 100;
  };
  const width = mm(pgSz, "w", 12240);
  const height = mm(pgSz, "h", 15840);
  const orient = wAttr(pgSz, "orient");
  const setup: PageSetup = {
    width,
    height,
    marginTop: mm(pgMar, "top", 1440),
    marginBottom: mm(pgMar, "bottom", 1440),
    marginLeft: mm(pgMar, "left", 1440),
    marginRight: mm(pgMar, "right", 1440),
    orientation: orient === "landscape" || (orient === undefined && width > height) ? "landscape" : "portrait",
  };
  const rels = await relsOf(parts, mainPath);
  const titlePg = wChild(sect, "titlePg");
  const differentFirst = titlePg !== undefined && wAttr(titlePg, "val") !== "0" && wAttr(titlePg, "val") !== "false";
  const refs = (kind: "headerReference" | "footerReference", type: string): string | undefined => {
    for (let c = sect?.firstChild; c; c = c.nextSibling) {
      if (isW(c, kind) && (wAttr(c, "type") ?? "default") === type) {
        const id = c.getAttributeNS(NS.r, "id") ?? "";
        return rels.get(id);
      }
    }
    return undefined;
  };
  const fieldIn = async (target: string | undefined) => {
    const doc = target ? await parts.read(target) : undefined;
    return doc?.documentElement ? hasPageField(doc.documentElement) : undefined;
  };
  const inHeader = await fieldIn(refs("headerReference", "default"));
  const inFooter = inHeader ? undefined : await fieldIn(refs("footerReference", "default"));
  const found = inHeader ?? inFooter;
  const numbering: PageNumbering = {
    position: inHeader ? "header" : inFooter ? "footer" : "none",
    differentFirstPage: false,
  };
  if (found) {
    const res = new Resolver(styles);
    const { props, styleRun } = res.paraProps(found.para);
    numbering.alignment = props.alignment ?? ("left" as Alignment);
    const runProps = found.run ? res.runProps(styleRun, found.run) : styleRun;
    if (runProps.size !== undefined) numbering.size = runProps.size;
    const firstKind = inHeader ? "headerReference" : "footerReference";
    // Page 1 shows no number when the section has a first-page header/footer without the field.
    numbering.differentFirstPage = differentFirst && !(await fieldIn(refs(firstKind, "first")));
  } else {
    numbering.differentFirstPage = differentFirst;
  }
  setup.pageNumbers = numbering;
  return setup;
}

function isOle2(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/** Reads a .docx into a snapshot. Throws DocxReadError for files it cannot read. */
export async function readDocx(bytes: Uint8Array, opts?: { maxBytes?: number }): Promise<DocumentSnapshot> {
  const max = opts?.maxBytes ?? DEFAULT_MAX_DOCX_BYTES;
  if (bytes.length > max) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    throw new DocxReadError(
      "too-large",
      `The file is ${mb(bytes.length)} MB; the limit is ${mb(max)} MB.`,
      `Tệp có dung lượng ${mb(bytes.length)} MB, vượt giới hạn ${mb(max)} MB.`,
    );
  }
  if (isOle2(bytes)) {
    throw new DocxReadError(
      "unsupported",
      "This is an old Word .doc file. Open it in Word and save it as .docx, then try again.",
      "Đây là tệp Word .doc cũ. Hãy mở bằng Word, lưu lại dưới dạng .docx rồi thử lại.",
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw corrupt("not a zip package");
  }
  const cache = new Map<string, XmlDocument | undefined>();
  const parts: Parts = {
    async read(path) {
      if (cache.has(path)) return cache.get(path);
      const file = zip.file(path);
      let doc: XmlDocument | undefined;
      // A small zip can inflate to a huge part; JSZip knows each entry's declared size.
      const inflated = (file as unknown as { _data?: { uncompressedSize?: number } } | null)?._data?.uncompressedSize;
      if (inflated !== undefined && inflated > max * 4) {
        throw new DocxReadError(
          "too-large",
          `The part ${path} inflates to more than ${Math.round((max * 4) / (1024 * 1024))} MB.`,
          `Thành phần ${path} khi giải nén vượt quá ${Math.round((max * 4) / (1024 * 1024))} MB.`,
        );
      }
      if (file) {
        try {
          doc = parseXml(await file.async("string"));
        } catch (e) {
          if (e instanceof XmlParseError) throw corrupt(`${path} is not well-formed XML`);
          throw e;
        }
      }
      cache.set(path, doc);
      return doc;
    },
  };
  const rootRels = await relsOf(parts, "");
  let mainPath = "word/document.xml";
  const rootRelsDoc = await parts.read("_rels/.rels");
  const relList = rootRelsDoc?.getElementsByTagNameNS(NS.rels, "Relationship");
  for (let i = 0; relList && i < relList.length; i++) {
    const r = relList.item(i);
    if (r?.getAttribute("Type")?.endsWith("/officeDocument")) {
      const id = r.getAttribute("Id") ?? "";
      mainPath = rootRels.get(id) ?? mainPath;
    }
  }
  const main = await parts.read(mainPath);
  const body = main?.documentElement ? wChild(main.documentElement, "body") : undefined;
  if (!body) throw corrupt("no word/document.xml body");
  const mainRels = await relsOf(parts, mainPath);
  let stylesPath = "word/styles.xml";
  for (const target of mainRels.values())
    if (/styles\.xml$/i.test(target) && !/Effects/i.test(target)) stylesPath = target;
  const styles = parseStyles(await parts.read(stylesPath));
  let numberingPath: string | undefined;
  for (const target of mainRels.values()) if (/numbering\.xml$/i.test(target)) numberingPath = target;
  const lists = parseListDefinitions(numberingPath ? await parts.read(numberingPath) : undefined);
  const res = new Resolver(styles, createListCounter(lists));
  const paragraphs = walkBody(body).map(({ p, cell }, i) => readParagraph(p, i, cell, res));
  const snapshot: DocumentSnapshot = { source: "docx", paragraphs, hasFormatting: true };
  const pageSetup = await readPageSetup(body, parts, mainPath, styles);
  if (pageSetup) snapshot.pageSetup = pageSetup;
  return snapshot;
}
