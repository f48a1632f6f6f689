// What a long import says on stderr while it runs.
import type { TFunction } from 'i18next';
import type { JobContext } from '../core/job';
import { formatCount } from '../shared/format';
import type { Io } from './context';

/** Without `--progress`, an import still says once that it waits for another one writing to the store. */
export function waitNotice(t: TFunction, io: Io): JobContext {
  let said = false;
  return {
    report: ({ phase }) => {
      if (phase !== 'wait' || said) return;
      said = true;
      io.err(t('ui:job.waitRows'));
    },
    checkpoint: () => undefined,
  };
}

/** `--progress`: where a long import stands, on stderr, about once a second. */
export function progressLines(t: TFunction, io: Io): JobContext {
  let last = -Infinity;
  let lastPhase = '';
  return {
    report: ({ phase, file, done, total }) => {
      const now = performance.now();
      if (phase === lastPhase && now - last < 1000) return;
      last = now;
      lastPhase = phase;
      const key = phase === 'read' ? (file ? 'read' : 'readStart') : total === null ? `${phase}Rows` : phase;
      io.err(
        t(`ui:job.${key}`, {
          file: file ?? '',
          done: formatCount(done),
          total: total === null ? '' : formatCount(total),
        }),
      );
    },
    checkpoint: () => undefined,
  };
}
