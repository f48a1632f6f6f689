import type BetterSqlite3 from 'better-sqlite3';
import { REGIONS } from '../reference/regions';

const COLUMNS =
  'code, kato, name_ru AS nameRu, name_kk AS nameKk, name_en AS nameEn, kind, sort_order AS "order"';

/**
 * The region reference lives in code; the table mirrors it so SQL can join and sort by it. It is written only
 * when it differs from the code (a new version changed a name): opening a store otherwise only reads, so a
 * reader never waits behind an import for the write lock.
 */
export function syncReference(db: BetterSqlite3.Database): void {
  const stored = db.prepare(`SELECT ${COLUMNS} FROM regions ORDER BY code`).all() as Record<
    string,
    unknown
  >[];
  const byCode = new Map(stored.map((r) => [r['code'], r]));
  const same =
    stored.length === REGIONS.length &&
    REGIONS.every((r) => {
      const s = byCode.get(r.code);
      return (
        s !== undefined &&
        s['kato'] === r.kato &&
        s['nameRu'] === r.nameRu &&
        s['nameKk'] === r.nameKk &&
        s['nameEn'] === r.nameEn &&
        s['kind'] === r.kind &&
        s['order'] === r.order
      );
    });
  if (same) return;
  const upsert = db.prepare(
    `INSERT INTO regions (code, kato, name_ru, name_kk, name_en, kind, sort_order)
     VALUES (@code, @kato, @nameRu, @nameKk, @nameEn, @kind, @order)
     ON CONFLICT(code) DO UPDATE SET kato = excluded.kato, name_ru = excluded.name_ru,
       name_kk = excluded.name_kk, name_en = excluded.name_en, kind = excluded.kind,
       sort_order = excluded.sort_order`,
  );
  db.transaction(() => {
    for (const r of REGIONS) upsert.run(r);
  })();
}
