// Internal: the seeded random source of SMAA. Not exported from the package barrel.

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

// Ziggurat tables for the standard exponential (Marsaglia & Tsang, "The ziggurat method for
// generating random variables", Journal of Statistical Software 5(8), 2000): 256 layers, right edge
// R = 7.697117470131487, layer area V = 3.949659822581572e-3, built as in the paper but for a
// 24-bit magnitude: each variate uses one 32-bit draw, its low 8 bits pick the layer and its high 24
// bits the position (separate bits, as numpy does with 64-bit draws).
const ZIG_R = 7.697117470131487;
const KE = new Uint32Array(256);
const WE = new Float64Array(256);
const FE = new Float64Array(256);
{
  const m2 = 16777216;
  const ve = 3.949659822581572e-3;
  let de = ZIG_R;
  let te = de;
  const q = ve / Math.exp(-de);
  KE[0] = Math.floor((de / q) * m2);
  KE[1] = 0;
  WE[0] = q / m2;
  WE[255] = de / m2;
  FE[0] = 1;
  FE[255] = Math.exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -Math.log(ve / de + Math.exp(-de));
    KE[i + 1] = Math.floor((de / te) * m2);
    te = de;
    FE[i] = Math.exp(-de);
    WE[i] = de / m2;
  }
}

/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2018): four
 * 32-bit words of state, period 2^128 − 1, seeded from one 32-bit seed through splitmix32 so that
 * nearby seeds give unrelated streams. Uniform doubles have 32 bits of resolution, ample for Monte
 * Carlo shares reported to a few decimals. The state lives in a typed array; there is no global
 * state, and the same seed always gives the same sequence.
 */
export class Random {
  private readonly s = new Uint32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    const st = this.s;
    if (((st[0] as number) | (st[1] as number) | (st[2] as number) | (st[3] as number)) === 0) st[0] = 1;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const s2 = s[2] as number;
    const s3 = s[3] as number;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = (n3 << 11) | (n3 >>> 21);
    return result;
  }

  /** A uniform double in [0, 1). */
  next(): number {
    return this.nextUint32() * TWO_POW_MINUS_32;
  }

  /** Fills `out[from … from+count)` with uniform doubles in [0, 1). */
  fill(out: Float64Array, from = 0, count = out.length - from): void {
    const s = this.s;
    let s0 = s[0] as number;
    let s1 = s[1] as number;
    let s2 = s[2] as number;
    let s3 = s[3] as number;
    const end = from + count;
    for (let i = from; i < end; i++) {
      const m = Math.imul(s1, 5);
      out[i] = (Math.imul((m << 7) | (m >>> 25), 9) >>> 0) * TWO_POW_MINUS_32;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
  }

  /**
   * Fills `out[from … from+count)` with standard exponentials (ziggurat, as {@link exponential}),
   * keeping the generator state in locals for speed; returns their sum.
   */
  fillExponential(out: Float64Array, from: number, count: number): number {
    const st = this.s;
    let s0 = st[0] as number;
    let s1 = st[1] as number;
    let s2 = st[2] as number;
    let s3 = st[3] as number;
    let sum = 0;
    const end = from + count;
    for (let i = from; i < end; i++) {
      // one 32-bit draw: layer iz from the low 8 bits, magnitude jz from the high 24
      const mm = Math.imul(s1, 5);
      const r = Math.imul((mm << 7) | (mm >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const jz = r >>> 8;
      const iz = r & 255;
      let x: number;
      if (jz < (KE[iz] as number)) {
        x = jz * (WE[iz] as number);
      } else {
        // rare slow path (about 1.2% of draws): hand the state back, use the method, take it again
        st[0] = s0;
        st[1] = s1;
        st[2] = s2;
        st[3] = s3;
        x = this.exponentialTail(jz, iz);
        s0 = st[0] as number;
        s1 = st[1] as number;
        s2 = st[2] as number;
        s3 = st[3] as number;
      }
      out[i] = x;
      sum += x;
    }
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
    return sum;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * A standard exponential variate by the ziggurat method (exact up to the 24-bit magnitude grid;
   * several times faster than −ln U). Layer and magnitude come from separate bits of one draw.
   */
  exponential(): number {
    const r = this.nextUint32();
    const jz = r >>> 8;
    const iz = r & 255;
    if (jz < (KE[iz] as number)) return jz * (WE[iz] as number);
    return this.exponentialTail(jz, iz);
  }

  /** The slow path of the ziggurat, after a first draw (jz, iz) fell outside the layer's core. */
  private exponentialTail(jz0: number, iz0: number): number {
    let jz = jz0;
    let iz = iz0;
    for (;;) {
      if (iz === 0) return ZIG_R - Math.log(1 - this.next());
      const x = jz * (WE[iz] as number);
      const f0 = FE[iz] as number;
      if (f0 + this.next() * ((FE[iz - 1] as number) - f0) < Math.exp(-x)) return x;
      const r = this.nextUint32();
      jz = r >>> 8;
      iz = r & 255;
      if (jz < (KE[iz] as number)) return jz * (WE[iz] as number);
    }
  }

  /** A standard normal variate (Box–Muller; one of the pair is used). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
