import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDir } from '../../src-main/core/fs';
import { tempDir } from '../fixtures/build';

describe('ensureDir', () => {
  it('creates every missing level and leaves existing folders alone', () => {
    const root = tempDir();
    ensureDir(join(root, 'a', 'b', 'c'));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(() => ensureDir(join(root, 'a'))).not.toThrow();
  });
  it('fails at once, with ENOTDIR, when a file stands in the way', () => {
    const root = tempDir();
    writeFileSync(join(root, 'file'), 'x');
    expect(() => ensureDir(join(root, 'file', 'sub', 'deeper'))).toThrow(/ENOTDIR/);
    expect(existsSync(join(root, 'file', 'sub'))).toBe(false);
  });
});
