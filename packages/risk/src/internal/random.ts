/**
 * Seeded pseudo-random numbers for the simulations: sfc32 (Chris Doty-Humphrey's "small fast
 * chaotic" generator, 128-bit state of four 32-bit words), seeded through splitmix32 so that
 * nearby seeds give unrelated streams. Written for this package; never `Math.random()`.
 */

/** splitmix32 step: a good 32-bit mixer for turning (seed, stream) into generator state. */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a string to 32 bits, to derive a stream per input id. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The sfc32 generator: `next()` returns a uniform number in [0, 1) with 32 bits of resolution. */
export class Sfc32 {
  a: number;
  b: number;
  c: number;
  d: number;

  constructor(seed: number, stream = 0) {
    const s0 = mix32(seed ^ 0x5bd1e995);
    const s1 = mix32(s0 ^ stream);
    this.a = s0 | 0;
    this.b = s1 | 0;
    this.c = mix32(s1 + 0x632be5ab) | 0;
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) * 2.3283064365386963e-10;
  }
}
