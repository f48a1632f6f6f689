// The charts are SVG; Word and LibreOffice get them as PNG, drawn by resvg with the bundled Liberation Serif
// only (no system font), so a chart reads the same in the DOCX as in the PDF on any machine. resvg's
// WebAssembly build rather than its native one: one file that runs the same in Node and in Electron on every
// platform, so the Windows installer built on Linux carries no missing binary.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { resourcesDir } from '../pdf/render';

/** Pixels per point of the PNG: 200 dpi, sharp on paper at a modest size. */
const PIXELS_PER_POINT = 200 / 72;
const FAMILY = 'Liberation Serif';
const FACES = ['Regular', 'Bold', 'Italic', 'BoldItalic'];

export interface Raster {
  png: Buffer;
  /** The drawing's height for the given printed width, in points. */
  height: number;
}

let fonts: Uint8Array[] | undefined;
let ready: Promise<void> | undefined;

/** Loads resvg and the fonts once; a document with charts waits for it before it is laid out. */
export function prepareRaster(): Promise<void> {
  ready ??= (async () => {
    const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(await readFile(wasm));
    const dir = join(resourcesDir(), 'fonts');
    fonts = await Promise.all(FACES.map((f) => readFile(join(dir, `LiberationSerif-${f}.ttf`))));
  })().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export function svgToPng(svg: string, width: number): Raster {
  if (!fonts) throw new Error('prepareRaster() first');
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * PIXELS_PER_POINT) },
    background: '#ffffff',
    font: { fontBuffers: fonts, defaultFontFamily: FAMILY, serifFamily: FAMILY },
  }).render();
  return { png: Buffer.from(image.asPng()), height: (width * image.height) / image.width };
}
