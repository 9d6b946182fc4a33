// Internal helpers for cross-field checks in superRefine (not exported from the barrel).

import type { IssuePath } from '../../primitives/errors';
import type { Label } from '../../primitives/labels';
import { addIssue } from '../../primitives/validate';

/**
 * The refinement context of a zod `superRefine`. Typed loosely because the primitive `addIssue`
 * parameter type does not accept zod's `$RefinementCtx` under `exactOptionalPropertyTypes`.
 */
export type Ctx = { addIssue(arg: never): void };

/** Adds a bilingual custom issue with a stable code (wraps the primitive `addIssue`). */
export function report(ctx: Ctx, code: string, message: Label, path: IssuePath = []): void {
  addIssue(ctx as unknown as Parameters<typeof addIssue>[0], code, message, path);
}

/** Reports every id that occurs more than once in `items` (at the later occurrence). */
export function checkUniqueIds(ctx: Ctx, items: readonly { id: string }[], path: IssuePath, what: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      report(
        ctx,
        'duplicate_id',
        { nl: `Dubbele id '${item.id}' in ${what}`, en: `Duplicate id '${item.id}' in ${what}` },
        [...path, i, 'id'],
      );
    }
    seen.add(item.id);
  });
  return seen;
}

/** Reports a reference that does not resolve to a known id. */
export function checkRef(ctx: Ctx, known: ReadonlySet<string>, id: string, path: IssuePath, what: string): void {
  if (known.has(id)) return;
  report(
    ctx,
    'unknown_reference',
    {
      nl: `Onbekende verwijzing '${id}': geen ${what} met deze id`,
      en: `Unknown reference '${id}': no ${what} with this id`,
    },
    path,
  );
}
