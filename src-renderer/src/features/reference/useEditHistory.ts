// The catalogue's undo and redo as the screen uses them: Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y to redo) wherever the
// focus is not in a text field being typed in, which keeps its own undo of what is typed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../src-main/shared/errors';
import { appError } from '../../api';
import { NO_HISTORY, recorded, step, type Done, type EditHistory } from './edit-history';

/**
 * Whether the key goes to a field that edits text (or to an open dialog), not to the screen. A catalogue field
 * (NameField) takes back its own typing and leaves the key to the catalogue once there is none.
 */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[role="dialog"]')) return true;
  if (target.hasAttribute('data-catalogue-undo')) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface EditHistoryControls {
  history: EditHistory;
  record: (done: Done) => void;
  undo: () => void;
  redo: () => void;
}

/** `after`: told once a step ran, whether it went through or not (the catalogue is read again). */
export function useEditHistory(after: (error: AppError | null) => void): EditHistoryControls {
  const [history, setHistory] = useState<EditHistory>(NO_HISTORY);
  const current = useRef(history);
  current.current = history;
  const busy = useRef(false);
  const done = useRef(after);
  done.current = after;

  const run = useCallback(async (from: 'undo' | 'redo') => {
    // One step at a time: a second Ctrl+Z waits for nothing and is dropped while the first runs.
    if (busy.current) return;
    busy.current = true;
    let error: AppError | null = null;
    try {
      const next = await step(current.current, from);
      current.current = next;
      setHistory(next);
    } catch (e) {
      error = appError(e);
    } finally {
      busy.current = false;
      done.current(error);
    }
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      // By the key's place, not its letter: on a Russian layout Z is «Я».
      const redo = e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey);
      if (e.code !== 'KeyZ' && !redo) return;
      e.preventDefault();
      void run(redo ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  const record = useCallback((d: Done) => {
    current.current = recorded(current.current, d);
    setHistory(current.current);
  }, []);
  return { history, record, undo: () => void run('undo'), redo: () => void run('redo') };
}
