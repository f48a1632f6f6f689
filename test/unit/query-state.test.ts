// The renderer's keyed reads: an answer is shown only under the key it answers.
import { describe, expect, it } from 'vitest';
import { queryKey, settle, viewOf, type Settled } from '../../src-renderer/src/hooks/query-state';

const A = queryKey('analysis.quarter', { quarter: '2026-Q2' });
const B = queryKey('analysis.quarter', { quarter: '2026-Q3' });
const failed = { code: 'internal', params: { message: 'x' } } as const;

describe('queryKey', () => {
  it('names a payload by its values, whatever the order of its properties', () => {
    expect(queryKey('c', { quarter: '2026-Q3', center: 'X', compare: 'year' })).toBe(
      queryKey('c', { compare: 'year', center: 'X', quarter: '2026-Q3' }),
    );
    expect(queryKey('c', { quarter: '2026-Q3', center: undefined })).toBe(
      queryKey('c', { quarter: '2026-Q3' }),
    );
    expect(queryKey('c', { quarter: '2026-Q3' })).not.toBe(queryKey('d', { quarter: '2026-Q3' }));
    expect(queryKey('c', { paths: ['b', 'a'] })).not.toBe(queryKey('c', { paths: ['a', 'b'] }));
  });
});

describe('viewOf', () => {
  it('shows nothing while nothing is asked', () => {
    expect(viewOf(null, null, 0)).toEqual({ data: null, stale: null, error: null, loading: false });
  });

  it('never gives one key’s answer as the data of another: it is only marked stale', () => {
    const answeredA = settle(null, A, 0, { data: 'figures of A' });
    expect(viewOf(answeredA, A, 0)).toEqual({
      data: 'figures of A',
      stale: null,
      error: null,
      loading: false,
    });
    // B was chosen; until B is answered A's figures are at most stale.
    expect(viewOf(answeredA, B, 0)).toEqual({
      data: null,
      stale: 'figures of A',
      error: null,
      loading: true,
    });
    const answeredB = settle(answeredA, B, 0, { data: 'figures of B' });
    expect(viewOf(answeredB, B, 0).data).toBe('figures of B');
    expect(viewOf(answeredB, A, 0).data).toBeNull();
  });

  it('keeps a key’s data through its reload, and through a failed one', () => {
    const answered = settle(null, A, 0, { data: 1 });
    expect(viewOf(answered, A, 1)).toEqual({ data: 1, stale: null, error: null, loading: true });
    const failedReload = settle(answered, A, 1, { error: failed });
    expect(viewOf(failedReload, A, 1)).toEqual({ data: 1, stale: null, error: failed, loading: false });
  });

  it('gives an error only under the key that failed', () => {
    const failedA: Settled<number> = settle(null, A, 0, { error: failed });
    expect(viewOf(failedA, A, 0).error).toEqual(failed);
    expect(viewOf(failedA, B, 0).error).toBeNull();
    const failedB = settle(settle(null, A, 0, { data: 7 }), B, 0, { error: failed });
    expect(viewOf(failedB, B, 0)).toEqual({ data: null, stale: 7, error: failed, loading: false });
  });
});
