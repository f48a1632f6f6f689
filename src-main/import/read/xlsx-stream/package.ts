import { SaxesParser } from 'saxes';

/*
 * The small OPC parts (package and workbook relationships, workbook.xml) go through saxes: they are a
 * few kilobytes, so a full XML parser costs nothing and handles any entity or attribute quoting.
 */

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface WorkbookSheet {
  name: string;
  relId: string | null;
  /** state="hidden" or "veryHidden". */
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function parseXml(
  xml: string,
  part: string,
  onOpen: (name: string, attrs: Record<string, string>) => void,
): void {
  const parser = new SaxesParser({ xmlns: false });
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => onOpen(localName(tag.name), tag.attributes));
  parser.write(xml).close();
  if (error) throw new Error(`Corrupt XLSX: ${part} is not well-formed XML (${(error as Error).message})`);
}

export function parseRelationships(xml: string, part: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(xml, part, (name, attrs) => {
    if (name !== 'Relationship') return;
    rels.push({
      id: attrs.Id ?? '',
      type: attrs.Type ?? '',
      target: attrs.Target ?? '',
      external: attrs.TargetMode === 'External',
    });
  });
  return rels;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  parseXml(xml, 'workbook.xml', (name, attrs) => {
    if (name === 'workbookPr') {
      const v = attrs.date1904;
      info.date1904 = v === '1' || v === 'true';
    } else if (name === 'sheet') {
      // The relationship id is r:id, but writers bind the relationships namespace to other prefixes.
      let relId: string | null = null;
      for (const [key, value] of Object.entries(attrs)) {
        if (key.includes(':') && localName(key) === 'id') relId = value;
      }
      info.sheets.push({
        name: attrs.name ?? '',
        relId,
        hidden: attrs.state === 'hidden' || attrs.state === 'veryHidden',
      });
    }
  });
  return info;
}

/** Zip entry name of a relationship target, relative to the part that owns the relationships. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecodeUri(target.replace(/\\/g, '/'));
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The relationships part that belongs to `part`, e.g. xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
