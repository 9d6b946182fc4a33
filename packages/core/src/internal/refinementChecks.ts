// Internal helpers for the cross-field checks inside the schemas' superRefine (not exported).
import type { IssuePath } from '../primitives/errors';
import { addIssue, type RefinementContext } from '../primitives/validate';

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
      addIssue(
        ctx,
        'duplicate_id',
        what
          ? { nl: `Dubbele id '${item.id}' in ${what}`, en: `Duplicate id '${item.id}' in ${what}` }
          : { nl: `Id "${item.id}" komt meer dan eens voor`, en: `Id "${item.id}" occurs more than once` },
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
  addIssue(
    ctx,
    'unknown_reference',
    {
      nl: `Onbekende verwijzing '${id}': geen ${what} met deze id`,
      en: `Unknown reference '${id}': no ${what} with this id`,
    },
    path,
  );
}
