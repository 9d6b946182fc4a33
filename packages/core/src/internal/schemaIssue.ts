// Internal: the coded, bilingual issues that core's schemas raise inside their refinements. The
// messages live in core's catalogue (`coreMessages` in messages.ts), so every code has one message
// and `docs/errors.md` is generated from the catalogue alone.
import { coreMessages } from '../messages';
import type { IssuePath } from '../primitives/errors';
import { addIssue, type RefinementContext, refinement } from '../primitives/validate';

type CoreMessages = typeof coreMessages.messages;
type CoreCode = Extract<keyof CoreMessages, string>;

/** Adds the issue `code` of core's catalogue, with its parameters, at `path` inside a `superRefine`. */
export function schemaIssue<C extends CoreCode>(
  ctx: RefinementContext,
  code: C,
  params: Parameters<CoreMessages[C]>[0],
  path: IssuePath = [],
): void {
  const issue = coreMessages.issue(code, params, path);
  addIssue(ctx, issue.code, issue.message, issue.path);
}

/** The second argument of a zod `.refine()` for the issue `code` of core's catalogue. */
export function schemaRefinement<C extends CoreCode>(
  code: C,
  params: Parameters<CoreMessages[C]>[0],
): ReturnType<typeof refinement> {
  return refinement(code, coreMessages.issue(code, params).message);
}

/** The issue `code` of core's catalogue as data, for checks that return their issues. */
export function coreIssue<C extends CoreCode>(code: C, params: Parameters<CoreMessages[C]>[0], path: IssuePath) {
  return coreMessages.issue(code, params, path);
}
