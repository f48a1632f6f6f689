import { useState } from 'react';
import { queryKey } from './query-state';

export interface Asked<P> {
  /** The payload once asked for; null before, and again once the payload changed. */
  payload: P | null;
  ask: () => void;
  forget: () => void;
}

/** A read the analyst asks for with a button, for the payload on screen when asked and for no other. */
export function useAsked<P>(payload: P): Asked<P> {
  const key = queryKey('', payload);
  const [asked, setAsked] = useState({ key, asked: false });
  // A changed payload is not asked for, even if it changes back: what is shown is what was asked.
  if (asked.key !== key) setAsked({ key, asked: false });
  return {
    payload: asked.key === key && asked.asked ? payload : null,
    ask: () => setAsked({ key, asked: true }),
    forget: () => setAsked({ key, asked: false }),
  };
}
