import type BetterSqlite3 from 'better-sqlite3';
import { REGIONS } from '../reference/regions';

/** The region reference lives in code; the table mirrors it so SQL can join and sort by it. */
export function syncReference(db: BetterSqlite3.Database): void {
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
