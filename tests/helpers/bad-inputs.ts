/**
 * Bad and hostile inputs for the .docx reader and the CLI, generated at test time (nothing large is
 * committed). Each case names what a reader must say about it.
 */
import JSZip from "jszip";
import { writeDocxPackage } from "../../src/docx/package-writer";
import { escapeXml } from "../../src/core/xml-escape";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export const paraXml = (text: string): string =>
  `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A document.xml with the given body. */
export const documentXml = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string =>
  `${prolog}<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;

/** A valid package from our writer with some parts replaced (string parts are stored as UTF-8). */
export async function docxWith(
  parts: Record<string, string | Uint8Array | null>,
  body = paraXml("x"),
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await writeDocxPackage({ bodyXml: body }));
  for (const [name, content] of Object.entries(parts)) {
    if (content === null) zip.remove(name);
    else zip.file(name, content);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

interface ZipEntryAt {
  central: number;
  local: number;
  compressedSize: number;
  dataStart: number;
}

/** Finds an entry of a plain (not ZIP64, no comment) zip through its central directory. */
export function zipEntry(zip: Uint8Array, name: string): ZipEntryAt {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  if (view.getUint32(eocd, true) !== 0x06054b50) throw new Error("no end-of-central-directory record");
  let at = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const entryName = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      const local = view.getUint32(at + 42, true);
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { central: at, local, compressedSize: view.getUint32(at + 20, true), dataStart };
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`no entry ${name}`);
}

/** Rewrites the uncompressed size an entry declares, in its local header and the central directory. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const e = zipEntry(out, name);
  const view = new DataView(out.buffer);
  view.setUint32(e.local + 22, size, true);
  view.setUint32(e.central + 24, size, true);
  return out;
}

/** An OLE2 compound file (the container of .doc and of encrypted .docx) with the given stream names. */
export function oleFile(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(512 + 512 * 2);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  out.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24); // version, byte order, 512-byte sectors
  const names = ["Root Entry", ...streams];
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    for (let k = 0; k < name.length; k++) out[at + 2 * k] = name.charCodeAt(k);
    out[at + 64] = (name.length + 1) * 2;
    out[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return out;
}

/** Encodes a string as UTF-16 with a byte-order mark. */
export function utf16(text: string, endian: "le" | "be", bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\uFEFF${text}` : text;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (endian === "le" ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === "le" ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Tables nested `depth` deep, each cell holding the next table (and the paragraph a cell must end with). */
export function nestedTablesXml(depth: number): string {
  return `${"<w:tbl><w:tr><w:tc>".repeat(depth)}${paraXml("sâu")}${"<w:p/></w:tc></w:tr></w:tbl>".repeat(depth)}`;
}

export interface BadDocx {
  name: string;
  /** What the file is, for the report table. */
  what: string;
  bytes: () => Promise<Uint8Array>;
  /** The DocxReadError code and a phrase of the English message. */
  code: string;
  english: RegExp;
}

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("") +
  "]>";

/** Every hostile .docx the reader must refuse with exit 2, a reason, quickly and in bounded memory. */
export const BAD_DOCX: BadDocx[] = [
  { name: "empty.docx", what: "an empty file", bytes: async () => new Uint8Array(0), code: "empty", english: /empty/ },
  {
    name: "text.docx",
    what: "a text file named .docx",
    bytes: async () => new TextEncoder().encode("Số: 12/BC-UBND\nBÁO CÁO\n"),
    code: "not-docx",
    english: /plain-text file/,
  },
  {
    name: "pdf.docx",
    what: "a PDF named .docx",
    bytes: async () => new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"),
    code: "not-docx",
    english: /a PDF file/,
  },
  {
    name: "rtf.docx",
    what: "an RTF file named .docx",
    bytes: async () => new TextEncoder().encode("{\\rtf1\\ansi B\\'c1O C\\'c1O}"),
    code: "not-docx",
    english: /an RTF file.*save it as \.docx/,
  },
  {
    name: "truncated.docx",
    what: "a zip cut in half",
    bytes: async () => {
      const ok = await docxWith({});
      return ok.slice(0, Math.floor(ok.length / 2));
    },
    code: "corrupt",
    english: /damaged or truncated/,
  },
  {
    name: "no-document.docx",
    what: "a zip without word/document.xml",
    bytes: async () => {
      const zip = new JSZip();
      zip.file("hello.txt", "xin chào");
      return zip.generateAsync({ type: "uint8array" });
    },
    code: "corrupt",
    english: /no word\/document\.xml/,
  },
  {
    name: "doctype.docx",
    what: "document.xml with a DOCTYPE and an external entity",
    bytes: () =>
      docxWith({
        "word/document.xml": documentXml(
          "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
          '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ),
      }),
    code: "unsafe-xml",
    english: /DOCTYPE/,
  },
  {
    name: "entities.docx",
    what: "document.xml with nested entity expansion (billion laughs)",
    bytes: () =>
      docxWith({ "word/document.xml": documentXml("<w:p><w:r><w:t>&lol8;</w:t></w:r></w:p>", BILLION_LAUGHS) }),
    code: "unsafe-xml",
    english: /entity/,
  },
  {
    name: "bomb-declared.docx",
    what: "a zip bomb whose directory declares 3 GB",
    bytes: async () => declareSize(await docxWith({}), "word/document.xml", 3_000_000_000),
    code: "too-large",
    english: /zip bomb/,
  },
  {
    name: "bomb-part.docx",
    what: "a 20 KB zip whose document.xml inflates to 20 MB (declared honestly)",
    bytes: () =>
      docxWith({
        "word/document.xml": documentXml(`<w:p><w:r><w:t>${" ".repeat(20 * 1024 * 1024)}</w:t></w:r></w:p>`),
      }),
    code: "too-large",
    english: /inflates to more than/,
  },
  {
    name: "bomb-lying.docx",
    what: "a zip whose document.xml declares 2 KB and inflates to 20 MB",
    bytes: async () =>
      declareSize(
        await docxWith({
          "word/document.xml": documentXml(`<w:p><w:r><w:t>${"a".repeat(20 * 1024 * 1024)}</w:t></w:r></w:p>`),
        }),
        "word/document.xml",
        2048,
      ),
    code: "corrupt",
    english: /more data than its zip entry declares/,
  },
  {
    name: "bad-deflate.docx",
    what: "a corrupt deflate stream in document.xml",
    bytes: async () => {
      const zip = await docxWith({ "word/document.xml": documentXml(paraXml("x ".repeat(50_000))) });
      const e = zipEntry(zip, "word/document.xml");
      const out = zip.slice();
      for (let i = 8; i < e.compressedSize - 8; i += 7) out[e.dataStart + i] ^= 0x5a;
      return out;
    },
    code: "corrupt",
    english: /cannot be inflated|more data than|shorter than/,
  },
  {
    name: "old.docx",
    what: "an old binary .doc renamed .docx",
    bytes: async () => oleFile(["WordDocument", "1Table", "\u0005SummaryInformation"]),
    code: "old-doc",
    english: /old Word \.doc/,
  },
  {
    name: "encrypted.docx",
    what: "a password-protected .docx (OLE file with EncryptionInfo)",
    bytes: async () => oleFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    code: "encrypted",
    english: /encrypted \(password-protected\)/,
  },
  {
    name: "nested-tables.docx",
    what: "tables nested 5,000 deep",
    bytes: () => docxWith({ "word/document.xml": documentXml(nestedTablesXml(5000)) }),
    code: "too-complex",
    english: /levels of nesting/,
  },
  {
    name: "empty-paragraphs.docx",
    what: "10 MB of empty paragraphs in a small zip",
    bytes: () => docxWith({ "word/document.xml": documentXml("<w:p/>".repeat((10 * 1024 * 1024) / 6)) }),
    code: "too-complex",
    english: /XML elements/,
  },
  {
    name: "latin1-part.docx",
    what: "document.xml declared UTF-8 holding Latin-1 bytes",
    bytes: () =>
      docxWith({ "word/document.xml": new Uint8Array([...new TextEncoder().encode(documentXml(paraXml("C"))), 0xf4]) }),
    code: "encoding",
    english: /not valid UTF-8/,
  },
];
