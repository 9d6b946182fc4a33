import { isPlainRecord } from '@gebiedsgericht/core';
import { zgwFail } from './messages';

/**
 * The prefix of every placeholder reference in a plan or an emitted object.
 *
 * @example
 * url.startsWith(REFERENCE_PREFIX); // still a placeholder?
 */
export const REFERENCE_PREFIX = 'urn:gebiedsgericht:zgw:';

/** A plain JSON value, as request bodies of the ZGW APIs are. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A request body for one ZGW resource: a JSON object. */
export type ZgwBody = { readonly [key: string]: JsonValue };

/**
 * The placeholder that stands for the URL of an object the server has not created yet. Plans and
 * emitted objects refer to each other with these; they are valid URIs, so the objects validate
 * against the ZGW specifications as they are, and {@link resolveReferences} swaps them for the
 * server's URLs once those are known.
 *
 * @example
 * referenceOf('zaaktype', 'handreiking-stappen-0-5'); // 'urn:gebiedsgericht:zgw:zaaktype:handreiking-stappen-0-5'
 */
export function referenceOf(kind: string, ...keys: readonly string[]): string {
  return `${REFERENCE_PREFIX}${[kind, ...keys].join(':')}`;
}

/**
 * True when `value` is a placeholder reference.
 *
 * @example
 * isReference(history.zaak.body.zaaktype); // true before syncing
 */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(REFERENCE_PREFIX);
}

function resolveValue(value: JsonValue, urls: ReadonlyMap<string, string>, path: (string | number)[]): JsonValue {
  if (isReference(value)) {
    const url = urls.get(value);
    if (url === undefined) throw zgwFail('unknown_reference', { ref: value }, path);
    return url;
  }
  if (Array.isArray(value)) return value.map((item: JsonValue, i: number) => resolveValue(item, urls, [...path, i]));
  if (isPlainRecord(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveValue(item as JsonValue, urls, [...path, key]);
    return out;
  }
  return value;
}

/**
 * Replaces every placeholder reference in a body by the URL the server gave that object. Throws
 * `unknown_reference` (with the path) for a placeholder that has no URL yet; the body itself is
 * never changed.
 *
 * @example
 * resolveReferences(zaak, new Map([[referenceOf('zaaktype', 't'), 'https://zgw.example.org/catalogi/api/v1/zaaktypen/1']]));
 * @see docs/zgw.md (references)
 */
export function resolveReferences<B extends ZgwBody>(body: B, urls: ReadonlyMap<string, string>): B {
  return resolveValue(body, urls, []) as B;
}
