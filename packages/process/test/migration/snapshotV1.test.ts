import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_SCHEMA_VERSION, ENUM_VALUES_RENAMED_IN_V2, GebiedsprocesSnapshotSchema } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { dueItems, migrateGebiedsprocesSnapshot, restoreGebiedsproces } from '../../src/index';

// A snapshot release 0.1.0 wrote for the Lindewaard example run (core's stored test documents).
const dir = join(import.meta.dirname, '..', '..', '..', 'core', 'test', 'data', '0.1.0', 'areaProcessSnapshot');
const stored = readdirSync(dir).map(
  (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>,
);

describe('snapshots stored by release 0.1.0', () => {
  it('migrate to the current version and restore into a running process', () => {
    expect(stored.length).toBeGreaterThan(0);
    for (const v1 of stored) {
      const before = JSON.stringify(v1);
      const migrated = migrateGebiedsprocesSnapshot(v1);
      expect(JSON.stringify(v1)).toBe(before);
      expect(migrated.schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
      expect(GebiedsprocesSnapshotSchema.safeParse(migrated).success).toBe(true);
      const restored = restoreGebiedsproces(v1);
      expect(restored.snapshot()).toEqual(migrated);
      const json = JSON.stringify(restored.snapshot());
      const oldValues = Object.keys(ENUM_VALUES_RENAMED_IN_V2).filter((v) => json.includes(`"${v}"`));
      // Only field names that happen to equal an old value may remain (for example `packageDeal`).
      expect(oldValues.every((v) => json.includes(`"${v}":`))).toBe(true);
      // The restored process answers queries with the new spelling.
      const due = dueItems(restored.snapshot(), '2029-07-01T09:00:00+02:00');
      for (const item of due) expect(item.kind).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
    }
  });
});
