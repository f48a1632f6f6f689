import type { Migration } from '../migrate';
import { normaliseChannel } from '../../import/normalise/channel';

// The appeals and service-quality fields an export may carry. The channel, stored until now as
// written, becomes one of the sources the appeals practice names, so that quarters compare by channel.
export const appealFields: Migration = {
  version: 9,
  name: 'service fields',
  up: (db) => {
    db.exec(`
      ALTER TABLE requests ADD COLUMN category TEXT CHECK (category IN ('strategic', 'typical', 'complaint'));
      ALTER TABLE requests ADD COLUMN request_type TEXT CHECK (request_type IN ('application', 'complaint',
        'proposal', 'request', 'response', 'message', 'consultation', 'other'));
      ALTER TABLE requests ADD COLUMN repeat_flag INTEGER CHECK (repeat_flag IN (0, 1));
      ALTER TABLE requests ADD COLUMN answered_at TEXT CHECK (answered_at GLOB
        '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]');
      ALTER TABLE requests ADD COLUMN deadline TEXT CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
      ALTER TABLE requests ADD COLUMN result TEXT CHECK (result IN ('satisfied', 'explained', 'refused',
        'forwarded', 'other'));
      ALTER TABLE requests ADD COLUMN wait_seconds INTEGER CHECK (wait_seconds >= 0);
      ALTER TABLE requests ADD COLUMN call_seconds INTEGER CHECK (call_seconds >= 0);
      ALTER TABLE requests ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
      ALTER TABLE requests ADD COLUMN phone_hash TEXT;
    `);
    const channels = db
      .prepare('SELECT DISTINCT channel FROM requests WHERE channel IS NOT NULL')
      .pluck()
      .all();
    const update = db.prepare('UPDATE requests SET channel = ? WHERE channel = ?');
    for (const raw of channels as string[]) update.run(normaliseChannel(raw).value, raw);
  },
};
