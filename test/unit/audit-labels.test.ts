import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src-main/shared/commands';
import { isAudited } from '../../src-main/shared/contract';

const actions = (lang: string) =>
  (
    JSON.parse(readFileSync(`locales/${lang}/cli.json`, 'utf8')) as {
      audit: { action: Record<string, string> };
    }
  ).audit.action;

describe('the audit log', () => {
  it.each(['ru', 'kk'])('names every audited command in %s', (lang) => {
    const audited = Object.keys(COMMANDS).filter((name) => isAudited(name as keyof typeof COMMANDS));
    expect(audited.length).toBeGreaterThan(10);
    const labels = actions(lang);
    expect(audited.filter((name) => !labels[name.replace('.', '_')])).toEqual([]);
  });
});
