/**
 * Draws the add-in icons (a page with a folded corner, text lines and a red seal dot) at 16/32/64/80 px
 * and writes them as PNG files in assets/. Our own design, drawn with signed-distance shapes so every
 * size is crisp. Run: npx tsx scripts/make-icons.ts
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const SIZES = [16, 32, 64, 80] as const;
type Rgba = [number, number, number, number];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (row-major) as a PNG. */
export function encodePng(size: number, pixels: Rgba[]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const p = pixels[y * size + x];
      raw.set(p, row + 1 + x * 4);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE: Rgba = [0x1f, 0x4e, 0x9a, 255];
const PAPER: Rgba = [0xff, 0xff, 0xff, 255];
const LINE: Rgba = [0x5b, 0x6b, 0x80, 255];
const SEAL: Rgba = [0xc6, 0x28, 0x28, 255];
const FOLD: Rgba = [0xc9, 0xd6, 0xea, 255];

/** Colour at a point in unit coordinates (0..1), or undefined for transparent. */
function shade(u: number, v: number, size: number): Rgba | undefined {
  const stroke = Math.max(1 / size, 0.06);
  const left = 0.16;
  const right = 0.84;
  const top = 0.06;
  const bottom = 0.94;
  const fold = 0.24;
  const inPage = u >= left && u <= right && v >= top && v <= bottom && !(u - (right - fold) > v - top);
  if (!inPage) return undefined;
  const seal = Math.hypot(u - 0.66, v - 0.76);
  if (seal < 0.13) return SEAL;
  const nearEdge =
    u - left < stroke ||
    right - u < stroke ||
    bottom - v < stroke ||
    v - top < stroke ||
    u - (right - fold) - (v - top) > -stroke * 1.4;
  if (nearEdge) return BLUE;
  if (u > right - fold && v < top + fold && u - (right - fold) > v - top - fold * 0.15) return FOLD;
  // Three text lines; the first is short like a heading.
  const lines = [0.34, 0.48, 0.62];
  const thick = Math.max(1.2 / size, 0.045);
  for (let i = 0; i < lines.length; i++) {
    const end = i === 0 ? 0.6 : i === 2 ? 0.5 : 0.72;
    if (Math.abs(v - lines[i]) < thick && u > 0.28 && u < end) return LINE;
  }
  return PAPER;
}

/** Renders one icon with 4x4 supersampling for smooth edges. */
export function drawIcon(size: number): Buffer {
  const pixels: Rgba[] = [];
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      pixels.push(
        a === 0
          ? [0, 0, 0, 0]
          : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (n * n))],
      );
    }
  }
  return encodePng(size, pixels);
}

if (require.main === module) {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
