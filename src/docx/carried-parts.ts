/**
 * The parts of a loaded .docx that a rewrite of its body can carry through unchanged: headers and footers
 * (page numbers, a different first page), styles, numbering, settings, theme, font table, footnotes and
 * endnotes, each with the parts its own relationships name (a logo in a header). A part comes only with
 * everything it names: when one of them is missing or unreadable, the part and the main document's
 * relationship to it are left out, so the written package never holds a dangling relationship.
 * Bytes are copied as stored; nothing here rebuilds a part's XML.
 */
import { DEFAULT_PACKAGE_LIMITS, type OpenedPackage, type PackageLimits, openPackage } from "./package-reader";
import { parseXml } from "./xml";

/** One relationship of the main document part, with its id as the source had it (sections name it). */
export interface CarriedRelationship {
  id: string;
  type: string;
  /** As written in the source, relative to word/ (the main part's folder). */
  target: string;
}

export interface CarriedPart {
  /** Path in the package, no leading slash. */
  path: string;
  /** Undefined for a relationships part (covered by the package's "rels" default). */
  contentType?: string;
  bytes: Uint8Array;
}

export interface CarriedParts {
  relationships: CarriedRelationship[];
  parts: CarriedPart[];
}

const MAIN_PART = "word/document.xml";
const REL_PREFIX = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** Relationship types (after the standard prefix) carried from the main document part. */
const CARRIED_TYPES = new Set([
  "header",
  "footer",
  "styles",
  "numbering",
  "settings",
  "theme",
  "fontTable",
  "footnotes",
  "endnotes",
]);

/** Parts the writer builds itself; a carried part may not take their place. */
const WRITTEN_PATHS = new Set([
  "[Content_Types].xml",
  "_rels/.rels",
  MAIN_PART,
  "word/_rels/document.xml.rels",
  "docProps/core.xml",
  "docProps/app.xml",
]);

/** The relationships part that belongs to a part: word/header1.xml → word/_rels/header1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const cut = partPath.lastIndexOf("/") + 1;
  return `${partPath.slice(0, cut)}_rels/${partPath.slice(cut)}.rels`;
}

/** A relationship target as a package path (no leading slash), or undefined when it leaves the package. */
export function resolveTarget(sourcePart: string, target: string): string | undefined {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (base.length === 0) return undefined;
      base.pop();
    } else base.push(seg);
  }
  return base.length > 0 ? base.join("/") : undefined;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function parseRelationships(xml: string): Relationship[] {
  const list = parseXml(xml).getElementsByTagNameNS(
    "http://schemas.openxmlformats.org/package/2006/relationships",
    "Relationship",
  );
  const out: Relationship[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list.item(i);
    const id = r?.getAttribute("Id");
    const type = r?.getAttribute("Type");
    const target = r?.getAttribute("Target");
    if (!id || !type || !target) continue;
    out.push({ id, type, target, external: r?.getAttribute("TargetMode") === "External" });
  }
  return out;
}

/** Content type of every part, from [Content_Types].xml: its override, else its extension's default. */
function contentTypes(xml: string): (path: string) => string | undefined {
  const doc = parseXml(xml);
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  const over = doc.getElementsByTagName("Override");
  for (let i = 0; i < over.length; i++) {
    const o = over.item(i);
    const name = o?.getAttribute("PartName");
    const type = o?.getAttribute("ContentType");
    if (name && type) overrides.set(name.replace(/^\//, "").toLowerCase(), type);
  }
  const def = doc.getElementsByTagName("Default");
  for (let i = 0; i < def.length; i++) {
    const d = def.item(i);
    const ext = d?.getAttribute("Extension");
    const type = d?.getAttribute("ContentType");
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
  // Part names compare without regard to case (OPC).
  return (path) =>
    overrides.get(path.toLowerCase()) ?? defaults.get(path.slice(path.lastIndexOf(".") + 1).toLowerCase());
}

async function tryRead(pkg: OpenedPackage, path: string): Promise<Uint8Array | undefined> {
  try {
    return await pkg.readBytes(path);
  } catch {
    return undefined;
  }
}

async function tryText(pkg: OpenedPackage, path: string): Promise<string | undefined> {
  try {
    return await pkg.readText(path);
  } catch {
    return undefined;
  }
}

/** Reads what of a .docx package can be carried unchanged past a rewritten word/document.xml. */
export async function readCarriedParts(
  bytes: Uint8Array,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): Promise<CarriedParts> {
  const none: CarriedParts = { relationships: [], parts: [] };
  const pkg = await openPackage(bytes, limits);
  const typesXml = await tryText(pkg, "[Content_Types].xml");
  const mainRelsXml = await tryText(pkg, relsPathOf(MAIN_PART));
  if (typesXml === undefined || mainRelsXml === undefined) return none;
  let typeOf: (path: string) => string | undefined;
  let mainRels: Relationship[];
  try {
    typeOf = contentTypes(typesXml);
    mainRels = parseRelationships(mainRelsXml);
  } catch {
    return none;
  }

  const out: CarriedParts = { relationships: [], parts: [] };
  const taken = new Set<string>();

  /** The part and everything its relationships reach, or undefined when any of it is missing or unreadable. */
  const closure = async (root: string): Promise<CarriedPart[] | undefined> => {
    const found: CarriedPart[] = [];
    const seen = new Set<string>();
    const visit = async (path: string): Promise<boolean> => {
      if (seen.has(path) || taken.has(path)) return true;
      if (WRITTEN_PATHS.has(path)) return false;
      seen.add(path);
      const data = await tryRead(pkg, path);
      const contentType = typeOf(path);
      if (!data || !contentType) return false;
      found.push({ path, contentType, bytes: data });
      const relsPath = relsPathOf(path);
      const relsData = await tryRead(pkg, relsPath);
      if (!relsData) return true;
      let rels: Relationship[];
      try {
        rels = parseRelationships((await tryText(pkg, relsPath)) ?? "");
      } catch {
        return false;
      }
      found.push({ path: relsPath, bytes: relsData });
      for (const r of rels) {
        if (r.external) continue;
        const target = resolveTarget(path, r.target);
        if (!target || !(await visit(target))) return false;
      }
      return true;
    };
    return (await visit(root)) ? found : undefined;
  };

  for (const rel of mainRels) {
    if (rel.external || !rel.type.startsWith(REL_PREFIX)) continue;
    if (!CARRIED_TYPES.has(rel.type.slice(REL_PREFIX.length))) continue;
    const path = resolveTarget(MAIN_PART, rel.target);
    if (!path) continue;
    const parts = await closure(path);
    if (!parts) continue;
    out.relationships.push({ id: rel.id, type: rel.type, target: rel.target });
    for (const p of parts) {
      taken.add(p.path);
      out.parts.push(p);
    }
  }
  return out;
}
