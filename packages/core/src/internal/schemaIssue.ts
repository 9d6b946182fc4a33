// Internal: the coded, bilingual issues that core's schemas raise inside their refinements, with
// their messages from one part of core's catalogue (internal/schemaMessages.ts, or the runtime
// messages in messages.ts), so that every code has one message and a bundle holds only the messages
// of the schemas it uses.

import type { ErrorIssue, IssuePath, MessageTemplate } from '../primitives/errors';
import { addIssue, type RefinementContext, refinement } from '../primitives/validate';

/** One part of core's catalogue, as `defineMessages` returns it. */
interface CataloguePart<M extends Record<string, MessageTemplate<never>>> {
  readonly messages: M;
  issue<C extends Extract<keyof M, string>>(code: C, params: Parameters<M[C]>[0], path?: IssuePath): ErrorIssue;
}

/** Adds the issue `code` of a part of core's catalogue, with its parameters, at `path` inside a `superRefine`. */
export function schemaIssue<M extends Record<string, MessageTemplate<never>>, C extends Extract<keyof M, string>>(
  ctx: RefinementContext,
  part: CataloguePart<M>,
  code: C,
  params: Parameters<M[C]>[0],
  path: IssuePath = [],
): void {
  const issue = part.issue(code, params, path);
  addIssue(ctx, issue.code, issue.message, issue.path);
}

/** The second argument of a zod `.refine()` for the issue `code` of a part of core's catalogue. */
export function schemaRefinement<M extends Record<string, MessageTemplate<never>>, C extends Extract<keyof M, string>>(
  part: CataloguePart<M>,
  code: C,
  params: Parameters<M[C]>[0],
): ReturnType<typeof refinement> {
  return refinement(code, part.issue(code, params).message);
}

/** The issue `code` of a part of core's catalogue as data, for checks that return their issues. */
export function coreIssue<M extends Record<string, MessageTemplate<never>>, C extends Extract<keyof M, string>>(
  part: CataloguePart<M>,
  code: C,
  params: Parameters<M[C]>[0],
  path: IssuePath,
): ErrorIssue {
  return part.issue(code, params, path);
}
