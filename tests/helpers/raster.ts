/** Page rasters from poppler (pdftoppm) as 8-bit grey bitmaps, for render tests that look at drawn lines. */
import { execFileSync } from "child_process";
import * as fs from "fs";

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export function readPgm(file: string): Gray {
  const buf = fs.readFileSync(file);
  // Header: "P5" width height maxval, whitespace separated, then one byte per pixel.
  const tokens: string[] = [];
  let i = 0;
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]))) i++;
    let t = "";
    while (!/\s/.test(String.fromCharCode(buf[i]))) t += String.fromCharCode(buf[i++]);
    tokens.push(t);
  }
  if (tokens[0] !== "P5" || tokens[3] !== "255") throw new Error(`Not an 8-bit PGM: ${tokens.join(" ")}`);
  return { width: Number(tokens[1]), height: Number(tokens[2]), data: buf.subarray(i + 1) };
}

/** Page `page` of a PDF as a grey bitmap at `dpi`, written next to `base` (base + ".pgm"). */
export function renderGray(pdf: string, base: string, dpi: number, page = 1): Gray {
  execFileSync("pdftoppm", [
    "-gray",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    base,
  ]);
  return readPgm(`${base}.pgm`);
}
