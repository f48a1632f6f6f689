import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src-main/shared/format';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1\u00a0000'],
    [4094, '4\u00a0094'],
    [1048575, '1\u00a0048\u00a0575'],
    [-12345, '-12\u00a0345'],
    [30.5, '30,5'],
  ])('%d → %s', (n, s) => expect(formatCount(n)).toBe(s));
  it('takes another separator', () => expect(formatCount(1234567, ' ')).toBe('1 234 567'));
});
