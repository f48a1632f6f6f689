import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields, markSeen } from './field-node';

const LEVELS = [1, 2, 3] as const;
type Level = (typeof LEVELS)[number];
type Chain = ReturnType<Editor['chain']>;

/** What the buttons show: read on every transaction, re-rendered only when one of these changes. */
function snapshot(editor: Editor) {
  const level = LEVELS.find((l) => editor.isActive('heading', { level: l }));
  const can = editor.can();
  return {
    style: level === undefined ? 'p' : String(level),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    inTable: editor.isActive('table'),
    canUndo: can.undo(),
    canRedo: can.redo(),
    changed: changedFields(editor.state).length,
  };
}

/** Numerals drawn as strokes, four units high from the top `y`: the numbered-list icon carries no text. */
const NUMERALS = [
  (y: number) => `M2 ${y}v4`,
  (y: number) => `M1 ${y}h2v2h-2v2h2`,
  (y: number) => `M1 ${y}h2v4h-2M1 ${y + 2}h2`,
];

/** Word's list icons: three lines after dots or after numerals. */
const ListIcon = (props: { numbered: boolean }) => (
  <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
    {[2, 7, 12].map((y, i) =>
      props.numbered ? (
        <path key={y} d={NUMERALS[i]?.(y - 2)} fill="none" stroke="currentColor" strokeWidth="1" />
      ) : (
        <circle key={y} cx="2.5" cy={y} r="1.5" fill="currentColor" />
      ),
    )}
    {[2, 7, 12].map((y) => (
      <path key={`l${y}`} d={`M7 ${y}h11`} stroke="currentColor" strokeWidth="1.5" />
    ))}
  </svg>
);

/** A click on a button leaves the focus, and the selection, in the text, as Word's ribbon does. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** The editor's toolbar, Word's controls and Word's shortcuts, each named in its title. */
export function Toolbar(props: { editor: Editor; readOnly: boolean }) {
  const { t } = useTranslation();
  const { editor } = props;
  const s = useEditorState({ editor, selector: ({ editor: e }) => snapshot(e) });
  const run = (f: (c: Chain) => Chain) => f(editor.chain().focus()).run();
  const off = props.readOnly;

  /** A formatting button showing a glyph or an icon, named for screen readers, its shortcut in the tooltip. */
  const toggle = (
    name: string,
    shortcut: string,
    pressed: boolean,
    action: (c: Chain) => Chain,
    face: ReactNode,
  ) => (
    <button
      type="button"
      className={`tb tb-${name}`}
      aria-label={t(`ui:editor.${name}`)}
      title={`${t(`ui:editor.${name}`)} (${shortcut})`}
      aria-pressed={pressed}
      disabled={off}
      onMouseDown={keepFocus}
      onClick={() => run(action)}
    >
      {face}
    </button>
  );
  /** A command named by its own words. */
  const command = (
    name: string,
    enabled: boolean,
    action: (c: Chain) => Chain,
    shortcut?: string,
    face?: string,
  ) => (
    <button
      type="button"
      className={`tb tb-${name}`}
      aria-label={face ? t(`ui:editor.${name}`) : undefined}
      title={shortcut ? `${t(`ui:editor.${name}`)} (${shortcut})` : undefined}
      disabled={off || !enabled}
      onMouseDown={keepFocus}
      onClick={() => run(action)}
    >
      {face ?? t(`ui:editor.${name}`)}
    </button>
  );

  const setStyle = (value: string) =>
    run((c) => (value === 'p' ? c.setParagraph() : c.setHeading({ level: Number(value) as Level })));

  return (
    <div className="rt-toolbar" role="toolbar" aria-label={t('ui:editor.toolbar')}>
      <select
        aria-label={t('ui:editor.style')}
        title={`${t('ui:editor.style')} (Ctrl+Alt+1…3)`}
        value={s.style}
        disabled={off}
        onChange={(e) => setStyle(e.target.value)}
      >
        <option value="p">{t('ui:editor.paragraph')}</option>
        {LEVELS.map((l) => (
          <option key={l} value={String(l)}>
            {t('ui:editor.heading', { level: l })}
          </option>
        ))}
      </select>
      <span className="tb-group">
        {toggle('bold', 'Ctrl+B', s.bold, (c) => c.toggleBold(), t('ui:editor.boldGlyph'))}
        {toggle('italic', 'Ctrl+I', s.italic, (c) => c.toggleItalic(), t('ui:editor.italicGlyph'))}
        {toggle(
          'underline',
          'Ctrl+U',
          s.underline,
          (c) => c.toggleUnderline(),
          t('ui:editor.underlineGlyph'),
        )}
      </span>
      <span className="tb-group">
        {toggle(
          'bulletList',
          'Ctrl+Shift+8',
          s.bulletList,
          (c) => c.toggleBulletList(),
          <ListIcon numbered={false} />,
        )}
        {toggle(
          'orderedList',
          'Ctrl+Shift+7',
          s.orderedList,
          (c) => c.toggleOrderedList(),
          <ListIcon numbered />,
        )}
      </span>
      <span className="tb-group">
        {command('undo', s.canUndo, (c) => c.undo(), 'Ctrl+Z', '↶')}
        {command('redo', s.canRedo, (c) => c.redo(), 'Ctrl+Y', '↷')}
      </span>
      {/* As in Word, the commands of a table show while the cursor is in one. */}
      {s.inTable ? (
        <span className="tb-group">
          {command('addRow', true, (c) => c.addRowAfter())}
          {command('addColumn', true, (c) => c.addColumnAfter())}
          {command('deleteRow', true, (c) => c.deleteRow())}
          {command('deleteColumn', true, (c) => c.deleteColumn())}
        </span>
      ) : (
        command('insertTable', true, (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))
      )}
      {s.changed > 0 && (
        <button
          type="button"
          className="tb tb-seen"
          disabled={off}
          title={t('ui:editor.markSeenTitle', { count: s.changed })}
          // A change of the document like any other: autosaved with it.
          onMouseDown={keepFocus}
          onClick={() => markSeen(editor, changedFields(editor.state))}
        >
          {t('ui:editor.markSeen', { count: s.changed })}
        </button>
      )}
    </div>
  );
}
