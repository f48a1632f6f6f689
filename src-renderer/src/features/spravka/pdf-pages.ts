import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { findable } from './page-find';

// pdf.js parses in a worker served from the app's own files, which the CSP allows ('self').
GlobalWorkerOptions.workerSrc = workerUrl;

export interface PageImage {
  src: string;
  landscape: boolean;
  /** The page's text in the form page-find.ts compares: read once per PDF, with its image. */
  text: string;
}

/** 2 × 72 dpi: crisp on screen and good enough on paper for 14 pt text. */
const SCALE = 2;

/** The PDF's pages as images: what the preview shows and what the print dialog prints. */
export async function pdfPages(base64: string, cancelled: () => boolean): Promise<PageImage[]> {
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const doc = await getDocument({ data, isEvalSupported: false }).promise;
  try {
    const pages: PageImage[] = [];
    for (let n = 1; n <= doc.numPages && !cancelled(); n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const content = await page.getTextContent();
      const text = findable(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
      pages.push({ src: canvas.toDataURL('image/png'), landscape: viewport.width > viewport.height, text });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
