import { DOMParser } from "@xmldom/xmldom";
import { escapeHtml, escapeXml, stripIllegalXmlChars } from "../../../src/core/xml-escape";

describe("escaping", () => {
  const nasty = "A <b> & \"c\" 'd' ]]> \u0001\u0008\u000B\u001F end\uFFFE";

  it("produces well-formed XML whose text is the input minus illegal characters", () => {
    const xml = `<r><t>${escapeXml(nasty)}</t><t a="${escapeXml(nasty)}"/></r>`;
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(
      xml,
      "text/xml",
    );
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName("t")[0].textContent).toBe("A <b> & \"c\" 'd' ]]>  end");
  });

  it("keeps tabs, newlines and Vietnamese letters, and drops lone surrogates", () => {
    expect(stripIllegalXmlChars("Việt\tNam\n\uD800x")).toBe("Việt\tNam\nx");
    expect(stripIllegalXmlChars("😀")).toBe("😀");
  });

  it("escapes HTML so document text cannot inject markup", () => {
    expect(escapeHtml("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });
});
