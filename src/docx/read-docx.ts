/**
 * .docx → DocumentSnapshot. Resolves formatting the way Word does for the properties core checks:
 * document defaults → paragraph style chain → run style chain → direct formatting.
 */
import type { DocumentSnapshot, FontInfo, ParagraphSnapshot, TableCellRef } from "../core/model/document";
import { type ParaProps, type RunProps, paragraphSegments, parseParaProps, parseRunProps } from "./wordml";
import {
  DEFAULT_XML_LIMITS,
  NS,
  type XmlDocument,
  type XmlElement,
  type XmlLimits,
  XmlLimitError,
  XmlParseError,
  isElement,
  isW,
  onOff,
  checkXmlLimits,
  readXml,
  sourceOf,
  wAttr,
  wChild,
} from "./xml";
import { DocxReadError, corruptDocx } from "./docx-read-error";
import { DEFAULT_PACKAGE_LIMITS, type PackageLimits, openPackage } from "./package-reader";
import { relsPathOf, resolveTarget } from "./carried-parts";
import { createListCounter, parseListDefinitions } from "./list-markers";
import { readSections, sectionSources } from "./read-sections";
import { hasBorder, ruleBelowOf, styleBorders, type Borders } from "./read-rules";

export { DocxReadError } from "./docx-read-error";
export type { DocxReadErrorCode } from "./docx-read-error";

export const DEFAULT_MAX_DOCX_BYTES = DEFAULT_PACKAGE_LIMITS.maxBytes;

export interface DocxReadOptions extends Partial<PackageLimits>, Partial<XmlLimits> {}

/**
 * A part with more start tags than this is refused before any tree is built. The read-only tree holds a
 * few hundred bytes per node, so this keeps the largest accepted part to a few hundred MB; a 10,000-paragraph
 * decision has about a fifth of it, and 10 MB of empty paragraphs (a 19 KB zip) is over it.
 */
export const DEFAULT_MAX_XML_ELEMENTS = 1_000_000;

interface StyleDef {
  name: string;
  type: string;
  basedOn?: string;
  pPr: ParaProps;
  rPr: RunProps;
  borders: Borders;
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
      borders: styleBorders(wChild(c, "pPr")),
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

interface ResolvedPara {
  props: ParaProps;
  styleName?: string;
  styleRun: RunProps;
}

class Resolver {
  // Resolved properties by the markup of the pPr / rPr that produced them (shared objects: never mutate them).
  // A long document repeats a few dozen property sets over thousands of paragraphs and runs.
  private readonly paraCache = new Map<string, ResolvedPara>();
  private readonly runCache = new Map<RunProps, Map<string, RunProps>>();
  private readonly fontCache = new WeakMap<RunProps, FontInfo>();

  constructor(
    private readonly styles: Styles,
    /** Word's marker for the next paragraph of a list, in document order. */
    readonly listMarker: (numId: number, level: number) => string | undefined = () => undefined,
  ) {}

  paraStyleId(direct: ParaProps): string | undefined {
    return direct.styleId ?? this.styles.defaultPara;
  }

  paraProps(p: XmlElement): ResolvedPara {
    const pPr = wChild(p, "pPr");
    const key = pPr ? sourceOf(pPr) : "";
    const hit = key === undefined ? undefined : this.paraCache.get(key);
    if (hit) return hit;
    const resolved = this.resolvePara(pPr);
    if (key !== undefined) this.paraCache.set(key, resolved);
    return resolved;
  }

  private resolvePara(pPr: XmlElement | undefined): ResolvedPara {
    const direct = parseParaProps(pPr);
    const styleId = this.paraStyleId(direct);
    const chain = styleChain(this.styles, styleId);
    const props = mergePara(this.styles.defaultParaProps, ...chain.map((s) => s.pPr), direct);
    const styleRun = mergeRun(this.styles.defaultRunProps, ...chain.map((s) => s.rPr));
    const styleName = styleId ? (this.styles.byId.get(styleId)?.name ?? styleId) : undefined;
    return { props, styleName, styleRun };
  }

  /** Effective paragraph borders: the style chain's, then the paragraph's own. */
  borders(p: XmlElement): Borders {
    const direct = parseParaProps(wChild(p, "pPr"));
    const chain = styleChain(this.styles, this.paraStyleId(direct));
    return Object.assign(
      {},
      ...chain.map((s) => defined(s.borders)),
      defined(styleBorders(wChild(p, "pPr"))),
    ) as Borders;
  }

  runProps(styleRun: RunProps, r: XmlElement): RunProps {
    const rPr = wChild(r, "rPr");
    const key = rPr ? sourceOf(rPr) : "";
    let byKey = this.runCache.get(styleRun);
    const hit = key === undefined ? undefined : byKey?.get(key);
    if (hit) return hit;
    const direct = parseRunProps(rPr);
    const chain = styleChain(this.styles, direct.styleId);
    const merged = mergeRun(styleRun, ...chain.map((s) => s.rPr), direct);
    if (key !== undefined) {
      if (!byKey) this.runCache.set(styleRun, (byKey = new Map()));
      byKey.set(key, merged);
    }
    return merged;
  }

  /** The run's font as the snapshot reports it, computed once per distinct set of properties. */
  font(props: RunProps): FontInfo {
    let f = this.fontCache.get(props);
    if (!f) this.fontCache.set(props, (f = fontInfo(props)));
    return f;
  }
}

function fontInfo(props: RunProps): FontInfo {
  const f: FontInfo = {};
  if (props.font !== undefined) f.name = props.font;
  f.size = props.size ?? 10; // Word's built-in default when nothing sets w:sz.
  f.bold = props.bold ?? false;
  f.italic = props.italic ?? false;
  f.underline = props.underline ?? false;
  f.caps = props.caps ?? false;
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
  // Runs that show text, in order, each once (segments come run by run).
  let last: XmlElement | undefined;
  for (const s of segs) {
    if (s.run === last || s.text.trim() === "") continue;
    last = s.run;
    runFonts.push(res.font(res.runProps(styleRun, s.run)));
  }
  // An empty paragraph is sized by its mark.
  const markFont = (): FontInfo => fontInfo(mergeRun(styleRun, parseRunProps(wChild(wChild(p, "pPr"), "rPr"))));
  const snap: ParagraphSnapshot = {
    index,
    text: segs.map((s) => s.text).join(""),
    inTable: cell !== undefined,
    font: runFonts.length > 0 ? uniformFont(runFonts) : markFont(),
    alignment: props.alignment ?? "left",
  };
  if (styleName !== undefined) snap.style = styleName;
  snap.firstLineIndent = props.firstLineIndent ?? 0;
  snap.leftIndent = props.leftIndent ?? 0;
  snap.spaceBefore = props.spaceBefore ?? 0;
  snap.spaceAfter = props.spaceAfter ?? 0;
  snap.lineSpacing = props.lineSpacing ? { ...props.lineSpacing } : { rule: "multiple", value: 1 };
  if (cell) snap.cell = cell;
  if (props.numbering) {
    const marker = res.listMarker(props.numbering.numId, props.numbering.level);
    snap.list = marker === undefined ? { level: props.numbering.level } : { level: props.numbering.level, marker };
  }
  return snap;
}

interface Parts {
  read(path: string): Promise<XmlDocument | undefined>;
}

async function relsOf(parts: Parts, partPath: string): Promise<Map<string, string>> {
  const doc = await parts.read(relsPathOf(partPath));
  const map = new Map<string, string>();
  const list = doc?.getElementsByTagNameNS(NS.rels, "Relationship");
  for (let i = 0; list && i < list.length; i++) {
    const r = list.item(i);
    const id = r?.getAttribute("Id");
    const target = r?.getAttribute("Target");
    const path = target && resolveTarget(partPath, target);
    if (id && path) map.set(id, path);
  }
  return map;
}

function xmlLimitError(err: XmlLimitError, path: string): DocxReadError {
  if (err.kind === "doctype") {
    return new DocxReadError(
      "unsafe-xml",
      `${path} contains a DOCTYPE or entity declaration, which a Word document never has; it is refused for safety.`,
      `${path} chứa khai báo DOCTYPE hoặc thực thể (entity), điều văn bản Word không bao giờ có; tệp bị từ chối để an toàn.`,
    );
  }
  const what = err.kind === "depth" ? "levels of nesting" : "XML elements";
  const whatVi = err.kind === "depth" ? "cấp lồng nhau" : "phần tử XML";
  return new DocxReadError(
    "too-complex",
    `${path} has more than ${err.limit} ${what}, more than this tool reads.`,
    `${path} có hơn ${err.limit} ${whatVi}, vượt giới hạn công cụ đọc được.`,
  );
}

/** Reads a .docx into a snapshot. Throws DocxReadError for files it cannot read. */
export async function readDocx(bytes: Uint8Array, opts: DocxReadOptions = {}): Promise<DocumentSnapshot> {
  const limits: PackageLimits = {
    ...DEFAULT_PACKAGE_LIMITS,
    ...definedOnly(opts, ["maxBytes", "maxPartBytes", "maxTotalBytes", "maxEntries"]),
  };
  const xmlLimits: XmlLimits = {
    ...DEFAULT_XML_LIMITS,
    maxElements: DEFAULT_MAX_XML_ELEMENTS,
    ...definedOnly(opts, ["maxElements", "maxDepth"]),
  };
  const pkg = await openPackage(bytes, limits);
  const cache = new Map<string, XmlDocument | undefined>();
  const parts: Parts = {
    async read(path) {
      if (cache.has(path)) return cache.get(path);
      const text = await pkg.readText(path);
      let doc: XmlDocument | undefined;
      if (text !== undefined) {
        try {
          // Counted before any tree exists; the read-only tree is then many times smaller than a DOM.
          checkXmlLimits(text, xmlLimits);
          doc = readXml(text);
        } catch (e) {
          if (e instanceof XmlLimitError) throw xmlLimitError(e, path);
          if (e instanceof XmlParseError)
            throw corruptDocx(`${path} is not well-formed XML`, `${path} không phải XML hợp lệ`);
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
  if (!body) throw corruptDocx("no word/document.xml body", "không có phần thân word/document.xml");
  const mainRels = await relsOf(parts, mainPath);
  let stylesPath = "word/styles.xml";
  for (const target of mainRels.values())
    if (/styles\.xml$/i.test(target) && !/Effects/i.test(target)) stylesPath = target;
  const styles = parseStyles(await parts.read(stylesPath));
  let numberingPath: string | undefined;
  for (const target of mainRels.values()) if (/numbering\.xml$/i.test(target)) numberingPath = target;
  const lists = parseListDefinitions(numberingPath ? await parts.read(numberingPath) : undefined);
  const res = new Resolver(styles, createListCounter(lists));
  const walked = walkBody(body);
  const paragraphs = walked.map(({ p, cell }, i) => readParagraph(p, i, cell, res));
  // A solid rule under a header line: a bottom border on it, a top border on the next paragraph, or a line shape.
  walked.forEach(({ p }, i) => {
    const next = walked[i + 1]?.p;
    const below = ruleBelowOf(
      p,
      hasBorder(res.borders(p), "bottom") || (!!next && hasBorder(res.borders(next), "top")),
    );
    if (below) paragraphs[i].ruleBelow = below;
  });
  const snapshot: DocumentSnapshot = { source: "docx", paragraphs, hasFormatting: true, rulesReadable: true };
  let settingsPath = "word/settings.xml";
  for (const target of mainRels.values())
    if (/settings\.xml$/i.test(target) && !/web/i.test(target)) settingsPath = target;
  const settings = (await parts.read(settingsPath))?.documentElement;
  const sections = await readSections(sectionSources(body, walked), {
    rels: mainRels,
    readPart: async (path) => (await parts.read(path))?.documentElement ?? undefined,
    evenAndOddHeaders: onOff(wChild(settings ?? undefined, "evenAndOddHeaders")) === true,
    fieldFormat: (field) => {
      const { props, styleRun } = res.paraProps(field.para);
      const runProps = field.run ? res.runProps(styleRun, field.run) : styleRun;
      return { alignment: props.alignment ?? "left", ...(runProps.size !== undefined ? { size: runProps.size } : {}) };
    },
  });
  if (sections.length > 0) {
    snapshot.sections = sections;
    const { section: _n, firstParagraph: _f, ...last } = sections[sections.length - 1];
    snapshot.pageSetup = last;
  }
  return snapshot;
}

function definedOnly<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
