import type * as z from 'zod';
import { en, nl } from 'zod/locales';
import { coreFail, runtimeMessages } from '../messages';
import { describeValue } from './describeValue';
import { type ErrorIssue, GebiedsgerichtError, type IssuePath } from './errors';
import { isValidLabel, type Label } from './label';
import { LIMIT_MAX } from './limitValues';

type LocaleErrorMap = (issue: never) => string | { message: string } | undefined | null;
let cachedMaps: { nl: LocaleErrorMap; en: LocaleErrorMap } | undefined;
function localeMaps() {
  cachedMaps ??= {
    nl: nl().localeError as unknown as LocaleErrorMap,
    en: en().localeError as unknown as LocaleErrorMap,
  };
  return cachedMaps;
}

function render(map: LocaleErrorMap, raw: unknown, fallback: string): string {
  const out = map(raw as never);
  if (typeof out === 'string') return out;
  if (out && typeof out.message === 'string') return out.message;
  return fallback;
}

interface CustomParams {
  code?: unknown;
  nl?: unknown;
  en?: unknown;
}

/**
 * Turns a zod error into SDK issues: stable codes, paths, and messages in Dutch and English.
 * Custom checks of the SDK set `params: { code, nl, en }`; zod's own checks get zod's messages in
 * both locales.
 */
export function issuesFromZod(error: z.ZodError, basePath: IssuePath = []): ErrorIssue[] {
  const rawIssues = (error as { issues?: unknown } | null)?.issues;
  if (
    !Array.isArray(rawIssues) ||
    !rawIssues.every(
      (i: unknown) => typeof i === 'object' && i !== null && Array.isArray((i as { path?: unknown }).path),
    )
  )
    throw coreFail('invalid_argument', { name: 'error (a ZodError)' }, ['error']);
  if (!Array.isArray(basePath)) throw coreFail('invalid_argument', { name: 'basePath (an array)' }, ['basePath']);
  const maps = localeMaps();
  return error.issues.map((raw) => {
    const path = [...basePath, ...raw.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const params = (raw as { params?: CustomParams }).params;
    let code: string = raw.code;
    let message: Label;
    if (raw.code === 'custom' && params && typeof params.code === 'string') {
      code = params.code;
    }
    const input = (raw as { input?: unknown }).input;
    if (raw.code === 'invalid_type' && raw.expected === 'number' && typeof input === 'number') {
      // NaN and ±Infinity: the same code as every other place that rejects a non-finite number.
      return {
        code: 'not_a_finite_number',
        path,
        message: runtimeMessages.messages.not_a_finite_number({ value: String(input) }),
      };
    }
    if (params && typeof params.nl === 'string' && typeof params.en === 'string') {
      message = { nl: params.nl, en: params.en };
    } else if (raw.code === 'invalid_type' && input === undefined && path.length > 0) {
      // A missing field: name it in words, not only in the path.
      const field = String(path[path.length - 1]);
      message = {
        nl: `Het veld '${field}' ontbreekt (verwacht: ${raw.expected})`,
        en: `The field '${field}' is missing (expected: ${raw.expected})`,
      };
    } else {
      const en = render(maps.en, raw, raw.message);
      const nl = render(maps.nl, raw, en);
      message = { nl, en };
    }
    return { code, path, message };
  });
}

/**
 * Validates `input` against a schema and returns the parsed value; on failure throws a
 * {@link GebiedsgerichtError} with code `invalid_input` that lists every issue with its path and a
 * Dutch and English message. The input itself is never changed.
 *
 * @example
 * const startnotitie = validate(StartnotitieSchema, JSON.parse(text));
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: { path?: IssuePath } = {},
): z.output<S> {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
    throw coreFail('invalid_argument', { name: 'schema (a zod schema)' }, ['schema']);
  }
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    // A recursive schema given input nested past the stack, or a getter or Proxy trap that throws.
    const path = [...(options.path ?? [])];
    if (error instanceof RangeError) {
      throw coreFail('nesting_too_deep', { max: LIMIT_MAX.nestingDepth, path: formatPath(path) }, path);
    }
    throw coreFail('not_plain_json', { what: 'an unreadable value', path: formatPath(path) }, path);
  }
  if (result.success) return result.data;
  const issues = issuesFromZod(result.error, options.path ?? []);
  const first = issues[0];
  const count = issues.length;
  throw new GebiedsgerichtError({
    code: 'invalid_input',
    path: options.path ?? [],
    message: {
      nl: `Ongeldige invoer (${count} ${count === 1 ? 'probleem' : 'problemen'})${first ? `: ${formatPath(first.path)} ${first.message.nl}` : ''}`,
      en: `Invalid input (${count} ${count === 1 ? 'problem' : 'problems'})${first ? `: ${formatPath(first.path)} ${first.message.en}` : ''}`,
    },
    issues,
  });
}

/** Renders a path as `a.b[2].c` for messages. */
export function formatPath(path: IssuePath): string {
  if (!Array.isArray(path)) throw coreFail('invalid_argument', { name: 'path (an array)' }, ['path']);
  if (path.length === 0) return '(root)';
  return path
    .map((segment: unknown, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? describeValue(segment) : `.${describeValue(segment)}`,
    )
    .join('');
}

/**
 * The part of a zod refinement context that {@link addIssue} needs. A minimal structural type
 * (method syntax, so checked bivariantly): every zod `superRefine` context fits it, whatever the
 * refined value's type, from sources and from built declarations alike.
 */
export interface RefinementContext {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[]; params: Record<string, unknown> }): void;
}

/**
 * Adds a custom, bilingual issue inside a zod `superRefine`, with a stable code.
 *
 * @example
 * z.object({...}).superRefine((value, ctx) => {
 *   if (!value.levels.some((l) => l.final))
 *     addIssue(ctx, 'escalation_without_final_level', { nl: '…', en: '…' }, ['levels']);
 * });
 */
export function addIssue(
  ctx: RefinementContext,
  code: string,
  message: Label,
  path: readonly (string | number)[] = [],
): void {
  if (typeof (ctx as { addIssue?: unknown } | null)?.addIssue !== 'function')
    throw coreFail('invalid_argument', { name: 'ctx (a zod refinement context)' }, ['ctx']);
  validateCodeAndMessage(code, message);
  if (!Array.isArray(path)) throw coreFail('invalid_argument', { name: 'path (an array)' }, ['path']);
  ctx.addIssue({
    code: 'custom',
    message: message.en,
    path: [...path],
    params: { code, nl: message.nl, en: message.en },
  });
}

/**
 * The second argument of a zod `.refine()` that gives the issue a stable code and a Dutch and
 * English message.
 *
 * @example
 * z.number().refine((n) => n > 0, refinement('not_positive', { nl: 'Moet positief zijn', en: 'Must be positive' }));
 */
export function refinement(
  code: string,
  message: Label,
): { message: string; params: { code: string; nl: string; en: string } } {
  validateCodeAndMessage(code, message);
  return { message: message.en, params: { code, nl: message.nl, en: message.en } };
}

function validateCodeAndMessage(code: unknown, message: unknown): void {
  if (typeof code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(code))
    throw coreFail('invalid_argument', { name: 'code (snake_case text)' }, ['code']);
  if (!isValidLabel(message)) throw coreFail('invalid_argument', { name: 'message ({ nl, en })' }, ['message']);
}
