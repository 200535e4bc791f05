// Draws Rådsplan's icon (a calm blue shield with a white check mark) into
// assets/icon-<size>.png for every size the manifest and store listing use.
// Run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BLUE = [0x1f, 0x5f, 0xa8] as const; // shield
const BLUE_EDGE = [0x17, 0x4a, 0x85] as const; // its rim
const WHITE = [0xff, 0xff, 0xff] as const; // check mark

/** Half the shield's width at height y (0 top, 1 bottom of the icon); 0 outside. */
function shieldHalfWidth(y: number, inset: number): number {
  const top = 0.07 + inset;
  const shoulder = 0.45;
  const bottom = 0.95 - inset * 1.6;
  const w = 0.4 - inset;
  if (y < top || y > bottom) return 0;
  if (y <= shoulder) return w;
  const t = (y - shoulder) / (bottom - shoulder);
  return w * (1 - t * t);
}

/** The shield's top edge dips gently towards the middle. */
function shieldTop(x: number, inset: number): number {
  const w = 0.4 - inset;
  const r = Math.min(1, Math.abs(x) / w);
  return 0.07 + inset + 0.05 * (1 - r * r);
}

function inShield(x: number, y: number, inset: number): boolean {
  return Math.abs(x) <= shieldHalfWidth(y, inset) && y >= shieldTop(x, inset);
}

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(px: number, py: number, a: [number, number], b: [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK: [number, number][] = [
  [-0.17, 0.47],
  [-0.05, 0.61],
  [0.19, 0.31],
];

function inCheck(x: number, y: number, size: number): boolean {
  const half = size <= 16 ? 0.065 : 0.055; // a bolder stroke where pixels are few
  return segmentDistance(x, y, CHECK[0], CHECK[1]) <= half || segmentDistance(x, y, CHECK[1], CHECK[2]) <= half;
}

/** One icon as RGBA pixels, anti-aliased by 8×8 supersampling. */
export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const n = 8;
  const rim = size <= 16 ? 0.05 : 0.035;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size - 0.5;
          const y = (py + (sy + 0.5) / n) / size;
          if (!inShield(x, y, 0)) continue;
          const color = inCheck(x, y, size) ? WHITE : inShield(x, y, rim) ? BLUE : BLUE_EDGE;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
