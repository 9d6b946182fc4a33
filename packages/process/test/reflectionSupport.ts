/**
 * Test support for the reflection check: deep copies of the scenario fixtures (Gebied Lindewaard,
 * Provincie Zuidmark) with one change each, and a helper that runs one rule.
 */
import type {
  Finding,
  Gebiedsproces,
  ReflectionInput,
  RuimtelijkArrangement,
  Startnotitie,
} from '@gebiedsgericht/core';
import { lindewaard, lindewaardStartnotitie, zuidmarkArrangement } from '@gebiedsgericht/core/fixtures';
import type { ReflectionRule } from '../src/index';

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

/**
 * The Zuidmark arrangement with several gaps at once (used by the order and engine tests): the
 * waterschap only incidental at the Lindewaard table, no ijkmomenten, a gemeente that has not
 * consented to the choice, no impact on other plans, afwenteling not recorded, a national opgave
 * without placement in Hoge Zand.
 */
export function arrangementWithGaps(): { arrangement: RuimtelijkArrangement } {
  return arrangement((a) => {
    const lw = a.gebiedsprocessen.find((g) => g.id === 'gebiedsproces-lindewaard')!;
    const table = lw.actors.structures.find((s) => s.id === 'gebiedstafel-lindewaard')!;
    for (const m of table.members) if (m.partyId === 'waterschap-aa-en-lindt') m.membership = 'incidenteel';
    lw.startnotitie!.ijkmomenten.programmeMoments = [];
    lw.startnotitie!.ijkmomenten.regionalMoments = [];
    lw.consents = lw.consents.filter((c) => c.partyId !== 'gemeente-beekdal');
    lw.deliverables.assessmentAndChoice!.choice.impactOnOtherPlans = [];
    lw.opgaven.afwentelingen = [];
    lw.startnotitie!.participation.startsOn = '2026-08-01';
    const hz = a.gebiedsprocessen.find((g) => g.id === 'gebiedsproces-hoge-zand')!;
    for (const o of hz.opgaven.opgaven) if (o.origin !== 'decentraal') delete (o as { placement?: unknown }).placement;
    for (const v of a.nationalOpgaven) v.contributions = v.contributions.filter((c) => c.gebiedsprocesId !== hz.id);
  });
}
