import { defineMessages } from '@gebiedsgericht/core';

/**
 * Messages of the `gebiedsgericht` command, in Dutch and English, by stable code. The codes listed
 * in `USAGE_CODES` are usage errors (exit code 2); every other code means the input was read but
 * is not valid (exit code 1).
 *
 * @example
 * cliMessages.messages.input_too_large({ file: 'groot.json', limitMb: 32 }).nl;
 * @see docs/cli.md
 */
export const cliMessages = defineMessages({
  unknown_command: (p: { command: string }) => ({
    nl: `Onbekend commando: ${p.command}. Zie gebiedsgericht --help`,
    en: `Unknown command: ${p.command}. See gebiedsgericht --help`,
  }),
  unknown_option: (p: { option: string }) => ({
    nl: `Onbekende optie: ${p.option}`,
    en: `Unknown option: ${p.option}`,
  }),
  missing_option_value: (p: { option: string }) => ({
    nl: `De optie ${p.option} heeft een waarde nodig`,
    en: `The option ${p.option} needs a value`,
  }),
  unexpected_argument: (p: { argument: string }) => ({
    nl: `Onverwacht argument: ${p.argument}`,
    en: `Unexpected argument: ${p.argument}`,
  }),
  missing_argument: (p: { what: string }) => ({
    nl: `Ontbrekend argument: ${p.what}`,
    en: `Missing argument: ${p.what}`,
  }),
  invalid_option_value: (p: { option: string; value: string; expected: string }) => ({
    nl: `Ongeldige waarde ${JSON.stringify(p.value)} voor ${p.option}: verwacht ${p.expected}`,
    en: `Invalid value ${JSON.stringify(p.value)} for ${p.option}: expected ${p.expected}`,
  }),
  stdin_twice: () => ({
    nl: 'Standaardinvoer (-) kan maar één keer worden gelezen',
    en: 'Standard input (-) can be read only once',
  }),
  file_not_readable: (p: { file: string; reason: string }) => ({
    nl: `Kan ${p.file} niet lezen (${p.reason})`,
    en: `Cannot read ${p.file} (${p.reason})`,
  }),
  output_not_writable: (p: { file: string; reason: string }) => ({
    nl: `Kan niet schrijven naar ${p.file} (${p.reason})`,
    en: `Cannot write to ${p.file} (${p.reason})`,
  }),
  input_too_large: (p: { file: string; limitMb: number }) => ({
    nl: `${p.file} is groter dan ${p.limitMb.toLocaleString('nl-NL')} MB en wordt niet gelezen; splits het document of verhoog --max-input-mb`,
    en: `${p.file} is larger than ${p.limitMb.toLocaleString('en-GB')} MB and is not read; split the document or raise --max-input-mb`,
  }),
  invalid_json: (p: { file: string; detail: string }) => ({
    nl: `${p.file} is geen geldige JSON: ${p.detail}`,
    en: `${p.file} is not valid JSON: ${p.detail}`,
  }),
  not_a_document: () => ({
    nl: 'Dit is geen document: verwacht een JSON-object met kind, schemaVersion en id',
    en: 'This is not a document: expected a JSON object with kind, schemaVersion and id',
  }),
  unknown_document_kind: (p: { kind: string }) => ({
    nl: `Onbekende documentsoort ${JSON.stringify(p.kind)}`,
    en: `Unknown document kind ${JSON.stringify(p.kind)}`,
  }),
  wrong_document_kind: (p: { expected: string; found: string }) => ({
    nl: `Verwacht een document van soort ${p.expected}, gevonden: ${p.found}`,
    en: `Expected a document of kind ${p.expected}, found: ${p.found}`,
  }),
  older_schema_version: (p: { version: string }) => ({
    nl: `Dit document heeft schemaVersion ${p.version}; gebruik --migrate om het bij te werken`,
    en: `This document has schemaVersion ${p.version}; use --migrate to upgrade it`,
  }),
  no_migration: (p: { kind: string; version: string }) => ({
    nl: `Er is geen migratie van ${p.kind} met schemaVersion ${p.version} naar de huidige versie`,
    en: `There is no migration of ${p.kind} from schemaVersion ${p.version} to the current version`,
  }),
  replay_differs: (p: { part: string }) => ({
    nl: `Opnieuw afspelen van het auditlog geeft een andere toestand (${p.part})`,
    en: `Replaying the audit log gives a different state (${p.part})`,
  }),
  store_import_rejected: (p: { file: string; code: string }) => ({
    nl: `${p.file}: de opslag weigerde een gebeurtenis uit het auditlog (${p.code})`,
    en: `${p.file}: the store refused an event from the audit log (${p.code})`,
  }),
  internal_error: (p: { detail: string }) => ({
    nl: `Interne fout: ${p.detail}`,
    en: `Internal error: ${p.detail}`,
  }),
});

/** Shorthand for `cliMessages.fail`. */
export const cliFail = cliMessages.fail;

/** The codes that mean the command line itself is wrong: exit code 2. */
export const USAGE_CODES: ReadonlySet<string> = new Set([
  'unknown_command',
  'unknown_option',
  'missing_option_value',
  'unexpected_argument',
  'missing_argument',
  'invalid_option_value',
  'stdin_twice',
  'file_not_readable',
  'output_not_writable',
]);
