import * as z from 'zod';
import { type Label, LabelSchema, type Locale } from './labels';

/** Where in the input a problem is: property names and array indices from the root. */
export const IssuePathSchema = z.array(z.union([z.string(), z.number().int().nonnegative()]));
/** Where in the input a problem is. */
export type IssuePath = z.infer<typeof IssuePathSchema>;

/** One problem found in an input: a stable `code`, the `path` to it and a bilingual message. */
export const ErrorIssueSchema = z.strictObject({
  code: z.string().min(1),
  path: IssuePathSchema,
  message: LabelSchema,
});
/** One problem found in an input. */
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/** The plain-JSON form of a {@link GebiedsgerichtError}, as `toJSON()` returns it. */
export const ErrorDataSchema = z.strictObject({
  name: z.literal('GebiedsgerichtError'),
  code: z.string().min(1),
  path: IssuePathSchema,
  message: LabelSchema,
  issues: z.array(ErrorIssueSchema),
});
/** The plain-JSON form of a {@link GebiedsgerichtError}. */
export type ErrorData = z.infer<typeof ErrorDataSchema>;

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
 */
export class GebiedsgerichtError extends Error {
  /** Stable machine-readable code, for example `invalid_input` or `weights_do_not_sum_to_one`. */
  readonly code: string;
  /** Path into the input the error is about (empty for the input as a whole). */
  readonly path: IssuePath;
  /** The message in both languages. */
  readonly label: Label;
  /** Every problem found; at least one. */
  readonly issues: readonly ErrorIssue[];

  constructor(init: { code: string; message: Label; path?: IssuePath; issues?: readonly ErrorIssue[] }) {
    super(init.message.en);
    this.name = 'GebiedsgerichtError';
    this.code = init.code;
    this.path = [...(init.path ?? [])];
    this.label = { nl: init.message.nl, en: init.message.en };
    const issues =
      init.issues && init.issues.length > 0 ? init.issues : [{ code: init.code, path: this.path, message: this.label }];
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

/** True when `value` is a {@link GebiedsgerichtError} (also across package copies). */
export function isGebiedsgerichtError(value: unknown): value is GebiedsgerichtError {
  return (
    value instanceof GebiedsgerichtError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'GebiedsgerichtError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** A message template: turns parameters into a Dutch and English text. */
export type MessageTemplate<P> = (params: P) => Label;

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
export function defineMessages<const M extends Record<string, MessageTemplate<never>>>(messages: M) {
  function fail<C extends Extract<keyof M, string>>(
    code: C,
    params: Parameters<M[C]>[0],
    path: IssuePath = [],
  ): GebiedsgerichtError {
    const template = messages[code] as unknown as MessageTemplate<Parameters<M[C]>[0]>;
    return new GebiedsgerichtError({ code, message: template(params), path });
  }
  function issue<C extends Extract<keyof M, string>>(
    code: C,
    params: Parameters<M[C]>[0],
    path: IssuePath = [],
  ): ErrorIssue {
    const template = messages[code] as unknown as MessageTemplate<Parameters<M[C]>[0]>;
    return { code, path: [...path], message: template(params) };
  }
  return Object.freeze({ messages, fail, issue });
}
