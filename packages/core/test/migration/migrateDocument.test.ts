import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_SCHEMA_VERSION,
  type DocumentKind,
  documentNames,
  ENUM_VALUES_RENAMED_IN_V2,
  GebiedsgerichtError,
  gebiedsprocesSnapshotVocabularyV1ToV2,
  migrateDocument,
  renameEnumValuesV1ToV2,
} from '../../src/index';

const stored = join(import.meta.dirname, '..', 'data', '0.1.0');
/** Document kinds that release 0.1.0 named differently; its documents are stored under that name. */
const NAME_IN_010: Readonly<Record<string, string>> = {
  gebiedsprocesSettings: 'areaProcessSettings',
  gebiedsprocesSnapshot: 'areaProcessSnapshot',
};
const nameIn010 = (kind: string): string => NAME_IN_010[kind] ?? kind;

const read = (kind: string, file: string): unknown =>
  JSON.parse(readFileSync(join(stored, nameIn010(kind), file), 'utf8'));

/** Every string value and object key in a JSON value, except the field names in `path` arrays. */
function words(value: unknown, out: string[] = [], inPath = false): string[] {
  if (typeof value === 'string') {
    if (!inPath) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) words(item, out, inPath);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      words(item, out, key === 'path');
    }
  }
  return out;
}
const FIELD_NAMES = new Set([
  'packageDeal',
  'spatialFit',
  'multipleUse',
  'decisionPoints',
  'statusChanged',
  'weightedSum',
]);

/** Document kinds added after release 0.1.0: there are no stored documents of theirs to migrate. */
const NEW_SINCE_010 = new Set(['auditCheckpoint', 'signedAuditCheckpoint']);

describe('documents stored by release 0.1.0', () => {
  it('are kept for every document kind that release had', () => {
    expect(readdirSync(stored).sort()).toEqual(
      documentNames()
        .filter((kind) => !NEW_SINCE_010.has(kind))
        .map(nameIn010)
        .sort(),
    );
  });

  for (const kind of documentNames().filter((name) => !NEW_SINCE_010.has(name))) {
    for (const file of readdirSync(join(stored, nameIn010(kind)))) {
      if (kind === 'gebiedsprocesSnapshot' || kind === 'auditEntry') {
        // Migrated with the whole audit log by the process package (its snapshot tests run them).
        it(`${kind}/${file} is left to the process package's snapshot migration`, () => {
          expect(() => migrateDocument(kind as DocumentKind, read(kind, file))).toThrowError(
            expect.objectContaining({ code: 'migrated_by_process', path: ['document'] }),
          );
        });
        continue;
      }
      it(`${kind}/${file} migrates to version ${DOCUMENT_SCHEMA_VERSION} and validates`, () => {
        const old = read(kind, file);
        const before = JSON.stringify(old);
        const migrated = migrateDocument(kind as DocumentKind, old);
        expect(JSON.stringify(old)).toBe(before);
        const header = migrated as { schemaVersion?: unknown };
        if ('schemaVersion' in (old as object)) expect(header.schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
        const leftOver = words(migrated).filter(
          (w) => Object.hasOwn(ENUM_VALUES_RENAMED_IN_V2, w) && !FIELD_NAMES.has(w),
        );
        expect(leftOver).toEqual([]);
        // Migrating a current document changes nothing.
        expect(migrateDocument(kind as DocumentKind, migrated)).toEqual(migrated);
      });
    }
  }
});

describe('migrateDocument', () => {
  it('accepts the kind names of release 0.1.0 for the kinds renamed since', () => {
    const [file] = readdirSync(join(stored, 'areaProcessSettings'));
    const old = read('gebiedsprocesSettings', file as string);
    expect(migrateDocument('areaProcessSettings' as DocumentKind, old)).toEqual(
      migrateDocument('gebiedsprocesSettings', old),
    );
    expect(() => migrateDocument('areaProcessSnapshot' as DocumentKind, {})).toThrowError(
      expect.objectContaining({ code: 'migrated_by_process' }),
    );
  });

  const controlReport = () => {
    const [file] = readdirSync(join(stored, 'controlReport'));
    return read('controlReport', file as string) as Record<string, unknown>;
  };

  it('renames the camelCase values of version 1 to snake_case', () => {
    const migrated = migrateDocument('controlReport', controlReport());
    const old = JSON.stringify(controlReport());
    expect(old).toMatch(/"(onTrack|atRisk|offTrack)"/);
    expect(JSON.stringify(migrated)).not.toMatch(/"(onTrack|atRisk|offTrack)"/);
    expect(JSON.stringify(migrated)).toMatch(/"(on_track|at_risk|off_track)"/);
  });

  it('rejects a version newer than this release', () => {
    const future = { ...controlReport(), schemaVersion: DOCUMENT_SCHEMA_VERSION + 1 };
    expect(() => migrateDocument('controlReport', future)).toThrowError(
      expect.objectContaining({ code: 'document_version_unsupported', path: ['document', 'schemaVersion'] }),
    );
  });

  it('rejects a version that is not a positive whole number', () => {
    for (const schemaVersion of [0, 1.5, '1', null]) {
      expect(() => migrateDocument('controlReport', { ...controlReport(), schemaVersion })).toThrowError(
        expect.objectContaining({ code: 'document_version_unsupported' }),
      );
    }
  });

  it('rejects an unknown kind', () => {
    expect(() => migrateDocument('nope' as DocumentKind, {})).toThrowError(
      expect.objectContaining({ code: 'unknown_document' }),
    );
  });

  it('answers a document that does not fit its schema with invalid_input under document', () => {
    const broken = { ...controlReport(), id: '' };
    let error: unknown;
    try {
      migrateDocument('controlReport', broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GebiedsgerichtError);
    expect(error).toMatchObject({ code: 'invalid_input', path: ['document'] });
  });
});

describe('renameEnumValuesV1ToV2', () => {
  it('renames values and enum-keyed maps, keeps field names and paths', () => {
    expect(
      renameEnumValuesV1ToV2({
        status: 'onTrack',
        counts: { onTrack: 1, atRisk: 2 },
        spatialClaim: { multipleUse: true },
        principles: ['multipleUse'],
        path: ['spatialClaim', 'multipleUse'],
      }),
    ).toEqual({
      status: 'on_track',
      counts: { on_track: 1, at_risk: 2 },
      spatialClaim: { multipleUse: true },
      principles: ['multiple_use'],
      path: ['spatialClaim', 'multipleUse'],
    });
  });

  it('is idempotent', () => {
    const once = renameEnumValuesV1ToV2({ level: 'provinceIntervention', route: 'ijkmomentAgenda' });
    expect(renameEnumValuesV1ToV2(once)).toEqual(once);
    expect(once).toEqual({ level: 'province_intervention', route: 'ijkmoment_agenda' });
  });

  it('maps every version 1 value to a distinct snake_case value', () => {
    const values = Object.values(ENUM_VALUES_RENAMED_IN_V2);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });
});

describe('gebiedsprocesSnapshotVocabularyV1ToV2', () => {
  it('renames the state names of child actors and bumps both headers', () => {
    const [file] = readdirSync(join(stored, nameIn010('gebiedsprocesSnapshot')));
    const v1 = read('gebiedsprocesSnapshot', file as string) as Record<string, unknown>;
    const v2 = gebiedsprocesSnapshotVocabularyV1ToV2(v1);
    expect(v2.schemaVersion).toBe(2);
    expect((v2.template as { schemaVersion: number }).schemaVersion).toBe(2);
    expect(v1.schemaVersion).toBe(1);
    expect(words(v2).filter((w) => Object.hasOwn(ENUM_VALUES_RENAMED_IN_V2, w) && !FIELD_NAMES.has(w))).toEqual([]);
  });
});
