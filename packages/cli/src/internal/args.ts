// Internal: command-line parsing with Node's own util.parseArgs, its errors turned into the
// command's bilingual usage errors.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { IsoDateTimeSchema, type Locale } from '@gebiedsgericht/core';
import { cliFail } from '../messages';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'max-input-mb': { type: 'string' },
} as const satisfies OptionSpecs;

/** Global options that take a value, so that their value is not taken for a command name. */
const GLOBAL_WITH_VALUE = new Set(['--lang', '--max-input-mb']);

/** Reads `--lang` and `--json` before anything else, so that even a usage error speaks the right language. */
export function scanGlobals(argv: readonly string[]): { lang: Locale; json: boolean } {
  let lang: Locale = 'nl';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === '--json') json = true;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'nl') lang = value;
  }
  return { lang, json };
}

/**
 * Splits off the command words (`validate`, `risk simulate`): the first positional, and a second
 * one when the first names a group of commands. The rest is left for the command's own options.
 */
export function splitCommand(
  argv: readonly string[],
  isGroup: (name: string) => boolean,
): { words: string[]; rest: string[] } {
  const words: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const wantsWord = words.length === 0 || (words.length === 1 && isGroup(words[0] as string));
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (wantsWord && !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    rest.push(arg);
    if (wantsWord && GLOBAL_WITH_VALUE.has(arg) && i + 1 < argv.length) rest.push(argv[++i] as string);
  }
  return { words, rest };
}

function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1]?.split(' ')[0] ?? message;
}

/** Parses a command's arguments strictly; unknown options and missing values are usage errors. */
export function parseCommand(
  args: readonly string[],
  options: OptionSpecs,
  maxPositionals: number,
): { values: Values; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...GLOBAL_OPTIONS, ...options },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw cliFail('unknown_option', { option: quoted(message) });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = quoted(message);
      if (/does not take an argument/.test(message))
        throw cliFail('invalid_option_value', { option, value: '', expected: 'no value' });
      throw cliFail('missing_option_value', { option });
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw cliFail('unexpected_argument', { argument: quoted(message) });
    throw e;
  }
  const positionals = parsed.positionals;
  if (positionals.length > maxPositionals)
    throw cliFail('unexpected_argument', { argument: positionals[maxPositionals] as string });
  return { values: parsed.values as Values, positionals };
}

/** A string option's value, or undefined. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** An integer option within bounds, or the default. */
export function integerOption(values: Values, name: string, min: number, max: number, fallback: number): number {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  const n = /^-?\d+$/.test(raw.replaceAll('_', '')) ? Number(raw.replaceAll('_', '')) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw cliFail('invalid_option_value', { option: `--${name}`, value: raw, expected: `${min}–${max}` });
  return n;
}

/** A positive number option, or the default. */
export function numberOption(values: Values, name: string, fallback: number): number {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!(Number.isFinite(n) && n > 0))
    throw cliFail('invalid_option_value', { option: `--${name}`, value: raw, expected: '> 0' });
  return n;
}

/** An option with one of a fixed set of values, or the default. */
export function choiceOption<const T extends string>(
  values: Values,
  name: string,
  choices: readonly T[],
  fallback: T | undefined,
): T | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw))
    throw cliFail('invalid_option_value', { option: `--${name}`, value: raw, expected: choices.join(' | ') });
  return raw as T;
}

/** `--now`: an ISO 8601 date-time with offset; default the clock, read here at the edge. */
export function nowOption(values: Values, clock: () => string): string {
  const raw = stringOption(values, 'now');
  if (raw === undefined) return clock();
  if (!IsoDateTimeSchema.safeParse(raw).success)
    throw cliFail('invalid_option_value', {
      option: '--now',
      value: raw,
      expected: 'ISO 8601, 2027-03-01T09:00:00+01:00',
    });
  return raw;
}

/** The first positional, or a usage error naming what is missing. */
export function required(positionals: readonly string[], index: number, what: string): string {
  const value = positionals[index];
  if (value === undefined) throw cliFail('missing_argument', { what });
  return value;
}
