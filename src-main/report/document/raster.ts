// The charts are SVG; Word and LibreOffice get them as PNG, drawn by resvg with the bundled Liberation Serif
// only (no system font), so a chart reads the same in the DOCX as in the PDF on any machine.
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
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

export function svgToPng(svg: string, width: number): Raster {
  const fonts = join(resourcesDir(), 'fonts');
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * PIXELS_PER_POINT) },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: FACES.map((f) => join(fonts, `LiberationSerif-${f}.ttf`)),
      defaultFontFamily: FAMILY,
      serifFamily: FAMILY,
    },
  }).render();
  return { png: image.asPng(), height: (width * image.height) / image.width };
}
