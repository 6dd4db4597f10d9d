/**
 * Reading the files a user names: only regular files (a FIFO or /dev/zero would never end), the size
 * limit checked from the file system before a byte is read, and text decoded as UTF-8 or, with a
 * byte-order mark, UTF-16, remembering which so a fixed file is written back the same way.
 */
import * as fs from "fs";
import { CliExit } from "./cli-exit";
import { megabytes } from "../docx/docx-read-error";

/** Reads a regular file of at most maxBytes; anything else ends the command with exit 2. */
export function readInputFile(file: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    throw new CliExit(
      2,
      `${file}: file not found or not readable.`,
      `${file}: không tìm thấy tệp hoặc không đọc được.`,
      "not-found",
    );
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      throw new CliExit(
        2,
        `${file}: not a regular file (a folder, device or pipe).`,
        `${file}: không phải là tệp thông thường (là thư mục, thiết bị hoặc ống dẫn).`,
        "not-a-file",
      );
    }
    const tooLarge = (size: string) =>
      new CliExit(
        2,
        `${file}: too large (${size}; the limit is ${megabytes(maxBytes)}).`,
        `${file}: tệp quá lớn (${size}; giới hạn ${megabytes(maxBytes)}).`,
        "too-large",
      );
    if (stat.size > maxBytes) throw tooLarge(megabytes(stat.size));
    // Read to the end, never past the limit: the file may grow while it is read, and some files (in
    // /proc, for one) say they are empty and are not.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(stat.size - length, 64 * 1024), maxBytes + 1 - length));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw tooLarge(`more than ${megabytes(maxBytes)}`);
    }
    const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
    return new Uint8Array(all.buffer, all.byteOffset, length);
  } catch (err) {
    if (err instanceof CliExit) throw err;
    throw new CliExit(2, `${file}: cannot be read.`, `${file}: không đọc được tệp.`, "not-found");
  } finally {
    fs.closeSync(fd);
  }
}

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

/** Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with one; refuses anything else clearly. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  let encoding: TextEncoding = "utf-8";
  let skip = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, skip] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, skip] = ["utf-16be", 2];
  else if (bytes.includes(0)) {
    // Text never holds NUL; UTF-16 without a mark has one in every other byte of Latin text.
    let even = 0;
    let odd = 0;
    for (let i = 0; i < Math.min(bytes.length, 4096); i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
    if (Math.max(even, odd) > 4 * Math.min(even, odd) + 1) {
      throw new CliExit(
        2,
        `${file}: looks like UTF-16 text without a byte-order mark; save it as UTF-8 (Unicode) first.`,
        `${file}: có vẻ là văn bản UTF-16 không có dấu BOM; hãy lưu tệp ở dạng UTF-8 (Unicode) trước.`,
        "encoding",
      );
    }
    throw new CliExit(
      2,
      `${file}: binary data, not text.`,
      `${file}: là dữ liệu nhị phân, không phải văn bản.`,
      "encoding",
    );
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
    return { text, encoding, bom: skip > 0 };
  } catch {
    throw new CliExit(
      2,
      `${file}: not UTF-8 text (perhaps a legacy encoding such as TCVN3, VNI or Windows-1258); save it as UTF-8 (Unicode) first.`,
      `${file}: không phải văn bản UTF-8 (có thể là bảng mã cũ như TCVN3, VNI hay Windows-1258); hãy lưu tệp ở dạng UTF-8 (Unicode) trước.`,
      "encoding",
    );
  }
}

/** Encodes text back in the encoding (and with the byte-order mark) it was read with. */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode((bom ? "\uFEFF" : "") + text);
  const units = (bom ? "\uFEFF" : "") + text;
  const out = new Uint8Array(units.length * 2);
  const [lo, hi] = encoding === "utf-16le" ? [0, 1] : [1, 0];
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + lo] = c & 0xff;
    out[2 * i + hi] = c >> 8;
  }
  return out;
}
