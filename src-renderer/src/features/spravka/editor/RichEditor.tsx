import type { Editor, JSONContent } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { EditorContent, useEditor } from '@tiptap/react';
import { Selection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../../src-main/shared/domain';
import { richDoc, type RichDoc } from '../../../../../src-main/shared/rich-text';
import { printedText } from './doc-text';
import { Field, liveOf, setLive, type Live, type LiveTexts } from './field-node';
import { Placeholder, selectPlaceholder } from './placeholder-node';
import { selectNode } from './select-node';
import { Toolbar } from './Toolbar';
import { wordListsToHtml } from './word-paste';

export interface RichEditorHandle {
  /** Selects the n-th placeholder with this label, as the list of gaps asks. */
  selectPlaceholder(label: string, nth: number): void;
  /** Selects the first field bound to this key, so the analyst can type over it. */
  selectField(key: string): void;
  /** Puts an earlier version in the editor as an edit of its own: saved, and undone with Ctrl+Z. */
  restore(doc: RichDoc): void;
}

/**
 * Exactly the nodes and marks the stored document has (shared/rich-text.ts): what StarterKit offers beyond
 * them (code, strike, links, quotes, rules) is left out, so pasted HTML folds into what the справка prints.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
  }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  Field,
  Placeholder,
];

/**
 * The text the preview looks for: the paragraph's own, or in a table its row's, which the PDF prints in the
 * same order and which a single cell («Отопление») is too common to place.
 */
function focusedText(editor: Editor): string {
  const { $from } = editor.state.selection;
  const live = liveOf(editor.state);
  for (let d = $from.depth; d > 0; d--)
    if ($from.node(d).type.name === 'tableRow') return printedText($from.node(d), live);
  return $from.parent.isTextblock ? printedText($from.parent, live) : '';
}

/** The analytical part as a word processor edits it: TipTap over the stored document's own JSON. */
export function RichEditor(props: {
  doc: RichDoc | null;
  live: Live;
  readOnly: boolean;
  /** The document's language: the spellchecker's dictionary. */
  lang: Lang;
  /** The id of the element that names the editor. */
  labelledBy: string;
  onChange: (doc: RichDoc) => void;
  /** The text of the paragraph the cursor is in, when it moves to another. */
  onBlockFocus: (text: string) => void;
  ref?: Ref<RichEditorHandle>;
}) {
  const { t } = useTranslation();
  // The editor is made once; these always reach the latest props.
  const latest = useRef(props);
  latest.current = props;
  const emitted = useRef<RichDoc | null>(null);
  const lastFocus = useRef<string | null>(null);

  const reportFocus = (editor: Editor) => {
    const text = focusedText(editor);
    if (text === lastFocus.current) return;
    lastFocus.current = text;
    latest.current.onBlockFocus(text);
  };

  const editor = useEditor({
    extensions: EXTENSIONS,
    editable: !props.readOnly,
    editorProps: {
      attributes: () => ({
        class: 'editor rich-editor',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': latest.current.labelledBy,
        'aria-readonly': String(latest.current.readOnly),
        lang: latest.current.lang,
        // Electron's spellchecker underlines words by the OS dictionaries of `lang`.
        spellcheck: 'true',
        // Read-only, the text is no longer editable and so not focusable: it still scrolls from the keyboard.
        ...(latest.current.readOnly ? { tabindex: '0' } : {}),
      }),
      transformPastedHTML: wordListsToHtml,
    },
    onUpdate: ({ editor: e }) => {
      // The schema is the stored one, so this holds; should it not, nothing half-valid is saved.
      const parsed = richDoc.safeParse(e.getJSON());
      if (!parsed.success) return;
      emitted.current = parsed.data;
      latest.current.onChange(parsed.data);
    },
    onSelectionUpdate: ({ editor: e }) => reportFocus(e),
    onFocus: ({ editor: e }) => reportFocus(e),
  });

  // A document loaded (another version of the store's, not one this editor emitted): not an undo step.
  useEffect(() => {
    if (!props.doc || props.doc === emitted.current) return;
    emitted.current = props.doc;
    editor
      .chain()
      .setMeta('addToHistory', false)
      .setContent(props.doc as JSONContent, { emitUpdate: false })
      // The cursor starts at the top, not where it was mapped to from the document before.
      .command(({ tr }) => (tr.setSelection(Selection.atStart(tr.doc)), true))
      .run();
  }, [editor, props.doc]);

  useEffect(() => {
    editor.setEditable(!props.readOnly, false);
  }, [editor, props.readOnly]);

  const texts = useMemo<LiveTexts>(
    () => ({ changed: (old) => t('ui:editor.fieldChanged', { old }), gone: t('ui:editor.fieldGone') }),
    [t],
  );
  useEffect(() => {
    editor.view.dispatch(setLive(editor.state.tr, props.live, texts));
  }, [editor, props.live, texts]);

  useImperativeHandle(
    props.ref,
    () => ({
      selectPlaceholder: (label, nth) => void selectPlaceholder(editor, label, nth),
      selectField: (key) =>
        void selectNode(editor, (node) => node.type.name === 'field' && node.attrs['key'] === key),
      restore: (doc) =>
        void editor
          .chain()
          .focus()
          .setContent(doc as JSONContent)
          .run(),
    }),
    [editor],
  );

  return (
    <div className="rich">
      <Toolbar editor={editor} readOnly={props.readOnly} />
      <EditorContent editor={editor} />
    </div>
  );
}
