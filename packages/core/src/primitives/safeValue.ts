import { coreFail } from '../messages';
import { GebiedsgerichtError, type IssuePath, isGebiedsgerichtError } from './errors';
import { LIMITS } from './limits';


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
 * - more than {@link LIMITS}.jsonValues values, counting an object each time it is reached, so an
 *   object graph whose nodes share children cannot take exponential time (`input_too_large`);
 * - a string longer than {@link LIMITS}.stringLength (`string_too_long`).
 *
 * Anything else that goes wrong while reading the value (a getter or Proxy trap that throws) is
 * refused as `not_plain_json` too. The value itself is never changed.
 *
 * @example
 * const copy = jsonCopy(untrustedEvent, ['event']);
 * @see docs/limits.md
 */
export function jsonCopy(value: unknown, path: IssuePath = []): unknown {
  let count = 0;
  const open = new Set<object>();
  const at: (string | number)[] = [...path];
  const depthBase = path.length;

  function copy(input: unknown, inArray: boolean): unknown {
    count += 1;
    if (count > LIMITS.jsonValues.max) {
      throw coreFail('input_too_large', { max: LIMITS.jsonValues.max, path: pathText(at) }, [...at]);
    }
    let v = input;
    if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      v = (v as { toJSON: (key: string) => unknown }).toJSON(String(at[at.length - 1] ?? ''));
    }
    switch (typeof v) {
      case 'string':
        if (v.length > LIMITS.stringLength.max) {
          throw coreFail(
            'string_too_long',
            { max: LIMITS.stringLength.max, length: v.length, path: pathText(at) },
            [...at],
          );
        }
        return v;
      case 'number':
        return Number.isFinite(v) ? v : null;
      case 'boolean':
        return v;
      case 'bigint':
        throw notJson('a BigInt', at);
      case 'undefined':
      case 'function':
      case 'symbol':
        return inArray ? null : undefined;
    }
    if (v === null) return null;
    const object = v as object;
    if (at.length - depthBase >= LIMITS.nestingDepth.max) {
      throw coreFail('nesting_too_deep', { max: LIMITS.nestingDepth.max, path: pathText(at) }, [...at]);
    }
    if (open.has(object)) throw notJson('a cycle', at);
    open.add(object);
    try {
      if (Array.isArray(object)) {
        const out: unknown[] = [];
        const length = object.length;
        for (let i = 0; i < length; i++) {
          at.push(i);
          out.push(copy(object[i], true));
          at.pop();
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(object)) {
        at.push(key);
        const child = copy((object as Record<string, unknown>)[key], false);
        at.pop();
        if (child !== undefined) {
          // defineProperty, so that an own `__proto__` key stays data and never sets a prototype.
          Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
        }
      }
      return out;
    } finally {
      open.delete(object);
    }
  }

  try {
    return copy(value, false);
  } catch (error) {
    if (isGebiedsgerichtError(error)) throw error;
    throw notJson('an unreadable value', at);
  }
}
