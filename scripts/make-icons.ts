/**
 * Draws the add-in's ribbon and manifest icons: three stacked bars in the RAG index colours
 * (Blue, Green, Amber, Red), like the summary's charts, on a transparent background.
 * Writes assets/icon-16.png, -32, -64 and -80 with Node's zlib; no image library needed.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgb = [number, number, number];
const BLUE: Rgb = [0x00, 0x70, 0xc0];
const GREEN: Rgb = [0x00, 0xb0, 0x50];
const AMBER: Rgb = [0xff, 0xc0, 0x00];
const RED: Rgb = [0xc0, 0x00, 0x00];

/** Each bar: its length as a share of the icon's width, and the shares of its B/G/A/R segments. */
const BARS: { length: number; shares: [number, number, number, number] }[] = [
  { length: 1, shares: [0.45, 0.25, 0.2, 0.1] },
  { length: 0.8, shares: [0.3, 0.3, 0.25, 0.15] },
  { length: 0.62, shares: [0.55, 0.2, 0.15, 0.1] },
];

/** The colour at a point in the unit square, or null where the icon is transparent. */
function colourAt(x: number, y: number): Rgb | null {
  const margin = 0.06;
  const gap = 0.08;
  const barHeight = (1 - 2 * margin - 2 * gap) / 3;
  for (let i = 0; i < BARS.length; i++) {
    const top = margin + i * (barHeight + gap);
    if (y < top || y >= top + barHeight) continue;
    const bar = BARS[i]!;
    const width = (1 - 2 * margin) * bar.length;
    let left = margin;
    for (const [k, share] of bar.shares.entries()) {
      const right = left + width * share;
      if (x >= left && x < right) return [BLUE, GREEN, AMBER, RED][k]!;
      left = right;
    }
  }
  return null;
}

/** RGBA pixels, each averaged over 4×4 samples so small sizes keep soft edges. */
function draw(size: number): Buffer {
  const SAMPLES = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          hits++;
        }
      }
      const o = (py * size + px) * 4;
      if (hits > 0) {
        pixels[o] = Math.round(r / hits);
        pixels[o + 1] = Math.round(g / hits);
        pixels[o + 2] = Math.round(b / hits);
        pixels[o + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, each row with filter type 0. */
export function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const here = dirname(fileURLToPath(import.meta.url));
const assets = join(here, "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of ICON_SIZES) {
  writeFileSync(join(assets, `icon-${size}.png`), png(size, draw(size)));
  console.log(`assets/icon-${size}.png`);
}
