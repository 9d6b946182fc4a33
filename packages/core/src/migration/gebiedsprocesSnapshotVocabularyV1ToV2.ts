import { coreFail } from '../messages';
import { renameEnumValuesV1ToV2 } from './enumValuesV2';
import { bumpHeaders } from './headers';

/**
 * The vocabulary step of migrating a persisted area process snapshot from format version 1 to 2:
 * every enum value in the template, the settings and the machine's own persisted state (context,
 * audit log, state names of the knelpunt and regime child actors) is renamed to its version 2
 * spelling, and `schemaVersion` becomes 2 (also on the documents it embeds, such as the step
 * template). Plain JSON in,
 * plain JSON out; the input is not changed.
 *
 * @example
 * const v2 = gebiedsprocesSnapshotVocabularyV1ToV2(JSON.parse(row.snapshot));
 * @see handreiking §2.2
 */
export function gebiedsprocesSnapshotVocabularyV1ToV2(snapshot: Record<string, unknown>): Record<string, unknown> {
  const renamed = renameEnumValuesV1ToV2(snapshot);
  if (typeof renamed !== 'object' || renamed === null || Array.isArray(renamed))
    throw coreFail('invalid_argument', { name: 'snapshot (an object)' }, ['snapshot']);
  bumpHeaders(renamed, 1, 2);
  return { ...(renamed as Record<string, unknown>), schemaVersion: 2 };
}
