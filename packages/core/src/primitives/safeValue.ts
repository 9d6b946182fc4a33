import { coreFail } from '../messages';
import type { GebiedsgerichtError, IssuePath } from './errors';
import { isGebiedsgerichtError } from './errors';
import { LIMIT_MAX } from './limitValues';

/** Where {@link jsonCopy} found something JSON cannot hold. */
function notJson(what: string, path: IssuePath): GebiedsgerichtError {
  return coreFail('not_plain_json', { what, path: pathText(path) }, [...path]);
}

function pathText(path: IssuePath): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

/**
 * A plain-JSON deep copy of `value`, as `JSON.parse(JSON.stringify(value))` would give it
 * (`toJSON` is called, `undefined`, functions and Symbols are left out of objects and become
 * `null` in arrays, non-finite numbers become `null`), but with a typed error instead of a crash or
 * a hang. It refuses, with the path where it happened:
 * - a cycle or a BigInt, a value JSON cannot hold (`not_plain_json`);
 * - nesting deeper than {@link LIMITS}.nestingDepth (`nesting_too_deep`), where `JSON.stringify`
 *   would overflow the stack;
 * - more than `options.maxValues` values ({@link LIMITS}.jsonValues by default; a snapshot uses
 *   {@link LIMITS}.snapshotValues), counting an object each time it is reached, so an object graph
 *   whose nodes share children cannot take exponential time (`input_too_large`);
 * - a string longer than {@link LIMITS}.stringLength (`string_too_long`).
 *
 * Anything else that goes wrong while reading the value (a getter or Proxy trap that throws) is
 * refused as `not_plain_json` too. The value itself is never changed.
 *
 * @example
 * const copy = jsonCopy(untrustedEvent, ['event']);
 * @see docs/limits.md
 */
export function jsonCopy(value: unknown, path: IssuePath = [], options: { readonly maxValues?: number } = {}): unknown {
  if (!Array.isArray(path)) throw coreFail('invalid_argument', { name: 'path (an array)' }, ['path']);
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) {
    throw coreFail('invalid_argument', { name: 'options (an object)' }, ['options']);
  }
  const maxValues = options.maxValues ?? LIMIT_MAX.jsonValues;
  if (!Number.isSafeInteger(maxValues) || maxValues < 1) {
    throw coreFail('invalid_argument', { name: 'options.maxValues (a whole number ≥ 1)' }, ['options', 'maxValues']);
  }
  let count = 0;
  // The objects on the path to the value being copied, by depth. A cycle is looked for only when
  // the copy goes too deep or too far (a cycle always does), as the first object on the path that
  // repeats one above it: the place where a walk that checks every object would have stopped.
  const ancestors: object[] = [];
  const firstRepeat = (depth: number): number => {
    for (let d = 1; d < depth; d++) if (ancestors.lastIndexOf(ancestors[d] as object, d - 1) !== -1) return d;
    return -1;
  };
  // The key at each depth below `path`; read only to report where a problem is.
  const keys: (string | number)[] = [];
  const where = (depth: number): (string | number)[] => [...path, ...keys.slice(0, depth)];

  function copy(input: unknown, depth: number, inArray: boolean): unknown {
    if (++count > maxValues) {
      const repeat = firstRepeat(depth);
      if (repeat !== -1) throw notJson('a cycle', where(repeat));
      throw coreFail('input_too_large', { max: maxValues, path: pathText(where(depth)) }, where(depth));
    }
    let v = input;
    if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      v = (v as { toJSON: (key: string) => unknown }).toJSON(depth === 0 ? '' : String(keys[depth - 1]));
    }
    switch (typeof v) {
      case 'string':
        if (v.length > LIMIT_MAX.stringLength) {
          const at = where(depth);
          throw coreFail('string_too_long', { max: LIMIT_MAX.stringLength, length: v.length, path: pathText(at) }, at);
        }
        return v;
      case 'number':
        return Number.isFinite(v) ? v : null;
      case 'boolean':
        return v;
      case 'bigint':
        throw notJson('a BigInt', where(depth));
      case 'undefined':
      case 'function':
      case 'symbol':
        return inArray ? null : undefined;
    }
    if (v === null) return null;
    const object = v as object;
    if (depth >= LIMIT_MAX.nestingDepth) {
      const repeat = firstRepeat(depth);
      if (repeat !== -1) throw notJson('a cycle', where(repeat));
      const at = where(depth);
      throw coreFail('nesting_too_deep', { max: LIMIT_MAX.nestingDepth, path: pathText(at) }, at);
    }
    ancestors[depth] = object;
    if (Array.isArray(object)) {
      const length = object.length;
      const out: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) {
        keys[depth] = i;
        out[i] = copy(object[i], depth + 1, true);
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      keys[depth] = key;
      const child = copy((object as Record<string, unknown>)[key], depth + 1, false);
      if (child === undefined) continue;
      if (key === '__proto__') {
        // An own `__proto__` key stays data and never sets a prototype.
        Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
      } else out[key] = child;
    }
    return out;
  }

  try {
    return copy(value, 0, false);
  } catch (error) {
    if (isGebiedsgerichtError(error)) throw error;
    throw notJson('an unreadable value', [...path]);
  }
}
