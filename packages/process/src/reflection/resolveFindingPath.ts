import type { IssuePath } from '@gebiedsgericht/core';

const MISSING: unique symbol = Symbol('missing');

function step(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value)) {
    if (typeof segment === 'number') return segment < value.length ? value[segment] : MISSING;
    const found = value.find(
      (item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === segment,
    );
    return found === undefined ? MISSING : found;
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment)) {
    return (value as Record<string | number, unknown>)[segment];
  }
  return MISSING;
}

/**
 * Follows a finding's path into the reflection input and returns what is there, or `undefined`
 * when the path leads nowhere (for example a finding about a field that is missing: then the path
 * minus its last segment leads to the object that lacks it). A string segment applied to an array
 * picks the element with that `id`, because findings address array elements by id.
 *
 * @example
 * resolveFindingPath(input, ['arrangement', 'gebiedsprocessen', 'gp-lindewaard', 'opgaven']);
 */
export function resolveFindingPath(input: unknown, path: IssuePath): unknown {
  let value: unknown = input;
  for (const segment of path) {
    value = step(value, segment);
    if (value === MISSING) return undefined;
  }
  return value;
}
