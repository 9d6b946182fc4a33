/**
 * Test support for the reflection check: deep copies of the scenario fixtures (Gebied Lindewaard,
 * Provincie Zuidmark) with one change each, and a helper that runs one rule.
 */
import type { Gebiedsproces, RuimtelijkArrangement, Startnotitie } from '@gebiedsgericht/core';
import { lindewaard, lindewaardStartnotitie, zuidmarkArrangement } from '@gebiedsgericht/core/fixtures';
import type { Finding, ReflectionInput, ReflectionRule } from '../src/index';

/** A moment after the whole Lindewaard process (steps 0–5 ran in 2026–2027), before the deferred wind choice is due. */
export const NOW = '2028-01-15T10:00:00+01:00';

/** A deep copy (the fixtures are shared and must never change). */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** Lindewaard as a gebiedsproces input, changed by `change`. */
export function gebiedsproces(change: (g: Gebiedsproces) => void = () => {}): { gebiedsproces: Gebiedsproces } {
  const g = copy(lindewaard);
  change(g);
  return { gebiedsproces: g };
}

/** The Lindewaard startnotitie alone, changed by `change`. */
export function startnotitie(change: (s: Startnotitie) => void = () => {}): { startnotitie: Startnotitie } {
  const s = copy(lindewaardStartnotitie);
  change(s);
  return { startnotitie: s };
}

/** The Zuidmark arrangement, changed by `change`. */
export function arrangement(change: (a: RuimtelijkArrangement) => void = () => {}): {
  arrangement: RuimtelijkArrangement;
} {
  const a = copy(zuidmarkArrangement);
  change(a);
  return { arrangement: a };
}

/** Runs one rule directly (also on input the core schemas would reject: the defensive layer). */
export function run(rule: ReflectionRule, input: unknown, now = NOW): Finding[] {
  return rule.check(input as ReflectionInput, { now });
}

/** Removes a key from an object in a typed document (to build input that bypasses the schema). */
export function without<T extends object>(value: T, key: keyof T): void {
  delete (value as Record<PropertyKey, unknown>)[key as PropertyKey];
}
