import { defineMessages } from './primitives/errors';

/**
 * The messages of the errors core's functions throw (not of the issues its schemas raise, which are
 * in internal/schemaMessages.ts); `coreMessages` (catalogue.ts) joins both into core's catalogue.
 */
export const runtimeMessages = defineMessages({
  not_a_finite_number: (p: { value: string }) => ({
    nl: `Verwacht een eindig getal, kreeg ${p.value}`,
    en: `Expected a finite number, got ${p.value}`,
  }),
  amount_too_large: (p: { value: string }) => ({
    nl: `Bedrag te groot om exact in centen te rekenen: ${p.value}`,
    en: `Amount too large to hold exactly in cents: ${p.value}`,
  }),
  unknown_document: (p: { name: string }) => ({
    nl: `Onbekend documenttype: ${p.name}`,
    en: `Unknown document type: ${p.name}`,
  }),
  document_version_unsupported: (p: { version: string }) => ({
    nl: `Documentversie ${p.version} wordt door deze versie van de SDK niet ondersteund`,
    en: `Document version ${p.version} is not supported by this release of the SDK`,
  }),
  migrated_by_process: (p: { kind: string }) => ({
    nl: `Een ${p.kind} van een eerdere versie wordt gemigreerd met migrateGebiedsprocesSnapshot van @gebiedsgericht/process, die ook de auditketen begint`,
    en: `An earlier version of ${p.kind} is migrated by migrateGebiedsprocesSnapshot of @gebiedsgericht/process, which also starts the audit chain`,
  }),
  unknown_structure: (p: { tableId: string }) => ({
    nl: `Geen integrale gebiedstafel met id '${p.tableId}'`,
    en: `No integrated area table with id '${p.tableId}'`,
  }),
  no_impartial_actor: (p: { partyId: string; substituteId: string }) => ({
    nl: `Zowel '${p.partyId}' als vervanger '${p.substituteId}' is partij bij het knelpunt; wijs een onafhankelijke actor aan`,
    en: `Both '${p.partyId}' and substitute '${p.substituteId}' are parties to the knelpunt; name an independent actor`,
  }),
  unknown_time_zone: (p: { zone: string }) => ({
    nl: `Onbekende tijdzone: ${p.zone} (verwacht een IANA-naam zoals Europe/Amsterdam)`,
    en: `Unknown time zone: ${p.zone} (expected an IANA name such as Europe/Amsterdam)`,
  }),
  not_plain_json: (p: { what: string; path: string }) => ({
    nl: `Geen gewone JSON: ${p.what} bij ${p.path}`,
    en: `Not plain JSON: ${p.what} at ${p.path}`,
  }),
  nesting_too_deep: (p: { max: number; path: string }) => ({
    nl: `Dieper genest dan ${p.max} niveaus bij ${p.path}`,
    en: `Nested deeper than ${p.max} levels at ${p.path}`,
  }),
  input_too_large: (p: { max: number; path: string }) => ({
    nl: `Meer dan ${p.max} waarden (bij ${p.path}); een gedeeld object telt elke keer mee`,
    en: `More than ${p.max} values (at ${p.path}); a shared object counts each time`,
  }),
  string_too_long: (p: { max: number; length: number; path: string }) => ({
    nl: `Tekst van ${p.length} tekens bij ${p.path} is langer dan ${p.max} tekens`,
    en: `Text of ${p.length} characters at ${p.path} is longer than ${p.max} characters`,
  }),
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldig argument: verwacht ${p.name}`,
    en: `Invalid argument: expected ${p.name}`,
  }),
  unknown_decision: (p: { decisionId: string }) => ({
    nl: `Onbekend besluit "${p.decisionId}"`,
    en: `Unknown decision "${p.decisionId}"`,
  }),
  unknown_step: (p: { stepId: string }) => ({
    nl: `Stap "${p.stepId}" staat niet in het procesontwerp`,
    en: `Step "${p.stepId}" is not in the process design`,
  }),
});

/** Builds a core {@link GebiedsgerichtError} by code. */
export const coreFail = runtimeMessages.fail;
