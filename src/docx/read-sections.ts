/**
 * Page setup of every section of a .docx: each `w:sectPr` (in a paragraph's pPr, ending that section, and the
 * body's last one), with the page numbers its headers and footers show. A section without a header or footer
 * reference of a type inherits the previous section's, as Word does; a first-page header counts only under
 * `w:titlePg`, an even-page one only when settings.xml turns on `w:evenAndOddHeaders`.
 */
import type { Alignment, PageNumbering, SectionSetup } from "../core/model/document";
import { twipsToMm } from "../core/rules/units";
import { bodyFromOoxml } from "./flat-opc";
import { parseParaProps } from "./wordml";
import { NS, type XmlElement, isW, onOff, wAttr, wChild } from "./xml";

/** Where a PAGE field sits in a header or footer part: its paragraph, and the run that shows it. */
export interface PageField {
  para: XmlElement;
  run?: XmlElement;
}

const isPageInstr = (instr: string): boolean => /^\s*PAGE\b/i.test(instr);

function enclosing(el: XmlElement, local: string): XmlElement | undefined {
  for (let n = el.parentNode; n; n = n.parentNode) if (isW(n, local)) return n;
  return undefined;
}

/** The first PAGE field of a part, simple (`w:fldSimple`) or complex (`w:fldChar` + `w:instrText`). */
export function findPageField(root: XmlElement): PageField | undefined {
  const simple = root.getElementsByTagNameNS(NS.w, "fldSimple");
  for (let i = 0; i < simple.length; i++) {
    const f = simple.item(i);
    if (f && isPageInstr(wAttr(f, "instr") ?? "")) {
      const run = f.getElementsByTagNameNS(NS.w, "r").item(0) ?? undefined;
      return { para: enclosing(f, "p") ?? f, run };
    }
  }
  const instr = root.getElementsByTagNameNS(NS.w, "instrText");
  for (let i = 0; i < instr.length; i++) {
    const t = instr.item(i);
    if (t && isPageInstr(t.textContent ?? "")) return { para: enclosing(t, "p") ?? t, run: enclosing(t, "r") };
  }
  return undefined;
}

type RefType = "default" | "first" | "even";
type RefKind = "headerReference" | "footerReference";
const REF_TYPES: readonly RefType[] = ["default", "first", "even"];

/** Part paths of a section's header and footer references, by kind and type. */
type Refs = Record<RefKind, Partial<Record<RefType, string>>>;

export interface SectionSource {
  sectPr: XmlElement;
  firstParagraph: number;
}

export interface SectionReadContext {
  /** Relationship id → part path, for the main document part. */
  rels: ReadonlyMap<string, string>;
  readPart(path: string): Promise<XmlElement | undefined>;
  /** Alignment and size of the paragraph and run that hold a PAGE field (style inheritance resolved). */
  fieldFormat(field: PageField): { alignment?: Alignment; size?: number };
  evenAndOddHeaders: boolean;
}

const mmOf = (el: XmlElement | undefined, name: string, fallback: number): number => {
  const v = Number(wAttr(el, name));
  return (
    Math.round(twipsToMm(Number.isFinite(v) && wAttr(el, name) !== undefined ? Math.abs(v) : fallback) * 100) / 100
  );
};

/** The sectPr elements of a body in order, with the paragraph index where each section starts. */
export function sectionSources(
  body: XmlElement,
  paragraphs: readonly { p: XmlElement; cell?: unknown }[],
): SectionSource[] {
  const out: SectionSource[] = [];
  let first = 0;
  paragraphs.forEach(({ p, cell }, i) => {
    if (cell !== undefined) return;
    const sect = wChild(wChild(p, "pPr"), "sectPr");
    if (sect) {
      out.push({ sectPr: sect, firstParagraph: first });
      first = i + 1;
    }
  });
  let last: XmlElement | undefined;
  for (let c = body.lastChild; c; c = c.previousSibling) {
    if (isW(c, "sectPr")) {
      last = c;
      break;
    }
  }
  if (last) out.push({ sectPr: last, firstParagraph: Math.min(first, Math.max(0, paragraphs.length - 1)) });
  return out;
}

export async function readSections(
  sources: readonly SectionSource[],
  ctx: SectionReadContext,
): Promise<SectionSetup[]> {
  const out: SectionSetup[] = [];
  let inherited: Refs = { headerReference: {}, footerReference: {} };
  const fieldCache = new Map<string, PageField | undefined>();
  const fieldIn = async (path: string | undefined): Promise<PageField | undefined> => {
    if (!path) return undefined;
    if (!fieldCache.has(path)) {
      const root = await ctx.readPart(path);
      fieldCache.set(path, root ? findPageField(root) : undefined);
    }
    return fieldCache.get(path);
  };
  for (const [i, src] of sources.entries()) {
    const sect = src.sectPr;
    const pgSz = wChild(sect, "pgSz");
    const pgMar = wChild(sect, "pgMar");
    const width = mmOf(pgSz, "w", 12240);
    const height = mmOf(pgSz, "h", 15840);
    const orient = wAttr(pgSz, "orient");
    const refs: Refs = {
      headerReference: { ...inherited.headerReference },
      footerReference: { ...inherited.footerReference },
    };
    for (let c = sect.firstChild; c; c = c.nextSibling) {
      for (const kind of ["headerReference", "footerReference"] as const) {
        if (!isW(c, kind)) continue;
        const type = (wAttr(c, "type") ?? "default") as RefType;
        if (!REF_TYPES.includes(type)) continue;
        const target = ctx.rels.get(c.getAttributeNS(NS.r, "id") ?? "");
        if (target) refs[kind][type] = target;
      }
    }
    inherited = refs;
    const titlePg = onOff(wChild(sect, "titlePg")) === true;
    const types: RefType[] = ["default", ...(ctx.evenAndOddHeaders ? (["even"] as const) : [])];
    const headerField = await firstField(types, (t) => fieldIn(refs.headerReference[t]));
    const footerField = headerField ? undefined : await firstField(types, (t) => fieldIn(refs.footerReference[t]));
    const firstShows = titlePg
      ? (await fieldIn(refs.headerReference.first)) !== undefined ||
        (await fieldIn(refs.footerReference.first)) !== undefined
      : headerField !== undefined || footerField !== undefined;
    const found = headerField ?? footerField;
    const numbering: PageNumbering = {
      position: headerField ? "header" : footerField ? "footer" : "none",
      // Without a number anywhere, say only whether page 1 has a header of its own.
      differentFirstPage: headerField || footerField ? !firstShows : titlePg,
    };
    if (found) {
      const fmt = ctx.fieldFormat(found);
      if (fmt.alignment) numbering.alignment = fmt.alignment;
      if (fmt.size !== undefined) numbering.size = fmt.size;
    }
    out.push({
      section: i + 1,
      firstParagraph: src.firstParagraph,
      width,
      height,
      marginTop: mmOf(pgMar, "top", 1440),
      marginBottom: mmOf(pgMar, "bottom", 1440),
      marginLeft: mmOf(pgMar, "left", 1440),
      marginRight: mmOf(pgMar, "right", 1440),
      orientation: orient === "landscape" || (orient === undefined && width > height) ? "landscape" : "portrait",
      pageNumbers: numbering,
    });
  }
  return out;
}

async function firstField(
  types: readonly RefType[],
  read: (t: RefType) => Promise<PageField | undefined>,
): Promise<PageField | undefined> {
  for (const t of types) {
    const f = await read(t);
    if (f) return f;
  }
  return undefined;
}

/**
 * The PAGE field in a header or footer given as a flat OPC package (what Word's getOoxml answers), with its
 * paragraph's own alignment when it sets one (styles are not resolved here: unknown rather than guessed).
 */
export function pageFieldInOoxml(ooxml: string): { alignment?: Alignment } | undefined {
  let body: XmlElement;
  try {
    body = bodyFromOoxml(ooxml);
  } catch {
    return undefined;
  }
  const field = findPageField(body);
  if (!field) return undefined;
  const alignment = parseParaProps(wChild(field.para, "pPr")).alignment;
  return alignment ? { alignment } : {};
}
