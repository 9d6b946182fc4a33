/**
 * A corrupted snapshot never crashes the host: every field of a real snapshot (the Lindewaard
 * example in step 4 with two knelpunt child actors, as 0.1.0 wrote it) is corrupted in turn, and
 * restoring it either refuses with a typed error or gives a process that works: it answers events
 * with results, and its own snapshot restores identically. What 0.1.0 kept of XState's own state
 * (value, history, child actors) is not read at all, so corrupting it changes nothing.
 */
import { readFileSync } from 'node:fs';
import { GebiedsgerichtError, type GebiedsprocesSnapshot } from '@gebiedsgericht/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGebiedsproces, restoreGebiedsproces } from '../src/index';
import { ev } from './support/gebiedsprocesFixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const stored = JSON.parse(
  readFileSync(new URL('./data/0.1.0/lindewaard-open-knelpunten.json', import.meta.url), 'utf8'),
) as { [key: string]: Json };

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
});

/** Every path into `value` down to `depth` levels (the first two entries of each array). */
function pathsOf(value: Json, depth: number, base: Path = []): Path[] {
  if (depth === 0 || value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.slice(0, 2).map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<string | number, Json>)[key] as Json;
    return [[...base, key], ...pathsOf(child, depth - 1, [...base, key])];
  });
}

/** A copy of `root` with the value at `path` replaced by `replacement` (or removed when `undefined`). */
function corrupt(root: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const CORRUPTIONS: readonly { name: string; value: Json | undefined }[] = [
  { name: 'removed', value: undefined },
  { name: 'null', value: null },
  { name: 'a word', value: 'nonsense' },
];

const later = (days: number) => new Date(Date.parse('2027-06-01T10:00:00+02:00') + days * 86_400_000).toISOString();
const PROBES = [
  ev.minor('wijziging-na-herstel', later(1)),
  {
    type: 'knelpunt.escalate',
    knelpuntId: 'knelpunt-wind-hoeverveen',
    timestamp: later(2),
    actor: 'gemeente-hoeverveen',
    role: 'partij',
  },
  ev.suspend(later(3)),
  ev.resume(later(4)),
];

/** Restores `input`: a typed refusal, or a process that answers every probe and round-trips. */
function restoreOrRefuse(input: Json): 'refused' | GebiedsprocesSnapshot {
  let restored: RunningGebiedsproces;
  try {
    restored = restoreGebiedsproces(input);
  } catch (error) {
    expect(error).toBeInstanceOf(GebiedsgerichtError);
    return 'refused';
  }
  const before = restored.snapshot();
  const again = restoreGebiedsproces(JSON.parse(JSON.stringify(restored.snapshot())));
  expect(again.snapshot()).toEqual(restored.snapshot());
  for (const probe of PROBES) {
    const a = restored.send(probe, { untyped: true });
    expect(typeof a.accepted).toBe('boolean');
    expect(again.send(probe, { untyped: true })).toEqual(a);
  }
  expect(again.snapshot()).toEqual(restored.snapshot());
  return before;
}

describe('corrupted snapshots', () => {
  const original = restoreGebiedsproces(stored);

  it('refuses with a typed error or restores a working process, for every field corrupted in turn', async () => {
    const paths = pathsOf(stored, 5);
    expect(paths.length).toBeGreaterThan(200);
    let refused = 0;
    let restored = 0;
    for (const path of paths) {
      for (const { value } of CORRUPTIONS) {
        const input = corrupt(stored, path, value);
        if (path[0] === 'machine' && path[1] !== 'context' && path.length > 1) {
          // XState's own part of a 0.1.0 snapshot is never read: the result is the original.
          expect(restoreGebiedsproces(input).snapshot()).toEqual(original.snapshot());
          continue;
        }
        const result = restoreOrRefuse(input);
        if (result === 'refused') refused++;
        else restored++;
      }
    }
    expect(refused).toBeGreaterThan(paths.length);
    expect(restored).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(uncaught).toEqual([]);
  }, 300_000);

  it('the corruptions that crashed 0.1.0 restore identically or are refused with a typed error', async () => {
    const machine = stored.machine as { [key: string]: Json };
    const context = machine.context as { [key: string]: Json };
    const children = machine.children as { [key: string]: { [key: string]: Json } };
    const knelpunten = context.knelpunten as { items: Record<string, Json> };
    const wind = 'knelpunt:knelpunt-wind-hoeverveen';
    const identical = [
      { ...stored, machine: { ...machine, value: 'nonsense' } },
      { ...stored, machine: { ...machine, value: { steps: { running: 'geen-stap' } } } },
      { ...stored, machine: { ...machine, children: {} } },
      { ...stored, machine: { ...machine, children: { ...children, [wind]: { ...children[wind], src: 'x' } } } },
    ];
    for (const input of identical) {
      const restored = restoreGebiedsproces(input);
      const reference = restoreGebiedsproces(stored);
      expect(restored.snapshot()).toEqual(reference.snapshot());
      for (const probe of PROBES)
        expect(restored.send(probe, { untyped: true })).toEqual(reference.send(probe, { untyped: true }));
      expect(restored.snapshot()).toEqual(reference.snapshot());
    }
    const refused = [
      { ...stored, machine: { ...machine, context: null } },
      { ...stored, machine: { ...machine, context: { ...context, auditLog: 'gone' } } },
      { ...stored, machine: { ...machine, context: { ...context, position: 'geen-stap' } } },
      {
        ...stored,
        machine: {
          ...machine,
          context: {
            ...context,
            knelpunten: {
              ...knelpunten,
              items: { ...knelpunten.items, 'knelpunt-elders': knelpunten.items['knelpunt-wind-hoeverveen'] ?? null },
            },
          },
        },
      },
    ];
    for (const input of refused) {
      expect(() => restoreGebiedsproces(input)).toThrowError(GebiedsgerichtError);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(uncaught).toEqual([]);
  });

  it('refuses a revision that does not match the audit log, so two diverged copies can be told apart', () => {
    const current = original.snapshot();
    expect(current.revision).toBe(original.revision());
    expect(() => restoreGebiedsproces({ ...current, revision: current.revision + 1 })).toThrowError(
      expect.objectContaining({ code: 'snapshot_inconsistent', path: ['revision'] }),
    );
    const a = restoreGebiedsproces(current);
    const b = restoreGebiedsproces(current);
    expect(a.send(ev.minor('wijziging-a', later(1))).accepted).toBe(true);
    expect(b.send(ev.minor('wijziging-b', later(1))).accepted).toBe(true);
    expect(a.revision()).toBe(current.revision + 1);
    expect(b.revision()).toBe(a.revision());
  });
});
