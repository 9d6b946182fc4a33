import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeSchema } from '../src/index';

const root = join(import.meta.dirname, '..', 'sql');

describe('the published SQL files', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'hold exactly the migrations the store runs on %s (npm run sql)',
    (engine) => {
      expect(readdirSync(join(root, engine)).sort()).toEqual(storeSchema.map((m) => m.fileName));
      for (const migration of storeSchema) {
        expect(readFileSync(join(root, engine, migration.fileName), 'utf8')).toBe(migration[engine]);
      }
    },
  );

  it('numbers the migrations 1, 2, 3, ... without gaps', () => {
    expect(storeSchema.map((m) => m.version)).toEqual(storeSchema.map((_, i) => i + 1));
  });
});
