import { defineMessages } from '@gebiedsgericht/core';

/**
 * Error messages of `@gebiedsgericht/store`, in Dutch and English, by stable code.
 *
 * @example
 * storeMessages.fail('unknown_process', { processId: 'gebiedsproces-lindewaard' }, ['processId']);
 */
export const storeMessages = defineMessages({
  unknown_process: (p: { processId: string }) => ({
    nl: `Onbekend gebiedsproces ${p.processId}`,
    en: `Unknown area process ${p.processId}`,
  }),
  process_exists: (p: { processId: string }) => ({
    nl: `Het gebiedsproces ${p.processId} staat al in de opslag`,
    en: `The area process ${p.processId} is already stored`,
  }),
  concurrency_conflict: (p: { expected: number; current: number }) => ({
    nl: `Verwachte versie ${p.expected}, maar de opslag staat op versie ${p.current}`,
    en: `Expected version ${p.expected}, but the store is at version ${p.current}`,
  }),
  unknown_document: (p: { kind: string; id: string }) => ({
    nl: `Onbekend document ${p.kind} ${p.id}`,
    en: `Unknown document ${p.kind} ${p.id}`,
  }),
  unknown_document_kind: (p: { kind: string }) => ({
    nl: `Onbekende documentsoort ${p.kind}`,
    en: `Unknown document kind ${p.kind}`,
  }),
  document_migration_missing: (p: { kind: string; from: number }) => ({
    nl: `Geen migratie voor ${p.kind} vanaf schemaversie ${p.from}`,
    en: `No migration for ${p.kind} from schema version ${p.from}`,
  }),
  verification_failed: (p: { detailNl: string; detailEn: string }) => ({
    nl: `Controle mislukt: ${p.detailNl}`,
    en: `Verification failed: ${p.detailEn}`,
  }),
  audit_chain_broken: (p: { processId: string; version: number; detail: string }) => ({
    nl: `Auditregel ${p.version} van proces '${p.processId}' sluit niet aan op de opgeslagen auditketen: ${p.detail}`,
    en: `Audit entry ${p.version} of process '${p.processId}' does not extend the stored audit chain: ${p.detail}`,
  }),
  stream_corrupt: (p: { processId: string; version: number }) => ({
    nl: `De gebeurtenissen van ${p.processId} laten zich niet herhalen vanaf versie ${p.version}`,
    en: `The events of ${p.processId} cannot be replayed from version ${p.version}`,
  }),
  import_invalid: (p: { line: number; detail: string }) => ({
    nl: `Regel ${p.line} van de export is ongeldig: ${p.detail}`,
    en: `Line ${p.line} of the export is invalid: ${p.detail}`,
  }),
  store_read_only: () => ({
    nl: 'De database is alleen-lezen; er is niets geschreven',
    en: 'The database is read-only; nothing was written',
  }),
  store_full: () => ({
    nl: 'De database of schijf is vol; er is niets geschreven',
    en: 'The database or disk is full; nothing was written',
  }),
  store_busy: () => ({
    nl: 'De database is bezet door een andere schrijver; probeer het opnieuw',
    en: 'The database is locked by another writer; try again',
  }),
  store_unavailable: (p: { detail: string }) => ({
    nl: `De database is niet bereikbaar: ${p.detail}`,
    en: `The database is unavailable: ${p.detail}`,
  }),
  engine_unavailable: (p: { engine: string; detail: string }) => ({
    nl: `De database-driver ${p.engine} is niet beschikbaar: ${p.detail}`,
    en: `The database driver ${p.engine} is not available: ${p.detail}`,
  }),
  store_closed: () => ({
    nl: 'De opslag is al gesloten',
    en: 'The store is already closed',
  }),
});

/** Shorthand for `storeMessages.fail`. */
export const storeFail = storeMessages.fail;
