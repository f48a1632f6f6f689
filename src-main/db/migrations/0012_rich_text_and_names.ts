import type { Migration } from './migration';

// The analytical part moves from line markup ("# " heading, "- " item, "1. " numbered line, blank-line
// paragraphs) to the editor's document tree (ProseMirror JSON), in the texts, their versions and the
// snapshots of approvals; «[…]» gaps become placeholders, so approval sees what is unfilled. Topics and
// contact centers get a name in each language; the signatory's name becomes one per language; each
// справка gets its outgoing number and date. The converter is a copy frozen here: the application's
// own document code may change, this step may not.

interface Node {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Node[];
  text?: string;
}

const GAP = /\[([^\]\n]+)\]/g;
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** `gaps`: «[…]» become placeholders; an approved text keeps them as the words it was signed with. */
function inlines(line: string, gaps = true): Node[] {
  if (!gaps) return line ? [{ type: 'text', text: line }] : [];
  const out: Node[] = [];
  let at = 0;
  for (const m of line.matchAll(GAP)) {
    const start = m.index;
    if (start > at) out.push({ type: 'text', text: line.slice(at, start) });
    out.push({ type: 'placeholder', attrs: { label: (m[1] ?? '').trim() || '…' } });
    at = start + m[0].length;
  }
  if (at < line.length) out.push({ type: 'text', text: line.slice(at) });
  return out;
}

const paragraph = (line: string, gaps: boolean): Node => {
  const content = inlines(line, gaps);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
};

export function markupToDoc(text: string, gaps = true): Node {
  const blocks: Node[] = [];
  let list: { type: 'bulletList' | 'orderedList'; items: string[]; start: number } | null = null;
  const flush = () => {
    if (!list) return;
    blocks.push({
      type: list.type,
      ...(list.type === 'orderedList' ? { attrs: { start: list.start } } : {}),
      content: list.items.map((l) => ({ type: 'listItem', content: [paragraph(l, gaps)] })),
    });
    list = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const numbered = /^(\d+)\.\s+(.*)$/.exec(line);
    if (line.startsWith('# ')) {
      flush();
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: inlines(line.slice(2).trim(), gaps) });
    } else if (line.startsWith('- ')) {
      if (list?.type !== 'bulletList') flush();
      list ??= { type: 'bulletList', items: [], start: 1 };
      list.items.push(line.slice(2).trim());
    } else if (numbered) {
      if (list?.type !== 'orderedList') flush();
      list ??= { type: 'orderedList', items: [], start: Number(numbered[1]) };
      list.items.push(numbered[2] ?? '');
    } else {
      flush();
      blocks.push(paragraph(line, gaps));
    }
  }
  flush();
  return { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] };
}

// A text that is a document already (a store taken back to an older version by hand) is left as it is.
const docJson = (text: string) =>
  text.startsWith('{"type":"doc"') ? text : JSON.stringify(markupToDoc(text));

export const richTextAndNames: Migration = {
  version: 12,
  name: 'rich text and names in both languages',
  up: (db) => {
    db.exec(`
      ALTER TABLE topics ADD COLUMN name_ru TEXT;
      ALTER TABLE topics ADD COLUMN name_kk TEXT;
      ALTER TABLE contact_centers ADD COLUMN name_ru TEXT;
      ALTER TABLE contact_centers ADD COLUMN name_kk TEXT;
      CREATE TABLE spravka_registrations (
        scope TEXT NOT NULL,
        quarter TEXT NOT NULL,
        lang TEXT NOT NULL,
        number TEXT NOT NULL,
        date TEXT NOT NULL,
        PRIMARY KEY (scope, quarter, lang)
      );
    `);
    db.function('markup_to_doc', { deterministic: true }, (text: unknown) => docJson(String(text)));
    db.exec(`
      UPDATE spravka_texts SET text = markup_to_doc(text);
      UPDATE spravka_text_versions SET text = markup_to_doc(text);
    `);
    const approvals = db.prepare<[], { id: number; snapshot: string }>(
      'SELECT id, snapshot FROM spravka_approvals',
    );
    const update = db.prepare('UPDATE spravka_approvals SET snapshot = ? WHERE id = ?');
    for (const row of approvals.all()) {
      const snap = JSON.parse(row.snapshot) as Record<string, unknown>;
      if (typeof snap['text'] === 'string') {
        snap['doc'] = markupToDoc(snap['text'], false);
        delete snap['text'];
      }
      const settings = snap['settings'] as { signatory?: { name?: unknown } } | undefined;
      // What was signed was signed in the snapshot's one language: that name stands for both.
      if (typeof settings?.signatory?.name === 'string') {
        const name = settings.signatory.name;
        settings.signatory.name = { ru: name, kk: name };
      }
      update.run(JSON.stringify(snap), row.id);
    }
    const settings = db
      .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'spravka'")
      .get();
    if (settings) {
      const value = JSON.parse(settings.value) as { signatory?: { name?: unknown } };
      if (typeof value.signatory?.name === 'string') {
        // The one name was typed in one language: it goes to that one, and the other is asked for before approval.
        const name = value.signatory.name;
        value.signatory.name = KAZAKH_LETTERS.test(name) ? { ru: '', kk: name } : { ru: name, kk: '' };
        db.prepare("UPDATE settings SET value = ? WHERE key = 'spravka'").run(JSON.stringify(value));
      }
    }
  },
};
