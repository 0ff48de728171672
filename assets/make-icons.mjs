#!/usr/bin/env node
// Draws the toolbar icons (public/icon/{16,32,48,96,128}.png): a magnifying lens over text
// lines on a blue rounded square. No image tools needed: shapes as distance functions,
// 4×4 supersampling, PNG encoded with node:zlib. Run: node assets/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Geometry in a 0..1 square.
const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const dx = Math.max(Math.abs(x - cx) - hw + r, 0);
  const dy = Math.max(Math.abs(y - cy) - hh + r, 0);
  return Math.hypot(dx, dy) - r + Math.min(Math.max(Math.abs(x - cx) - hw + r, Math.abs(y - cy) - hh + r), 0);
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - t * vx, py - t * vy);
};

const BG = [11, 92, 173];
const WHITE = [255, 255, 255];
const PALE = [190, 215, 242];

function shade(x, y, size) {
  // Small sizes get bolder strokes so they stay legible.
  const bold = size <= 16 ? 1.6 : size <= 32 ? 1.25 : 1;
  if (roundRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.2) > 0) return null;
  const lensC = [0.43, 0.43], lensR = 0.25;
  const d = Math.hypot(x - lensC[0], y - lensC[1]);
  const ring = Math.abs(d - lensR) - 0.045 * bold;
  const handle = segment(x, y, 0.62, 0.62, 0.82, 0.82) - 0.065 * bold;
  if (ring <= 0 || handle <= 0) return WHITE;
  if (d < lensR) {
    // Text lines inside the lens.
    const lines = size <= 16 ? [0.43] : [0.35, 0.43, 0.51];
    for (const ly of lines) {
      const half = Math.sqrt(Math.max(0, lensR * lensR - (ly - lensC[1]) ** 2)) - 0.07;
      if (segment(x, y, lensC[0] - half, ly, lensC[0] + half, ly) - 0.022 * bold <= 0) return PALE;
    }
  }
  return BG;
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  writeFileSync(join(OUT, `${size}.png`), png(size, rgba));
  console.log(`public/icon/${size}.png`);
}
