/**
 * Writes the published SQL files (`sql/sqlite/*.sql`, `sql/postgres/*.sql`) from the migrations
 * the store runs, so the two never differ. `npm run sql`; a test fails when they drift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeSchema } from '../src/index';

const root = join(import.meta.dirname, '..', 'sql');
for (const engine of ['sqlite', 'postgres'] as const) {
  mkdirSync(join(root, engine), { recursive: true });
  for (const migration of storeSchema) {
    writeFileSync(join(root, engine, migration.fileName), migration[engine]);
  }
}
