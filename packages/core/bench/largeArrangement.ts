/**
 * Generator of a large, valid provincial arrangement for the benchmark: several area processes
 * built from the Lindewaard fixture, together about 200 opgaven, 50 parties and 1,000 audit log
 * entries, plus the real Lindewaard and Hoge Zand processes with their wisselgeld and exchange.
 * Deterministic (no clock, no randomness).
 */

import type { Gebiedsproces } from '../src/arrangement/gebiedsproces';
import type { RuimtelijkArrangement } from '../src/arrangement/ruimtelijkArrangement';
import { lindewaard, zuidmarkArrangement } from '../src/fixtures/index';
import type { AuditEntry } from '../src/index';
import type { Party } from '../src/parties/party';

/** What the generated arrangement holds, for the benchmark's report. */
export interface LargeArrangementSize {
  gebiedsprocessen: number;
  opgaven: number;
  parties: number;
  logEntries: number;
  bytes: number;
}

function extraParties(count: number): Party[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `gemeente-extra-${i + 1}`,
    kind: 'gemeente' as const,
    name: `Gemeente Extra ${i + 1}`,
    bodies: [
      { id: `raad-extra-${i + 1}`, kind: 'gemeenteraad' as const, name: `Raad Extra ${i + 1}` },
      { id: `college-extra-${i + 1}`, kind: 'college_van_bw' as const, name: `College Extra ${i + 1}` },
    ],
  }));
}

function logOf(processId: string, count: number): AuditEntry[] {
  const steps = ['opstart', 'inzicht-verkrijgen', 'visie-en-afwegingskader', 'ontwerpen-ontwikkelvarianten'];
  return Array.from({ length: count }, (_, seq) => {
    const minute = String(seq % 60).padStart(2, '0');
    const hour = String(8 + (Math.floor(seq / 60) % 10)).padStart(2, '0');
    const day = String(1 + (Math.floor(seq / 600) % 28)).padStart(2, '0');
    const step = steps[seq % steps.length] ?? 'opstart';
    return {
      seq,
      type: seq % 3 === 0 ? 'deliverable.submit' : 'decision.record',
      timestamp: `2027-03-${day}T${hour}:${minute}:00+01:00`,
      actor: 'provincie-zuidmark',
      role: 'regisseur',
      motivation: `Stap ${seq} in ${processId}`,
      stepBefore: step,
      stepAfter: step,
      accepted: seq % 17 !== 0,
      event: { type: 'decision.record', seq, processId },
      // Well-formed digests (the schema checks their shape; the process package computes real ones).
      prevHash: seq.toString(16).padStart(64, '0'),
      hash: (seq + 1).toString(16).padStart(64, '0'),
    };
  });
}

/**
 * Builds the arrangement: `copies` extra area processes (each a renamed copy of Lindewaard with
 * `opgavenPerProcess` opgaven and `logPerProcess` log entries) next to Lindewaard and Hoge Zand,
 * and `extraPartyCount` extra gemeenten in every register.
 */
export function largeArrangement(
  options: { copies?: number; opgavenPerProcess?: number; logPerProcess?: number; extraPartyCount?: number } = {},
): { arrangement: RuimtelijkArrangement; text: string; size: LargeArrangementSize } {
  const copies = options.copies ?? 5;
  const opgavenPerProcess = options.opgavenPerProcess ?? 38;
  const logPerProcess = options.logPerProcess ?? 200;
  const extra = extraParties(options.extraPartyCount ?? 25);
  const base = zuidmarkArrangement;

  const processes: Gebiedsproces[] = base.gebiedsprocessen.map((g) => ({
    ...g,
    actors: { ...g.actors, parties: [...g.actors.parties, ...extra] },
  }));
  for (let k = 1; k <= copies; k += 1) {
    const id = `gebiedsproces-kopie-${k}`;
    const copy = JSON.parse(
      JSON.stringify(lindewaard).replaceAll('"gebiedsproces-lindewaard"', `"${id}"`),
    ) as Gebiedsproces;
    const template = copy.opgaven.opgaven.find((o) => o.id === 'opgave-erfgoed') ?? copy.opgaven.opgaven[0];
    if (!template) throw new Error('the Lindewaard fixture has no opgaven');
    const own = copy.opgaven.opgaven.length;
    for (let i = own; i < opgavenPerProcess; i += 1)
      copy.opgaven.opgaven.push({
        ...structuredClone(template),
        id: `${id}-opgave-${i}`,
        title: `Opgave ${i} van ${id}`,
      });
    processes.push({
      ...copy,
      id,
      name: `Gebied kopie ${k}`,
      actors: { ...copy.actors, parties: [...copy.actors.parties, ...extra] },
      log: logOf(id, logPerProcess),
    });
  }
  const arrangement: RuimtelijkArrangement = { ...base, gebiedsprocessen: processes };
  const text = JSON.stringify(arrangement);
  const size: LargeArrangementSize = {
    gebiedsprocessen: processes.length,
    opgaven: processes.reduce((s, g) => s + g.opgaven.opgaven.length, 0),
    parties: new Set(processes.flatMap((g) => g.actors.parties.map((p) => p.id))).size,
    logEntries: processes.reduce((s, g) => s + (g.log?.length ?? 0), 0),
    bytes: Buffer.byteLength(text),
  };
  return { arrangement, text, size };
}
