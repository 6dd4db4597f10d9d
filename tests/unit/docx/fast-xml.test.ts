import { DOMParser } from "@xmldom/xmldom";
import { parseXmlFast, FastXmlError, sourceOf } from "../../../src/docx/fast-xml";
import { readXml, XmlParseError } from "../../../src/docx/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("parseXmlFast (read-only tree for .docx parts)", () => {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><w:document xmlns:w="${W}" xmlns:x="urn:x">` +
    `<w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">A &amp; B &lt;&#x1EA0;&#7841;&gt;</w:t>` +
    `<w:t><![CDATA[<raw>]]></w:t></w:r></w:p><x:p a='1 > 0' w:val="v"/><p xmlns="urn:d"><q/></p></w:body></w:document>`;

  it("gives the same elements, namespaces, attributes and text as the DOM parser", () => {
    const fast = parseXmlFast(xml);
    const dom = new DOMParser().parseFromString(xml, "text/xml");
    const walk = (n: { firstChild: unknown; nextSibling: unknown; nodeType: number }): string[] => {
      const out: string[] = [];
      const visit = (x: any, depth: number) => {
        for (let c = x.firstChild; c; c = c.nextSibling) {
          if (c.nodeType === 1)
            out.push(`${depth}:${c.namespaceURI}|${c.localName}|${c.prefix}|${c.getAttributeNS(W, "val")}`);
          else if (c.nodeType === 3 || c.nodeType === 4) out.push(`${depth}:#${c.textContent}`);
          visit(c, depth + 1);
        }
      };
      visit(n, 0);
      return out;
    };
    expect(walk(fast.documentElement as any)).toEqual(walk(dom.documentElement as any));
    expect(fast.getElementsByTagNameNS(W, "t").map((t) => t.textContent)).toEqual(["A & B <Ạạ>", "<raw>"]);
    const xp = fast.getElementsByTagNameNS("urn:x", "p").item(0);
    expect(xp?.getAttribute("a")).toBe("1 > 0");
    expect(fast.getElementsByTagNameNS("urn:d", "q")).toHaveLength(1);
    expect(sourceOf(fast.getElementsByTagNameNS(W, "pPr")[0])).toBe('<w:pPr><w:jc w:val="center"/></w:pPr>');
  });

  it.each([
    ["a DOCTYPE (entity expansion, external entities)", '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'],
    ["an unknown entity", "<x>&nbsp;</x>"],
    ["a mismatched end tag", "<x><y></x></y>"],
    ["an unclosed element", "<x><y>"],
    ["text outside the root", "<x/>tail"],
    ["two roots", "<x/><y/>"],
    ["a broken attribute", '<x a="1></x>'],
    ["an empty text", ""],
  ])("refuses %s", (_what, bad) => {
    expect(() => parseXmlFast(bad)).toThrow(FastXmlError);
    expect(() => readXml(bad)).toThrow(XmlParseError);
  });

  it("stays linear on a long flat document", () => {
    const big = `<w:document xmlns:w="${W}"><w:body>${"<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(200_000)}</w:body></w:document>`;
    const t0 = Date.now();
    expect(parseXmlFast(big).getElementsByTagNameNS(W, "p")).toHaveLength(200_000);
    // Generous bound for a loaded machine: a quadratic scan would take minutes.
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});
