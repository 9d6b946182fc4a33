// Internal helpers for the cross-field checks inside the schemas' superRefine (not exported).
import type { IssuePath } from '../primitives/errors';
import type { RefinementContext } from '../primitives/validate';
import { schemaIssue } from './schemaIssue';
import { sharedIssues } from './schemaMessages';

/**
 * Reports every id that occurs more than once in `items`, at the later occurrence (code
 * `duplicate_id`), and returns the set of ids seen. `what` names the list in the message. Pass
 * `seen` to keep ids unique across several lists (for example the stories of every table).
 */
export function checkUniqueIds(
  ctx: RefinementContext,
  items: readonly { id: string }[],
  path: IssuePath,
  what?: string,
  seen: Set<string> = new Set<string>(),
): Set<string> {
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) {
      schemaIssue(
        ctx,
        sharedIssues,
        'duplicate_id',
        what === undefined ? { id: item.id } : { id: item.id, list: what },
        [...path, index, 'id'],
      );
    }
    seen.add(item.id);
  }
  return seen;
}

/** Reports a reference that does not resolve to a known id (code `unknown_reference`). */
export function checkRef(
  ctx: RefinementContext,
  known: ReadonlySet<string>,
  id: string,
  path: IssuePath,
  what: string,
): void {
  if (known.has(id)) return;
  schemaIssue(ctx, sharedIssues, 'unknown_reference', { id, whatNl: what, whatEn: what }, path);
}
