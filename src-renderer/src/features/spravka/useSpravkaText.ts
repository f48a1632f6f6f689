import { useEffect, useRef, useState } from 'react';
import type { SpravkaQuery } from '../../../../src-main/shared/commands/spravka';
import type { RichDoc } from '../../../../src-main/shared/rich-text';
import type { SpravkaText } from '../../../../src-main/shared/spravka';
import { call } from '../../api';
import { queryKey } from '../../hooks/query-state';
import { useCommand } from '../../hooks/useCommand';

const AUTOSAVE_MS = 800;

export type SaveStatus = 'draft' | 'saved' | 'saving' | 'error';

/**
 * The analytical text of one справка as the screen holds it: the document being edited, autosaved a moment
 * after the last change, and the store's latest answer about it (live figures, gaps, approval, registration).
 */
export function useSpravkaText(query: SpravkaQuery, onSaved: () => void) {
  const key = queryKey('spravka.text', query);
  const stored = useCommand('spravka.text', query);
  const history = useCommand('spravka.history', query);
  const [doc, setDoc] = useState<RichDoc | null>(null);
  // A save's reply, kept only for the справка it answers.
  const [reply, setReply] = useState<{ key: string; text: SpravkaText } | null>(null);
  const [status, setStatus] = useState<SaveStatus>('draft');
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => Promise<void> } | null>(null);

  useEffect(() => {
    if (!stored.data) return;
    setDoc(stored.data.doc);
    setReply(null);
    setStatus(stored.data.isDraft ? 'draft' : 'saved');
  }, [stored.data]);

  /** Takes what a write answered for this справка as the latest word on it. */
  const accept = (text: SpravkaText, forKey = key) => setReply({ key: forKey, text });

  // The query and key of the edit are fixed when it is made: a save due after a switch of language still
  // goes to the справка it was typed in.
  const save = (d: RichDoc) =>
    call('spravka.saveText', { ...query, doc: d })
      .then((text) => {
        accept(text);
        setStatus('saved');
        onSaved();
        history.reload();
      })
      .catch(() => setStatus('error'));

  const edit = (d: RichDoc) => {
    setDoc(d);
    setStatus('saving');
    if (pending.current) clearTimeout(pending.current.timer);
    const run = () => {
      pending.current = null;
      return save(d);
    };
    pending.current = { timer: setTimeout(() => void run(), AUTOSAVE_MS), save: run };
  };

  /** What is on screen is what gets approved or exported: a pending autosave goes first. */
  const flush = async () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    await p.save();
  };

  const current = reply?.key === key ? reply.text : stored.data;
  return {
    doc,
    /** The store's latest answer for this справка; null while it loads. */
    current,
    /** What is on screen while another справка's answer is still awaited. */
    shown: current ?? stored.stale,
    loaded: stored.data !== null && history.data !== null,
    versions: history.data ?? history.stale ?? [],
    status,
    edit,
    flush,
    accept,
    /** Asks the store again what stands between the справка and approval, leaving the text being edited alone. */
    refresh: () =>
      void call('spravka.text', query).then(
        (text) => accept(text),
        () => undefined,
      ),
    reload: () => {
      stored.reload();
      history.reload();
    },
  };
}
