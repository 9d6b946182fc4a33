const SHOWN = 80;

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/**
 * A short, printable description of any value, for error messages: strings and numbers as
 * themselves (long strings cut off), and a kind for everything else (`a Symbol`, `a BigInt`,
 * `an object`, `an array of 3`). Never throws, whatever it is given: a Symbol, a BigInt, an
 * object without prototype, a Proxy whose traps throw.
 *
 * @example
 * describeValue('gemeente-beekdal'); // 'gemeente-beekdal'
 * describeValue(Symbol('x')); // 'a Symbol'
 * describeValue(Object.create(null)); // 'an object'
 */
export function describeValue(value: unknown, maxLength: number = SHOWN): string {
  try {
    switch (typeof value) {
      case 'string':
        return shorten(value, maxLength);
      case 'number':
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'undefined';
      case 'bigint':
        return 'a BigInt';
      case 'symbol':
        return 'a Symbol';
      case 'function':
        return 'a function';
      default:
        if (value === null) return 'null';
        if (Array.isArray(value)) return `an array of ${value.length}`;
        return 'an object';
    }
  } catch {
    return 'an unreadable value';
  }
}
