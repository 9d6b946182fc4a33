import * as z from 'zod';
import { describeValue } from './describeValue';
import { type Label, LabelSchema, type Locale } from './label';

/** Where in the input a problem is: property names and array indices from the root. */
export const IssuePathSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number().int().nonnegative()]),
);
/** Where in the input a problem is. */
export type IssuePath = z.infer<typeof IssuePathSchema>;

/** One problem found in an input: a stable `code`, the `path` to it and a bilingual message. */
export const ErrorIssueSchema = /* @__PURE__ */ z.strictObject({
  code: /* @__PURE__ */ z.string().min(1),
  path: IssuePathSchema,
  message: LabelSchema,
});
/** One problem found in an input. */
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/** The plain-JSON form of a {@link GebiedsgerichtError}, as `toJSON()` returns it. */
export const ErrorDataSchema = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.literal('GebiedsgerichtError'),
  code: /* @__PURE__ */ z.string().min(1),
  path: IssuePathSchema,
  message: LabelSchema,
  issues: /* @__PURE__ */ z.array(ErrorIssueSchema),
});
/** The plain-JSON form of a {@link GebiedsgerichtError}. */
export interface ErrorData extends z.output<typeof ErrorDataSchema> {}

/**
 * The brand every {@link GebiedsgerichtError} carries. `Symbol.for` gives the same symbol in every
 * copy of this package (ESM and CommonJS builds, several installed versions), so recognising an
 * error does not depend on which copy created it.
 */
const gebiedsgerichtErrorBrand: unique symbol = /* @__PURE__ */ Symbol.for('@gebiedsgericht/core/GebiedsgerichtError');

function hasBrand(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [gebiedsgerichtErrorBrand]?: unknown })[gebiedsgerichtErrorBrand] === true
  );
}

/**
 * The one error type of the SDK. Every public function that is given bad input throws it, before
 * changing anything. `code` is stable (safe to switch on), `path` points into the input, the
 * message exists in Dutch and English, and `issues` lists every problem when there are several.
 *
 * @example
 * try {
 *   validate(StartnotitieSchema, input);
 * } catch (e) {
 *   if (isGebiedsgerichtError(e)) console.log(e.code, e.path, e.messageIn('nl'));
 * }
 * // `instanceof` also holds for an error thrown by the other build (ESM or CommonJS) or copy:
 * // e instanceof GebiedsgerichtError
 */
export class GebiedsgerichtError extends Error {
  /**
   * `error instanceof GebiedsgerichtError` is true for every error carrying the brand, whichever
   * copy of the package (ESM or CommonJS build) created it. Subclasses keep the ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `instanceof` passes the class on its right as `this`
    if (this !== GebiedsgerichtError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return hasBrand(value);
  }

  /** The brand shared by all copies of the package; see {@link GebiedsgerichtError}. */
  get [gebiedsgerichtErrorBrand](): true {
    return true;
  }

  /** Stable machine-readable code, for example `invalid_input` or `weights_do_not_sum_to_one`. */
  readonly code: string;
  /** Path into the input the error is about (empty for the input as a whole). */
  readonly path: IssuePath;
  /** The message in both languages. */
  readonly label: Label;
  /** Every problem found; at least one. */
  readonly issues: readonly ErrorIssue[];

  /**
   * Builds the error. An `init` that does not fit (no code, a message without both languages, a
   * path that is not an array) still gives an error, never a TypeError: code `invalid_argument`
   * at path `['init']`.
   */
  constructor(init: { code: string; message: Label; path?: IssuePath; issues?: readonly ErrorIssue[] }) {
    const checked = validateInit(init);
    super(checked.message.en);
    this.name = 'GebiedsgerichtError';
    this.code = checked.code;
    this.path = checked.path;
    this.label = checked.message;
    const issues =
      checked.issues.length > 0 ? checked.issues : [{ code: this.code, path: this.path, message: this.label }];
    this.issues = Object.freeze(issues.map((issue) => ({ ...issue, path: [...issue.path] })));
  }

  /** The message in the requested language. */
  messageIn(locale: Locale): string {
    return this.label[locale];
  }

  /** Plain JSON, for logs and API responses. */
  toJSON(): ErrorData {
    return {
      name: 'GebiedsgerichtError',
      code: this.code,
      path: [...this.path],
      message: { ...this.label },
      issues: this.issues.map((issue) => ({ ...issue, path: [...issue.path], message: { ...issue.message } })),
    };
  }
}

function isLabel(value: unknown): value is Label {
  if (typeof value !== 'object' || value === null) return false;
  const { nl, en } = value as { nl?: unknown; en?: unknown };
  return typeof nl === 'string' && nl.length > 0 && typeof en === 'string' && en.length > 0;
}

function isPath(value: unknown): value is IssuePath {
  return (
    Array.isArray(value) &&
    value.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0))
  );
}

function isIssue(value: unknown): value is ErrorIssue {
  if (typeof value !== 'object' || value === null) return false;
  const { code, path, message } = value as { code?: unknown; path?: unknown; message?: unknown };
  return typeof code === 'string' && code.length > 0 && isPath(path) && isLabel(message);
}

/**
 * The parts of a constructor argument, each checked by hand (no schema, so that recognising an
 * error stays small in a bundle); see the {@link GebiedsgerichtError} constructor.
 */
function validateInit(init: unknown): { code: string; message: Label; path: IssuePath; issues: ErrorIssue[] } {
  try {
    const i = init as Record<string, unknown>;
    if (
      typeof init === 'object' &&
      init !== null &&
      typeof i.code === 'string' &&
      i.code.length > 0 &&
      isLabel(i.message) &&
      (i.path === undefined || isPath(i.path)) &&
      (i.issues === undefined || (Array.isArray(i.issues) && i.issues.every(isIssue)))
    ) {
      const message = i.message as Label;
      return {
        code: i.code,
        message: { nl: message.nl, en: message.en },
        path: i.path === undefined ? [] : [...(i.path as IssuePath)],
        issues:
          i.issues === undefined
            ? []
            : (i.issues as ErrorIssue[]).map((issue) => ({
                code: issue.code,
                path: [...issue.path],
                message: { nl: issue.message.nl, en: issue.message.en },
              })),
      };
    }
  } catch {
    // A Proxy or getter that throws: described below like any other invalid argument.
  }
  return {
    code: 'invalid_argument',
    message: {
      nl: `Ongeldige waarde voor init (verwacht { code, message: { nl, en }, path?, issues? }, kreeg ${describeValue(init)})`,
      en: `Invalid value for init (expected { code, message: { nl, en }, path?, issues? }, got ${describeValue(init)})`,
    },
    path: ['init'],
    issues: [],
  };
}

/** True when `value` is a {@link GebiedsgerichtError} (also across package copies). */
export function isGebiedsgerichtError(value: unknown): value is GebiedsgerichtError {
  return (
    hasBrand(value) ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'GebiedsgerichtError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/**
 * The parameters of a message as a template may print them: strings (cut off when very long),
 * numbers and booleans as they are, and a short description for anything else a caller may have
 * passed where a text was expected (a Symbol, a BigInt, an object without prototype, a Proxy), so
 * that building an error message never throws.
 */
function safeParams(params: unknown): unknown {
  if (typeof params !== 'object' || params === null) return params;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(params)) {
    const value = (params as Record<string, unknown>)[key];
    out[key] = typeof value === 'number' || typeof value === 'boolean' ? value : describeValue(value, PARAM_LENGTH);
  }
  return out;
}
const PARAM_LENGTH = 500;

/** A copy of `path` with only strings and non-negative integers (anything else described). */
function safePath(path: unknown): IssuePath {
  if (!Array.isArray(path)) return [];
  return path.map((p) => (typeof p === 'number' && Number.isInteger(p) && p >= 0 ? p : describeValue(p)));
}

/** A message template: turns parameters into a Dutch and English text. */
export type MessageTemplate<P> = (params: P) => Label;

/**
 * What {@link defineMessages} returns: the templates by code, and `fail` and `issue`, typed by the
 * codes and the parameters of their templates. Named so that declarations write a package's
 * messages once.
 *
 * @example
 * const catalogue: MessageCatalogue<{ too_many: (p: { max: number }) => Label }> = defineMessages({
 *   too_many: (p: { max: number }) => ({ nl: `Meer dan ${p.max}`, en: `More than ${p.max}` }),
 * });
 */
export interface MessageCatalogue<M extends Record<string, MessageTemplate<never>>> {
  /** The message templates, by code. */
  readonly messages: M;
  /** A {@link GebiedsgerichtError} with the message of `code`, to throw. */
  fail<C extends Extract<keyof M, string>>(code: C, params: Parameters<M[C]>[0], path?: IssuePath): GebiedsgerichtError;
  /** An {@link ErrorIssue} with the message of `code`, for the `issues` of a result or an error. */
  issue<C extends Extract<keyof M, string>>(code: C, params: Parameters<M[C]>[0], path?: IssuePath): ErrorIssue;
}

/**
 * Declares a package's error messages in one place (each package keeps one `messages.ts`) and
 * returns a typed `fail` function that builds a {@link GebiedsgerichtError} from a code.
 *
 * @example
 * const fail = defineMessages({
 *   weights_do_not_sum_to_one: (p: { sum: number }) => ({
 *     nl: `De gewichten tellen op tot ${p.sum}, niet tot 1`,
 *     en: `The weights sum to ${p.sum}, not to 1`,
 *   }),
 * });
 * throw fail('weights_do_not_sum_to_one', { sum: 0.9 }, ['criteria']);
 */
export function defineMessages<const M extends Record<string, MessageTemplate<never>>>(
  messages: M,
): MessageCatalogue<M> {
  function fail<C extends Extract<keyof M, string>>(
    code: C,
    params: Parameters<M[C]>[0],
    path: IssuePath = [],
  ): GebiedsgerichtError {
    return new GebiedsgerichtError({ code, message: render(code, params), path: safePath(path) });
  }
  function issue<C extends Extract<keyof M, string>>(
    code: C,
    params: Parameters<M[C]>[0],
    path: IssuePath = [],
  ): ErrorIssue {
    return { code, path: safePath(path), message: render(code, params) };
  }
  function render(code: string, params: unknown): Label {
    const template = messages[code] as unknown as MessageTemplate<unknown>;
    try {
      const label = template(safeParams(params));
      if (typeof label.nl === 'string' && typeof label.en === 'string') return { nl: label.nl, en: label.en };
    } catch {
      // A template that cannot render its parameters still gives a typed error, with the code.
    }
    return { nl: `Fout: ${code}`, en: `Error: ${code}` };
  }
  return Object.freeze({ messages, fail, issue });
}
