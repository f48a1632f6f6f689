// The vocabulary columns of an export (sex, region, topic, channel, status …) repeat a few hundred spellings over
// a million rows: their readings are kept per spelling rather than worked out again for every row.

/** Spellings kept per reader: a column of unique values (a free-text one mapped by mistake) stops being cached. */
const MAX_SPELLINGS = 50_000;

/** `read`, remembered per spelling. Its answers are shared between rows: they must not be changed by the caller. */
export function memoised<R>(read: (raw: string) => R): (raw: string) => R {
  const known = new Map<string, R>();
  return (raw) => {
    const hit = known.get(raw);
    if (hit !== undefined || known.has(raw)) return hit as R;
    const r = read(raw);
    if (known.size < MAX_SPELLINGS) known.set(raw, r);
    return r;
  };
}
