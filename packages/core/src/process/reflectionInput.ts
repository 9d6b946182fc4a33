import * as z from 'zod';
import { type Gebiedsproces, GebiedsprocesSchema } from '../arrangement/gebiedsproces';
import { type RuimtelijkArrangement, RuimtelijkArrangementSchema } from '../arrangement/ruimtelijkArrangement';
import { strictObject } from '../internal/strictObject';
import type { IssuePath } from '../primitives/errors';
import { type Startnotitie, StartnotitieSchema } from '../startnotitie/startnotitie';
import { type GebiedsprocesSnapshot, GebiedsprocesSnapshotSchema } from './gebiedsprocesSnapshot';

/**
 * The parts of a startnotitie that a process design may still lack when it is reflected on: the
 * participation plan and the evaluation cadence. The reflection reports their absence as findings
 * with their handreiking section (`participation-influence-level-missing`, §2.6;
 * `evaluation-cadence-missing`, §2.2) instead of refusing the design.
 */
const DESIGN_GAPS = ['participation', 'evaluation'] as const;
type DesignGap = (typeof DESIGN_GAPS)[number];

/**
 * The documents a reflection check reads (see {@link ReflectionInputSchema}): a startnotitie, also
 * one embedded in a gebiedsproces or an arrangement, may lack its participation plan or its
 * evaluation cadence.
 */
export interface ReflectionInput {
  startnotitie?: Omit<Startnotitie, 'participation' | 'evaluation'> &
    Partial<Pick<Startnotitie, 'participation' | 'evaluation'>>;
  gebiedsproces?: Omit<Gebiedsproces, 'startnotitie'> & {
    startnotitie?: Omit<Startnotitie, 'participation' | 'evaluation'> &
      Partial<Pick<Startnotitie, 'participation' | 'evaluation'>>;
  };
  arrangement?: Omit<RuimtelijkArrangement, 'gebiedsprocessen'> & {
    gebiedsprocessen: (Omit<Gebiedsproces, 'startnotitie'> & {
      startnotitie?: Omit<Startnotitie, 'participation' | 'evaluation'> &
        Partial<Pick<Startnotitie, 'participation' | 'evaluation'>>;
    })[];
  };
  process?: GebiedsprocesSnapshot;
}

/** A startnotitie as a design may have it: complete but for a participation plan or evaluation cadence. */
export type StartnotitieDesign = NonNullable<ReflectionInput['startnotitie']>;
/** A gebiedsproces whose embedded startnotitie may be a {@link StartnotitieDesign}. */
export type GebiedsprocesDesign = NonNullable<ReflectionInput['gebiedsproces']>;

const CompleteInputSchema = strictObject({
  startnotitie: StartnotitieSchema.optional(),
  gebiedsproces: GebiedsprocesSchema.optional(),
  arrangement: RuimtelijkArrangementSchema.optional(),
  process: GebiedsprocesSnapshotSchema.optional(),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stand-ins for a missing participation plan or evaluation cadence, so the rest of the document is
 * checked by its core schema as it is; they name a party the startnotitie itself has an agreement
 * with, so no reference check trips over them. They never reach a rule.
 */
function standIn(gap: DesignGap, startnotitie: Record<string, unknown>): unknown {
  const agreements = Array.isArray(startnotitie.partyAgreements) ? startnotitie.partyAgreements : [];
  const first: unknown = agreements[0];
  const partyId = isRecord(first) && typeof first.partyId === 'string' ? first.partyId : 'partij';
  if (gap === 'evaluation') {
    return {
      recurrence: { every: 1, unit: 'years', from: '2000-01-01' },
      herijkingScope: 'beperkt_onderdeel',
      learningQuestions: ['-'],
      inputs: [],
    };
  }
  return {
    madeWith: [partyId],
    influenceLevel: 'informeren',
    stakeholders: [{ id: 'stakeholder', name: '-', influence: 'informeren' }],
    activities: [{ method: 'overig', description: '-', stakeholderIds: ['stakeholder'], timing: '-' }],
    startsOn: '2000-01-01',
    support: { aim: '-' },
    acceptance: { aim: '-', transitiepijn: [] },
    whenParticipationFails: { signals: ['-'], actions: ['-'] },
    representativesInvolvement: '-',
    involvementStatement: { text: '-', addressedTo: [partyId] },
  };
}

/** Where a startnotitie can sit in the input: standalone, in the gebiedsproces, in each area of the arrangement. */
function startnotitiePaths(input: Record<string, unknown>): IssuePath[] {
  const paths: IssuePath[] = [['startnotitie'], ['gebiedsproces', 'startnotitie']];
  const arrangement = input.arrangement;
  if (isRecord(arrangement) && Array.isArray(arrangement.gebiedsprocessen)) {
    arrangement.gebiedsprocessen.forEach((_, i) => {
      paths.push(['arrangement', 'gebiedsprocessen', i, 'startnotitie']);
    });
  }
  return paths;
}

/** Copies `root` along `path` (so the caller's input is never changed) and returns the copy at `path`. */
function copyAlong(root: Record<string, unknown>, path: IssuePath): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | unknown[] = root;
  for (const key of path) {
    const child: unknown = (node as Record<string | number, unknown>)[key];
    if (!isRecord(child) && !Array.isArray(child)) return undefined;
    const copy = Array.isArray(child) ? [...child] : { ...child };
    (node as Record<string | number, unknown>)[key] = copy;
    node = copy;
  }
  return isRecord(node) ? node : undefined;
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const startsWith = (path: readonly PropertyKey[], prefix: IssuePath) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * What the reflection check reads: any combination of a startnotitie (a process design before it
 * starts), a gebiedsproces document (one area, which embeds its own startnotitie), a provincial
 * ruimtelijk arrangement (which embeds every area process of the province) and a running process
 * (a persisted area process snapshot). Each part is validated with its core schema, so a rule never
 * sees a malformed document, with one allowance for a design in progress: a startnotitie without a
 * participation plan or without an evaluation cadence is accepted (the rules
 * `participation-influence-level-missing` and `evaluation-cadence-missing` report it); a plan or
 * cadence that is there must be valid. Give at least one part.
 *
 * @example
 * reflect({ startnotitie: lindewaardStartnotitie }, { now: '2026-11-28T12:00:00+01:00' });
 * const { participation, ...design } = lindewaardStartnotitie;
 * ReflectionInputSchema.parse({ startnotitie: design }).startnotitie?.participation; // undefined
 * @see handreiking §1 (de handreiking als document om te reflecteren op voorgenomen processtappen); §2.2; §2.6
 */
export const ReflectionInputSchema: z.ZodType<ReflectionInput, unknown> = z.unknown().transform((raw, ctx) => {
  let value = raw;
  const filled: IssuePath[] = [];
  if (isRecord(raw)) {
    const copy: Record<string, unknown> = { ...raw };
    for (const path of startnotitiePaths(raw)) {
      const original = valueAt(raw, path);
      if (!isRecord(original)) continue;
      const gaps = DESIGN_GAPS.filter((gap) => original[gap] === undefined);
      if (gaps.length === 0) continue;
      const startnotitie = copyAlong(copy, path);
      if (startnotitie === undefined) continue;
      for (const gap of gaps) {
        startnotitie[gap] = standIn(gap, original);
        filled.push([...path, gap]);
      }
    }
    value = copy;
  }
  const result = CompleteInputSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    const own = result.error.issues.filter((issue) => !filled.some((path) => startsWith(issue.path, path)));
    // Only issues inside a stand-in would mean a stand-in does not fit: report them rather than pass.
    for (const issue of own.length > 0 ? own : result.error.issues) ctx.addIssue({ ...issue });
    return z.NEVER;
  }
  const parsed = result.data as Record<string, unknown>;
  for (const path of filled) {
    const owner = valueAt(parsed, path.slice(0, -1));
    if (isRecord(owner)) delete owner[path[path.length - 1] as string];
  }
  return parsed as ReflectionInput;
});
