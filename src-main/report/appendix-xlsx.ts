import * as XLSX from 'xlsx';
import type { AppendixForm } from './appendix-form';

// A cell that begins like a formula would run in Excel; topic names come from untrusted files.
export const safeCell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The Appendix form as a real spreadsheet: merged header cells, the column numbers 1–6, one row per line. */
export function appendixXlsx(form: AppendixForm): Buffer {
  const h = form.headings;
  const rows = Math.max(form.topics.length, form.regions.length, 1);
  const aoa: (string | number | null)[][] = [
    [form.title, null, null, null, null, null],
    [h.col1, h.col2, h.byTopic, null, h.byRegion, null],
    [null, null, h.col3, h.col4, h.col5, h.col6],
    [1, 2, 3, 4, 5, 6],
  ];
  const first = aoa.length;
  for (let i = 0; i < rows; i++) {
    const topic = form.topics[i];
    const region = form.regions[i];
    aoa.push([
      i === 0 ? safeCell(form.center) : null,
      i === 0 ? form.total : null,
      topic ? safeCell(topic.name) : null,
      topic ? topic.count : null,
      region ? region.name : null,
      region ? region.count : null,
    ]);
  }
  aoa.push([], ['____________________________'], [form.signature]);
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const last = first + rows - 1;
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
    { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
    { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
    { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
    { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
    { s: { r: first, c: 0 }, e: { r: last, c: 0 } },
    { s: { r: first, c: 1 }, e: { r: last, c: 1 } },
  ];
  ws['!cols'] = [{ wch: 28 }, { wch: 16 }, { wch: 40 }, { wch: 16 }, { wch: 34 }, { wch: 16 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, form.formLabel);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
