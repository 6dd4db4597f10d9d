/**
 * Markup typed by a user or carried by a catalog is text, never structure: WordprocessingML or HTML
 * written into any field of `vbhc new` or a catalog import comes out literally in the document's text, and
 * the package stays well-formed (no extra paragraph, no script).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { formatFull, importCatalog, CSV_COLUMNS } from "../../../src/core/citations";
import { readDocx } from "../../../src/docx/read-docx";
import { createFakeWord } from "../../../src/word/fake";
import { renderToHtml } from "../../../src/word/fake/render-html";
import { createOfficeAdapter } from "../../../src/word/office-adapter";
import { vbhc } from "../../helpers/run-cli";

/** One payload per field, each naming its field so a swap between fields would show. */
const payload = (field: string) => `${field}<w:p></w:t>&amp;&"><script>alert(1)</script>]]>'`;
/** The same without ";", for the list fields that split at it. */
const listPayload = (field: string) => `${field}<w:p></w:t>&amp &"><script>alert(1)</script>]]>'`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "vbhc-injection-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

describe("vbhc new: every text field comes out as literal text", () => {
  // Fields the command takes as free text; --agency-code and --unit are parts of the số/ký hiệu, which the
  // grammar limits to letters, so they are tried separately below.
  const FIELDS: [string, string][] = [
    ["--parent", "parent"],
    ["--agency", "agency"],
    ["--place", "place"],
    ["--title", "title"],
    ["--signer-title", "signertitle"],
    ["--deputy-title", "deputytitle"],
    ["--signer", "signer"],
  ];

  test("markup in parent, agency, place, title, recipients, titles and signer is text in the .docx", async () => {
    const out = path.join(tmp, "new.docx");
    const args = ["new", "cong-van", "-o", out, "--date", "2026-03-05", "--number", "5", "--authority", "KT"];
    args.push("--agency-code", "STTTT", "--unit", "VP");
    for (const [flag, name] of FIELDS) args.push(flag, payload(name));
    args.push("--recipients", `${listPayload("recipient1")};${listPayload("recipient2")}`);
    const run = await vbhc(...args);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(out));
    const text = (await readDocx(bytes)).paragraphs.map((p) => p.text).join("\n");
    // Some blocks are set in capitals (agency, signer's title); the characters that matter have no case.
    const upper = text.toUpperCase();
    for (const [, name] of FIELDS) expect(upper).toContain(payload(name).toUpperCase());
    for (const name of ["recipient1", "recipient2"]) expect(upper).toContain(listPayload(name).toUpperCase());
    const xml = await documentXml(bytes);
    expect(xml).not.toMatch(/<script/i);
    expect(xml).not.toMatch(/<w:p><\/w:t>/);
  });

  test.each([["--agency-code"], ["--unit"]])("markup in %s is refused or kept literal, never parsed", async (flag) => {
    const out = path.join(tmp, `code${flag}.docx`);
    const args = ["new", "cong-van", "-o", out, "--agency", "Sở Nội vụ", "--agency-code", "SNV", "--unit", "VP"];
    args.push("--date", "2026-03-05", "--number", "5", flag, payload("code"));
    const run = await vbhc(...args);
    if (run.code !== 0) {
      expect(run.code).toBe(2);
      expect(fs.existsSync(out)).toBe(false);
      return;
    }
    const bytes = new Uint8Array(fs.readFileSync(out));
    const text = (await readDocx(bytes)).paragraphs.map((p) => p.text).join("\n");
    expect(text.toUpperCase()).toContain(payload("code").toUpperCase());
    expect(await documentXml(bytes)).not.toMatch(/<script/i);
  });
});

describe("a catalog import keeps markup as text up to the inserted citation", () => {
  const entry = {
    id: "x1",
    type: "Quyết định",
    symbol: "12/QĐ-UBND",
    date: "2025-01-02",
    issuer: payload("issuer"),
    title: payload("title"),
    effective: null,
    status: "in-force",
    replacedBy: null,
    replacedOn: null,
    family: "state",
    source: payload("source"),
  };

  function csvOf(e: Record<string, unknown>): string {
    const cell = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`;
    return `${CSV_COLUMNS.join(",")}\n${CSV_COLUMNS.map((c) => cell(e[c])).join(",")}\n`;
  }

  test.each([
    ["CSV", csvOf(entry), "org.csv"],
    ["JSON", JSON.stringify([entry]), "org.json"],
  ])("%s: fields are read verbatim, inserted as text, and drawn as text", async (_kind, text, source) => {
    const result = importCatalog(text, source);
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(1);
    const imported = result.entries[0];
    expect(imported.issuer).toBe(entry.issuer);
    expect(imported.title).toBe(entry.title);

    const citation = formatFull(imported);
    expect(citation).toContain(entry.title);
    const fake = createFakeWord({ text: "Mở đầu" });
    const adapter = createOfficeAdapter({ Word: fake.Word, Office: fake.Office });
    await adapter.insertContentControl(citation, "vbhc:cite:x1", payload("tag"), "end");
    const bytes = await fake.exportDocx();
    const paragraphs = (await readDocx(bytes)).paragraphs.map((p) => p.text);
    expect(paragraphs.join("\n")).toContain(citation);
    expect(await documentXml(bytes)).not.toMatch(/<script/i);

    // The playground draws the same document as HTML: the citation is one text, no element came from it.
    const dom = new JSDOM(renderToHtml(fake.model));
    const body = dom.window.document.body;
    expect(body.querySelector("script")).toBeNull();
    expect(body.textContent).toContain(citation);
    expect(body.querySelector("[data-tag]")?.getAttribute("title")).toBe(payload("tag"));
  });
});
