import type { z } from 'zod';
import type { IssuePath } from '../../primitives/errors';
import type { Label } from '../../primitives/labels';

/** The refinement context of a zod `superRefine`, whatever the refined value. */
export type Ctx = z.core.$RefinementCtx<unknown>;

/**
 * Adds a custom, bilingual issue with a stable code inside a zod `superRefine` (the same issue shape
 * as the primitive `addIssue`, typed for any refinement context).
 */
export function report(ctx: Ctx, code: string, message: Label, path: IssuePath = []): void {
  ctx.addIssue({
    code: 'custom',
    message: message.en,
    path: [...path],
    params: { code, nl: message.nl, en: message.en },
  });
}

/**
 * Reports every repeated id in a list of items with an `id` (code `duplicate_id`), at the path of
 * the repeat. Internal helper for the superRefines of core-B's documents.
 */
export function checkUniqueIds(ctx: Ctx, items: readonly { id: string }[], path: IssuePath): void {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) {
      report(
        ctx,
        'duplicate_id',
        { nl: `Id "${item.id}" komt meer dan eens voor`, en: `Id "${item.id}" occurs more than once` },
        [...path, index, 'id'],
      );
    }
    seen.add(item.id);
  }
}
