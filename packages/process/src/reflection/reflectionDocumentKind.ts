import { labelledEnum } from '@gebiedsgericht/core';

/**
 * The parts of a reflection input a rule can concern: the startnotitie (step 0), the
 * gebiedsproces document (one area), the provincial ruimtelijk arrangement (all areas of a
 * province), and a running process (a persisted process snapshot). Each rule says which of these
 * it needs (`appliesTo`); a finding's `path` starts with one of them.
 *
 * @example
 * ReflectionDocumentKind.label('startnotitie', 'en'); // 'Startnotitie (step 0)'
 * @see handreiking bijlage 1, onderdeel 2, stap 0 (startnotitie); §2.3 (provinciaal plan)
 */
export const ReflectionDocumentKind = labelledEnum({
  startnotitie: { nl: 'Startnotitie (stap 0)', en: 'Startnotitie (step 0)' },
  gebiedsproces: { nl: 'Gebiedsproces', en: 'Area process' },
  arrangement: { nl: 'Provinciaal ruimtelijk arrangement', en: 'Provincial spatial arrangement' },
  process: { nl: 'Lopend proces', en: 'Running process' },
});
/** One of the {@link ReflectionDocumentKind} values. */
export type ReflectionDocumentKind = (typeof ReflectionDocumentKind.values)[number];
