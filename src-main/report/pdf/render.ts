// PDF rendering for the справка: pdfmake 0.3 with the bundled Liberation Serif, fully offline.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

/** Font family name to use in document definitions; it is also the default font. */
export const SERIF = 'Serif';

const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

type FontStyle = keyof typeof FONT_FILES;

let foundResources: string | undefined;

/**
 * The project's resources/ folder. The module sits at different depths under tsx/vitest
 * (src-main/report/pdf/) and in the electron-vite bundle (out/main/), so the nearest ancestor
 * holding resources/fonts wins instead of a fixed number of "..". SARAPTAMA_RESOURCES overrides
 * it for packaged builds that keep resources elsewhere.
 */
export function resourcesDir(): string {
  const override = process.env['SARAPTAMA_RESOURCES'];
  if (override) return resolve(override);
  if (foundResources !== undefined) return foundResources;
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts'))) {
      foundResources = candidate;
      return candidate;
    }
    if (dirname(dir) === dir) break;
  }
  throw new Error(`resources/fonts not found above ${here}; set SARAPTAMA_RESOURCES to the resources folder`);
}

/** The slice of pdfmake's in-memory file system we use; the @types package does not declare it. */
interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

function isVirtualFs(value: unknown): value is VirtualFs {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'existsSync') === 'function' &&
    typeof Reflect.get(value, 'writeFileSync') === 'function'
  );
}

let fontsReady: Promise<Record<FontStyle, string>> | undefined;

/**
 * Reads the four TTFs once into pdfmake's in-memory file system, keyed by their absolute paths.
 * pdfmake 0.3.11 crashes on Buffer font sources (its URL resolver calls toLowerCase on them), so
 * file names are the only way in; the vfs keeps it from re-reading the disk on every render.
 */
function loadFonts(): Promise<Record<FontStyle, string>> {
  fontsReady ??= (async () => {
    const vfs: unknown = Reflect.get(pdfmake, 'virtualfs');
    if (!isVirtualFs(vfs)) throw new Error('pdfmake no longer exposes its virtual file system');
    const dir = join(resourcesDir(), 'fonts');
    const entries = await Promise.all(
      (Object.keys(FONT_FILES) as FontStyle[]).map(async (style) => {
        const path = join(dir, FONT_FILES[style]);
        vfs.writeFileSync(path, await readFile(path));
        return [style, path] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<FontStyle, string>;
  })().catch((error: unknown) => {
    fontsReady = undefined;
    throw error;
  });
  return fontsReady;
}

function insideResources(path: string): boolean {
  const rel = relative(resourcesDir(), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Renders a pdfmake document definition to PDF bytes with the 'Serif' family (Liberation Serif)
 * as the default font. Offline by construction: URLs are refused and local files are readable only
 * under resources/. pdfmake annotates the content tree while laying it out, so pass a fresh
 * definition per call. Output is byte-for-byte reproducible when doc.info.creationDate is set;
 * otherwise pdfkit stamps the current time (and a file ID derived from it).
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const files = await loadFonts();
  // Re-registered on every call so another caller's setFonts()/clearFonts() on the shared
  // singleton cannot drop our family; a fresh object because pdfmake writes into descriptors.
  const fonts: TFontDictionary = { [SERIF]: { ...files } };
  pdfmake.addFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(insideResources);
  const prepared: TDocumentDefinitions = {
    ...doc,
    defaultStyle: { ...doc.defaultStyle, font: doc.defaultStyle?.font ?? SERIF },
  };
  return pdfmake.createPdf(prepared).getBuffer();
}
