// Internal: runs the first SMAA pass for weights unknown with exact scores in the WebAssembly kernel
// of smaaKernel.wat, where the engine has WebAssembly with SIMD. Not exported from the package
// barrel. Where the kernel cannot be used (no WebAssembly, a content security policy that forbids
// compiling it, or a problem too large for its memory) the caller's JavaScript loop runs instead;
// both give bit-identical results (see smaaKernel.wat).
import type { Random } from './random';
import { smaaKernelBase64 } from './smaaKernelBinary';

/** The part of the WebAssembly API the kernel needs (the package compiles without the DOM library). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: object) => { exports: object };
}

interface KernelExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  pass(
    m: number,
    n: number,
    count: number,
    base: number,
    w: number,
    sums: number,
    counts: number,
    wins: number,
    central: number,
    scores: number,
    ranks: number,
  ): void;
}

/** Samples whose weight vectors are drawn into the kernel's memory before each call. */
const BLOCK = 256;
const PAGE = 65536;
/** Larger problems stay in JavaScript (they would need more than this much kernel memory). */
const MAX_BYTES = 256 * 1024 * 1024;

/** Kernel memory above this is let go after a pass, so that one large problem does not hold it for good. */
const KEEP_BYTES = 4 * 1024 * 1024;

/** The compiled module (compiled once); null where this engine cannot compile it. */
let compiled: object | null | undefined;
/** The instance and its memory, kept between calls while the memory stays small. */
let kernel: KernelExports | undefined;
let enabled = true;

/**
 * Switches the kernel off (the JavaScript loop then always runs) or on again; for the tests that
 * compare the two paths and for the benchmark.
 */
export function setSmaaKernelEnabled(on: boolean): void {
  enabled = on;
}

/** Bytes of memory the kernel holds now (0 before its first use or where it is unavailable); for the benchmark. */
export function smaaKernelMemoryBytes(): number {
  return kernel ? kernel.memory.buffer.byteLength : 0;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The kernel instance, compiled on first use; null where this engine cannot run it. */
function loadKernel(): KernelExports | null {
  if (kernel) return kernel;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (compiled === undefined) {
    try {
      compiled = api ? new api.Module(decodeBase64(smaaKernelBase64)) : null;
    } catch {
      compiled = null;
    }
  }
  if (!api || !compiled) return null;
  try {
    kernel = new api.Instance(compiled).exports as KernelExports;
  } catch {
    return null;
  }
  return kernel;
}

const align = (offset: number): number => Math.ceil(offset / 16) * 16;

/**
 * The first pass of SMAA-2 with weights unknown and exact utilities `base` (m × n, row-major):
 * draws `samples` weight vectors from `rng` exactly as the JavaScript loop does, and adds the counts
 * of ranks, wins and central weight sums into `counts`, `wins` and `central` (which start at zero).
 * Returns false, having drawn nothing, when the kernel is not available.
 */
export function firstPassKernel(
  base: Float64Array,
  m: number,
  n: number,
  samples: number,
  rng: Random,
  counts: Float64Array,
  wins: Float64Array,
  central: Float64Array,
): boolean {
  if (!enabled) return false;
  const baseAt = 0;
  const wAt = align(baseAt + m * n * 8);
  const sumsAt = align(wAt + BLOCK * n * 8);
  const countsAt = align(sumsAt + BLOCK * 8);
  const winsAt = align(countsAt + m * m * 8);
  const centralAt = align(winsAt + m * 8);
  const scoresAt = align(centralAt + m * n * 8);
  const ranksAt = align(scoresAt + 2 * m * 8);
  const bytes = ranksAt + 2 * m * 4;
  if (bytes > MAX_BYTES) return false;
  const k = loadKernel();
  if (!k) return false;
  const have = k.memory.buffer.byteLength;
  if (bytes > have) {
    try {
      k.memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch {
      return false;
    }
  }
  const buffer = k.memory.buffer;
  new Float64Array(buffer, baseAt, m * n).set(base);
  new Float64Array(buffer, countsAt, m * m).fill(0);
  new Float64Array(buffer, winsAt, m).fill(0);
  new Float64Array(buffer, centralAt, m * n).fill(0);
  const w = new Float64Array(buffer, wAt, BLOCK * n);
  const sums = new Float64Array(buffer, sumsAt, BLOCK);
  for (let done = 0; done < samples; done += BLOCK) {
    const count = Math.min(BLOCK, samples - done);
    for (let s = 0; s < count; s++) sums[s] = rng.fillExponential(w, s * n, n);
    k.pass(m, n, count, baseAt, wAt, sumsAt, countsAt, winsAt, centralAt, scoresAt, ranksAt);
  }
  counts.set(new Float64Array(buffer, countsAt, m * m));
  wins.set(new Float64Array(buffer, winsAt, m));
  central.set(new Float64Array(buffer, centralAt, m * n));
  if (buffer.byteLength > KEEP_BYTES) kernel = undefined;
  return true;
}
