/**
 * A small, fast, read-only XML parser for reading .docx parts. The DOM parser (xmldom) spends seconds and hundreds of
 * megabytes on a long document.xml; reading needs only elements, attributes, text and namespaces, so this builds a
 * light tree with the few DOM members the readers use (firstChild, nextSibling, localName, namespaceURI,
 * getAttributeNS, textContent, getElementsByTagNameNS…). Editing keeps the full DOM (xml.ts).
 *
 * It refuses what the DOM parser refuses for us: a DOCTYPE (so no entity expansion and no external entities),
 * unknown entities, mismatched or unclosed tags, text outside the root element.
 */

const XMLNS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export class FastXmlError extends Error {}

/** Prefix → namespace URI, inheriting the enclosing element's declarations through the prototype chain. */
type Scope = Record<string, string | undefined>;

const ROOT_SCOPE: Scope = Object.freeze(Object.assign(Object.create(null) as Scope, { xml: XML_NS, xmlns: XMLNS }));

abstract class LiteNode {
  parentNode: LiteElement | LiteDocument | null = null;
  nextSibling: LiteNode | null = null;
  previousSibling: LiteNode | null = null;
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  abstract readonly nodeType: number;
  abstract get textContent(): string;

  appendChild(c: LiteNode): void {
    c.parentNode = this as unknown as LiteElement;
    if (this.lastChild) {
      this.lastChild.nextSibling = c;
      c.previousSibling = this.lastChild;
    } else this.firstChild = c;
    this.lastChild = c;
  }

  /** Descendant elements in document order with the given namespace and local name ("*" matches any). */
  getElementsByTagNameNS(ns: string | null, local: string): LiteNodeList {
    const out: LiteElement[] = [];
    const stack: LiteNode[] = [];
    for (let c = this.lastChild; c; c = c.previousSibling) stack.push(c);
    while (stack.length) {
      const n = stack.pop() as LiteNode;
      if (n.nodeType === 1 && n instanceof LiteElement) {
        if ((ns === "*" || n.namespaceURI === ns) && (local === "*" || n.localName === local)) out.push(n);
        for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
    return listOf(out);
  }
}

export interface LiteNodeList extends Array<LiteElement> {
  item(i: number): LiteElement | null;
}

function listOf(items: LiteElement[]): LiteNodeList {
  const list = items as LiteNodeList;
  list.item = (i: number) => items[i] ?? null;
  return list;
}

export class LiteText extends LiteNode {
  readonly nodeType = 3;
  constructor(public data: string) {
    super();
  }
  get textContent(): string {
    return this.data;
  }
  get nodeValue(): string {
    return this.data;
  }
}

/** A tag name split once: documents repeat a few dozen names hundreds of thousands of times. */
interface TagName {
  qname: string;
  prefix: string | null;
  local: string;
}

export class LiteElement extends LiteNode {
  readonly nodeType = 1;
  namespaceURI: string | null = null;
  /** Attribute names and values, flat ([qname, value, …]); parsed from the source on first use. */
  private parsedAttrs: string[] | undefined;
  constructor(
    private readonly name: TagName,
    public scope: Scope,
    /** Offsets of the element in the source text: its "<", the end of its attributes, and just past its end tag. */
    readonly start: number,
    private readonly attrsEnd: number,
    public end: number,
    readonly ownerDocument: LiteDocument,
  ) {
    super();
  }

  get tagName(): string {
    return this.name.qname;
  }
  get prefix(): string | null {
    return this.name.prefix;
  }
  get localName(): string {
    return this.name.local;
  }

  get attrs(): string[] {
    if (!this.parsedAttrs) {
      const from = this.start + 1 + this.name.qname.length;
      this.parsedAttrs = from < this.attrsEnd ? parseAttrs(this.ownerDocument.source, from, this.attrsEnd) : NO_ATTRS;
    }
    return this.parsedAttrs;
  }

  get nodeName(): string {
    return this.tagName;
  }

  get textContent(): string {
    let s = "";
    const stack: LiteNode[] = [this];
    while (stack.length) {
      const n = stack.pop() as LiteNode;
      if (n instanceof LiteText) s += n.data;
      else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    return s;
  }

  getAttribute(name: string): string | null {
    const a = this.attrs;
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return null;
  }

  getAttributeNS(ns: string | null, local: string): string | null {
    const a = this.attrs;
    for (let i = 0; i < a.length; i += 2) {
      const q = a[i];
      const colon = q.indexOf(":");
      if (colon < 0) {
        // Unprefixed attributes are in no namespace.
        if (ns === null && q === local) return a[i + 1];
        continue;
      }
      if (q.length - colon - 1 !== local.length || !q.endsWith(local)) continue;
      if (this.scope[q.slice(0, colon)] === ns) return a[i + 1];
    }
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
}

export class LiteDocument extends LiteNode {
  readonly nodeType = 9;
  documentElement: LiteElement | null = null;
  constructor(readonly source: string) {
    super();
  }
  get textContent(): string {
    return this.documentElement?.textContent ?? "";
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([^;&\s]*);?/g, (m, name: string) => {
    if (!m.endsWith(";")) throw new FastXmlError("an & that starts no entity");
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff)
        throw new FastXmlError(`bad character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[name];
    if (v === undefined) throw new FastXmlError(`undefined entity &${name};`);
    return v;
  });
}

const NO_ATTRS: string[] = [];
const ATTR = /\s+([^\s/>=<"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Attributes in source[from, to): the text between the tag name and its ">" or "/>". */
function parseAttrs(source: string, from: number, to: number): string[] {
  const out: string[] = [];
  let pos = from;
  for (;;) {
    ATTR.lastIndex = pos;
    const a = ATTR.exec(source);
    if (!a || ATTR.lastIndex > to) break;
    out.push(a[1], decode(a[2] ?? a[3] ?? ""));
    pos = ATTR.lastIndex;
  }
  if (source.slice(pos, to).trim() !== "") throw new FastXmlError("bad attribute");
  return out;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

const isBlank = (s: string): boolean => /^[\s\uFEFF]*$/u.test(s);

/** Parses a whole XML text; throws FastXmlError when it is not well-formed or holds a DOCTYPE. */
export function parseXmlFast(xml: string): LiteDocument {
  const doc = new LiteDocument(xml);
  const names = new Map<string, TagName>();
  let nextDecl = xml.indexOf("xmlns");
  const stack: LiteElement[] = [];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.appendChild(new LiteText(decode(raw)));
      else if (!isBlank(raw)) throw new FastXmlError("text outside the root element");
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new FastXmlError("unterminated end tag");
      const name = xml.slice(lt + 2, gt).trimEnd();
      const top = stack.pop();
      if (!top || top.tagName !== name) throw new FastXmlError(`mismatched end tag </${name}>`);
      top.end = gt + 1;
      i = gt + 1;
      continue;
    }
    if (c === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new FastXmlError("unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new FastXmlError("unterminated comment");
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        const top = stack[stack.length - 1];
        if (end < 0 || !top) throw new FastXmlError("bad CDATA section");
        top.appendChild(new LiteText(xml.slice(lt + 9, end)));
        i = end + 3;
      } else if (/^<!DOCTYPE/iu.test(xml.slice(lt, lt + 9))) {
        throw new FastXmlError("a DOCTYPE is not allowed in a .docx part");
      } else throw new FastXmlError("bad markup declaration");
      continue;
    }
    // Start tag: the name, then the attributes up to ">" or "/>" (a quoted value may hold ">").
    let p = lt + 1;
    while (p < n) {
      const ch = xml.charCodeAt(p);
      if (isSpace(ch) || ch === 62 /* > */ || ch === 47 /* / */) break;
      if (ch === 60 /* < */ || ch === 61 /* = */ || ch === 34 || ch === 39) throw new FastXmlError("bad start tag");
      p++;
    }
    if (p === lt + 1) throw new FastXmlError("bad start tag");
    const qname = xml.slice(lt + 1, p);
    let name = names.get(qname);
    if (!name) {
      const colon = qname.indexOf(":");
      name = {
        qname,
        prefix: colon < 0 ? null : qname.slice(0, colon),
        local: colon < 0 ? qname : qname.slice(colon + 1),
      };
      names.set(qname, name);
    }
    const attrsStart = p;
    let close = -1;
    while (p < n) {
      const ch = xml.charCodeAt(p);
      if (ch === 34 || ch === 39) {
        const q = xml.indexOf(ch === 34 ? '"' : "'", p + 1);
        if (q < 0) throw new FastXmlError("unterminated attribute value");
        p = q + 1;
      } else if (ch === 62) {
        close = p;
        break;
      } else if (ch === 60) throw new FastXmlError("a < inside a tag");
      else p++;
    }
    if (close < 0) throw new FastXmlError(`unterminated start tag <${qname}>`);
    const selfClosing = xml.charCodeAt(close - 1) === 47;
    const attrsEnd = selfClosing ? close - 1 : close;
    const parent = stack[stack.length - 1];
    let scope = parent ? parent.scope : ROOT_SCOPE;
    const el = new LiteElement(name, scope, lt, attrsEnd, close + 1, doc);
    // Namespace declarations change the scope; only then are the attributes read now.
    // The next "xmlns" in the text, searched again only once passed (so the search stays linear).
    if (nextDecl >= 0 && nextDecl < attrsStart) nextDecl = xml.indexOf("xmlns", attrsStart);
    if (nextDecl >= 0 && nextDecl < attrsEnd) {
      const attrs = el.attrs;
      scope = Object.create(scope) as Scope;
      for (let k = 0; k < attrs.length; k += 2) {
        const q = attrs[k];
        if (q === "xmlns") scope[""] = attrs[k + 1] || undefined;
        else if (q.startsWith("xmlns:")) scope[q.slice(6)] = attrs[k + 1];
      }
      el.scope = scope;
    }
    el.namespaceURI = scope[name.prefix ?? ""] ?? null;
    if (parent) parent.appendChild(el);
    else if (doc.documentElement) throw new FastXmlError("more than one root element");
    else {
      doc.documentElement = el;
      doc.appendChild(el);
      el.parentNode = doc;
    }
    if (!selfClosing) stack.push(el);
    i = close + 1;
    continue;
  }
  if (stack.length) throw new FastXmlError(`unclosed element <${stack[stack.length - 1].tagName}>`);
  if (!doc.documentElement) throw new FastXmlError("no root element");
  return doc;
}

/**
 * The element's markup as written, for elements of a light tree (undefined for any other node). Readers use it as a
 * cache key: Word repeats the same run and paragraph properties thousands of times in a long document.
 */
export function sourceOf(node: unknown): string | undefined {
  return node instanceof LiteElement ? node.ownerDocument.source.slice(node.start, node.end) : undefined;
}
