/**
 * Opens a .docx package with limits set before anything is inflated: what the file is (an empty file,
 * text, an old .doc, an encrypted document), how much the zip directory says its parts hold, and, while
 * inflating, how much they really hold (a zip's sizes can lie). Parts are decoded as XML does: UTF-8 or,
 * with a byte-order mark or a UTF-16 "<?xml", UTF-16.
 */
import JSZip from "jszip";
import { DocxReadError, corruptDocx, megabytes } from "./docx-read-error";

export interface PackageLimits {
  /** The .docx file itself. */
  maxBytes: number;
  /** One part, inflated (document.xml, styles.xml…); the DOM needs several times this in memory. */
  maxPartBytes: number;
  /** Every part together, as the zip directory declares them (a zip bomb declares honestly or lies). */
  maxTotalBytes: number;
  /** Entries in the zip directory. */
  maxEntries: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPartBytes: 16 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
};

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * True when an OLE2 compound file has a directory entry named EncryptionInfo or EncryptedPackage: Word
 * saves a password-protected .docx that way (MS-OFFCRYPTO). Directory entries are 128 bytes, start on a
 * 128-byte boundary after the 512-byte header, and hold their UTF-16 name, its byte length (with the
 * terminating zero) at offset 64 and the entry type (2, a stream) at offset 66.
 */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  const names = ["EncryptionInfo", "EncryptedPackage"];
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    for (const name of names) {
      const length = (name.length + 1) * 2;
      if (bytes[at + 64] !== length || bytes[at + 65] !== 0 || bytes[at + 66] !== 2) continue;
      let same = true;
      for (let k = 0; k < name.length && same; k++) {
        same = bytes[at + 2 * k] === name.charCodeAt(k) && bytes[at + 2 * k + 1] === 0;
      }
      if (same) return true;
    }
  }
  return false;
}

/** What a file that is not a zip package looks like, for a message that names it. */
function notAZip(bytes: Uint8Array): DocxReadError {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512));
  const kind = (en: string, vi: string, hintEn = "", hintVi = ""): DocxReadError =>
    new DocxReadError(
      "not-docx",
      `This is ${en}, not a .docx document (a .docx is a zip package).${hintEn && ` ${hintEn}`}`,
      `Đây là ${vi}, không phải văn bản .docx (tệp .docx là một gói nén zip).${hintVi && ` ${hintVi}`}`,
    );
  const saveAs = ["Open it in Word and save it as .docx.", "Hãy mở bằng Word và lưu lại dạng .docx."] as const;
  if (head.startsWith("%PDF")) return kind("a PDF file", "tệp PDF");
  if (head.startsWith("{\\rtf")) return kind("an RTF file", "tệp RTF", ...saveAs);
  if (/^(\uFEFF|ï»¿)?\s*<\?xml/.test(head))
    return kind("an XML file (Word 2003 XML or Flat OPC)", "tệp XML", ...saveAs);
  if (/^\s*<(!doctype|html)/i.test(head)) return kind("an HTML page", "trang HTML", ...saveAs);
  // Text: no control characters other than tab and line ends in the first bytes (a zip has many).
  const binary = bytes.subarray(0, 512).some((b) => b < 0x09 || (b > 0x0d && b < 0x20));
  if (!binary) {
    return kind(
      "a plain-text file",
      "tệp văn bản thuần",
      "Name it .txt to check it as text.",
      "Hãy đặt đuôi .txt để kiểm tra như văn bản thuần.",
    );
  }
  return corruptDocx("not a zip package", "không phải gói nén zip");
}

/** Refuses, by their first bytes, the files that cannot be a .docx package. */
export function sniffPackage(bytes: Uint8Array, limits: PackageLimits): void {
  if (bytes.length === 0) {
    throw new DocxReadError("empty", "The file is empty (0 bytes).", "Tệp rỗng (0 byte).");
  }
  if (bytes.length > limits.maxBytes) {
    throw new DocxReadError(
      "too-large",
      `The file is ${megabytes(bytes.length)}; the limit is ${megabytes(limits.maxBytes)}.`,
      `Tệp có dung lượng ${megabytes(bytes.length)}, vượt giới hạn ${megabytes(limits.maxBytes)}.`,
    );
  }
  if (startsWith(bytes, OLE2)) {
    if (isEncryptedOle(bytes)) {
      throw new DocxReadError(
        "encrypted",
        "The document is encrypted (password-protected). Remove the password in Word (File › Info › Protect Document), save it, and try again.",
        "Văn bản được mã hoá (có mật khẩu). Hãy gỡ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu), lưu lại rồi thử lại.",
      );
    }
    throw new DocxReadError(
      "old-doc",
      "This is an old Word .doc file. Open it in Word and save it as .docx, then try again.",
      "Đây là tệp Word .doc cũ. Hãy mở bằng Word, lưu lại dưới dạng .docx rồi thử lại.",
    );
  }
  if (!startsWith(bytes, ZIP_LOCAL) && !startsWith(bytes, ZIP_EMPTY)) throw notAZip(bytes);
}

/** JSZip's chunked reader of one entry (public in JSZip, missing from its type declarations). */
interface EntryStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): EntryStream;
  on(event: "error", cb: (err: Error) => void): EntryStream;
  on(event: "end", cb: () => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

/** JSZip keeps each entry's sizes from the zip directory here (not part of its typed API). */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  // JSZip reads the 32-bit field as a signed number: sizes over 2 GB come back negative.
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize >>> 0 : 0;
}

const tooLargePart = (path: string, limit: number): DocxReadError =>
  new DocxReadError(
    "too-large",
    `The part ${path} inflates to more than ${megabytes(limit)}, the limit for one part.`,
    `Thành phần ${path} khi giải nén vượt quá ${megabytes(limit)}, giới hạn cho một thành phần.`,
  );

/**
 * Inflates one entry, stopping as soon as the output passes its declared size or the limit: a lying or
 * corrupt deflate stream costs at most one input chunk's output, not the whole bomb.
 */
function inflateBounded(file: JSZip.JSZipObject, path: string, limit: number): Promise<Uint8Array> {
  const declared = declaredSize(file);
  if (declared > limit) return Promise.reject(tooLargePart(path, limit));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const fail = (err: DocxReadError): void => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      reject(err);
    };
    const lying = (): DocxReadError =>
      corruptDocx(
        `${path} holds more data than its zip entry declares`,
        `${path} chứa nhiều dữ liệu hơn khai báo trong gói zip`,
      );
    const stream = (file as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream(
      "uint8array",
    );
    stream.on("data", (chunk) => {
      if (settled) return;
      total += chunk.length;
      if (total > declared) {
        stream.pause();
        fail(lying());
        return;
      }
      chunks.push(chunk);
    });
    stream.on("error", () => fail(corruptDocx(`${path} cannot be inflated`, `không giải nén được ${path}`)));
    stream.on("end", () => {
      if (settled) return;
      if (total !== declared) {
        fail(corruptDocx(`${path} is shorter than its zip entry declares`, `${path} ngắn hơn khai báo trong gói zip`));
        return;
      }
      settled = true;
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    stream.resume();
  });
}

/**
 * Decodes an XML part as an XML processor does: a UTF-8 or UTF-16 byte-order mark, else UTF-16 when the
 * part starts with "<" in UTF-16, else the encoding its declaration names (UTF-8 when none).
 */
export function decodeXmlPart(bytes: Uint8Array, path: string): string {
  let encoding = "utf-8";
  let skip = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) skip = 3;
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, skip] = ["utf-16le", 2];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, skip] = ["utf-16be", 2];
  else if (startsWith(bytes, [0x3c, 0x00])) encoding = "utf-16le";
  else if (startsWith(bytes, [0x00, 0x3c])) encoding = "utf-16be";
  else {
    const decl = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      new TextDecoder("latin1").decode(bytes.subarray(0, 200)),
    );
    if (decl) encoding = decl[1].toLowerCase();
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new DocxReadError(
      "encoding",
      `${path} declares the text encoding "${encoding}", which cannot be read.`,
      `${path} khai báo bảng mã "${encoding}", không đọc được.`,
    );
  }
  try {
    return decoder.decode(bytes.subarray(skip));
  } catch {
    throw new DocxReadError(
      "encoding",
      `${path} is not valid ${decoder.encoding.toUpperCase()} text.`,
      `${path} không phải văn bản ${decoder.encoding.toUpperCase()} hợp lệ.`,
    );
  }
}

export interface OpenedPackage {
  /** The decoded text of a part, or undefined when the package has no such part. */
  readText(path: string): Promise<string | undefined>;
  /** The bytes of a part as stored (an image, or XML to copy unchanged), or undefined when there is no such part. */
  readBytes(path: string): Promise<Uint8Array | undefined>;
}

/** Opens the zip after sniffPackage, checking the directory's declared sizes against the limits. */
export async function openPackage(bytes: Uint8Array, limits: PackageLimits): Promise<OpenedPackage> {
  sniffPackage(bytes, limits);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw corruptDocx("the zip package is damaged or truncated", "gói zip bị hỏng hoặc thiếu dữ liệu");
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.maxEntries) {
    throw new DocxReadError(
      "too-large",
      `The package holds ${files.length} parts; the limit is ${limits.maxEntries}.`,
      `Gói có ${files.length} thành phần, vượt giới hạn ${limits.maxEntries}.`,
    );
  }
  const total = files.reduce((sum, f) => sum + declaredSize(f), 0);
  if (total > limits.maxTotalBytes) {
    throw new DocxReadError(
      "too-large",
      `The package declares ${megabytes(total)} once inflated; the limit is ${megabytes(limits.maxTotalBytes)} (a possible zip bomb).`,
      `Gói khai báo ${megabytes(total)} dữ liệu khi giải nén, vượt giới hạn ${megabytes(limits.maxTotalBytes)} (có thể là “bom zip”).`,
    );
  }
  return {
    async readText(path) {
      const file = zip.file(path);
      if (!file) return undefined;
      return decodeXmlPart(await inflateBounded(file, path, limits.maxPartBytes), path);
    },
    async readBytes(path) {
      const file = zip.file(path);
      return file ? inflateBounded(file, path, limits.maxPartBytes) : undefined;
    },
  };
}
