// Test support shared by the packages' tests: asserting that a public function answers bad input
// with a GebiedsgerichtError (code, path, a message in both languages) and changes nothing it was
// given. Imported by test files only; never part of a package.
import { type GebiedsgerichtError, isGebiedsgerichtError } from '@gebiedsgericht/core';
import { expect } from 'vitest';

export type ErrorPath = readonly (string | number)[];
export type AnyFunction = (...args: unknown[]) => unknown;

/** What `fn` throws (fails the test when it throws nothing). */
export function catchOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, but nothing was thrown');
}

/**
 * The code and path of the GebiedsgerichtError that `fn` throws; fails the test on anything else,
 * and when the message is missing in Dutch or English.
 */
export function errorOf(fn: () => unknown): { code: string; path: ErrorPath } {
  const e = catchOf(fn);
  expect(isGebiedsgerichtError(e), `expected a GebiedsgerichtError, got ${String(e)}`).toBe(true);
  const err = e as GebiedsgerichtError;
  expect(err.messageIn('nl').length).toBeGreaterThan(0);
  expect(err.messageIn('en').length).toBeGreaterThan(0);
  return { code: err.code, path: err.path };
}

/** Freezes a value and everything in it, so that any attempt to change it throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A deep-frozen deep copy: a function that wrote into it would throw a TypeError. */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

/**
 * Calls `fn` with deep-frozen `args` (a throw is allowed only as a GebiedsgerichtError) and checks
 * that they still equal a copy taken before.
 */
export function expectUnchanged(args: unknown[], fn: AnyFunction): void {
  const before = structuredClone(args);
  for (const a of args) deepFreeze(a);
  try {
    fn(...args);
  } catch (e) {
    expect(isGebiedsgerichtError(e), `expected a GebiedsgerichtError, got ${String(e)}`).toBe(true);
  }
  expect(args).toEqual(before);
}

/** Calls `fn` with deep-frozen copies of `args`, expects a GebiedsgerichtError and checks nothing changed. */
export function expectRejectedUnchanged(fn: AnyFunction, ...args: unknown[]): void {
  const frozen = frozenCopy(args);
  expect(isGebiedsgerichtError(catchOf(() => fn(...frozen)))).toBe(true);
  expect(frozen).toEqual(args);
}
