import type { Label } from '../../primitives/labels';

type IssuePathSegment = string | number;

/**
 * Adds a bilingual custom issue with a stable code inside a zod `superRefine` of this section.
 * Same contract as `addIssue` from the primitives, typed loosely enough for every refinement
 * context (zod's context type does not fit `addIssue`'s parameter under
 * `exactOptionalPropertyTypes`).
 */
export function customIssue(
  ctx: { addIssue: (issue: never) => void },
  code: string,
  message: Label,
  path: readonly IssuePathSegment[] = [],
): void {
  const add = ctx.addIssue as (issue: unknown) => void;
  add({
    code: 'custom',
    message: message.en,
    path: [...path],
    params: { code, nl: message.nl, en: message.en },
    input: undefined,
  });
}
