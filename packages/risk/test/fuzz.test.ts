/**
 * Every export of the package, called with arbitrary arguments (random JSON, fixture documents with
 * one value replaced, and hostile values: cyclic, deep, Symbol, BigInt, Proxy, null-prototype),
 * answers or throws a GebiedsgerichtError; it never changes its arguments, never pollutes a
 * prototype and never hangs. The seed is fixed in CI and free locally (FC_SEED replays a failure).
 */
import { describe, it } from 'vitest';
import { callableExports, fuzzFunction } from '../../../scripts/testSupport/fuzz';
import * as api from '../src/index';

describe('fuzzed calls of every export', () => {
  for (const [name, fn] of callableExports(api)) {
    it(name, () => fuzzFunction(name, fn, 40), 120_000);
  }
});
