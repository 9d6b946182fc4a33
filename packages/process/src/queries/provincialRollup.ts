import {
  type GoalTargetHistory,
  IdSchema,
  IsoDateTimeSchema,
  type Need,
  OpgaveAssessmentSchema,
  type PlacementStatus,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { goalTargetHistories, visionGoalsOf } from '../internal/goalTargets';
import { provincesOf } from '../internal/provincesOf';
import { readSnapshot } from '../internal/readSnapshot';

/** One area process's verdict on a national opgave. */
export interface RollupAreaLine {
  readonly processId: string;
  readonly areaId: string | null;
  readonly opgaveId: string;
  readonly status: PlacementStatus;
  readonly reasoning: string;
  readonly needs: readonly Need[];
  readonly recordedAt: string;
  /**
   * The targets of the area's vision goals that cover this opgave: the original, the one in force
   * after herijkingen (`current`) and each adjustment with its decision. Empty without a vision.
   */
  readonly targets: readonly GoalTargetHistory[];
}

/** The roll-up of one national opgave over the province's area processes. */
export interface RollupOpgave {
  readonly nationalOpgaveId: string;
  readonly areas: readonly RollupAreaLine[];
  readonly counts: Readonly<Record<PlacementStatus, number>>;
  /** Everything asked for, with from whom, over all areas. */
  readonly needs: readonly (Need & { readonly processId: string })[];
  /**
   * The most demanding area verdict: not realistic if any area says so, else needs something
   * extra if any area does, else fits. A signal for the voorstel, not the province's verdict
   * (wisselgeld between areas can still make an opgave fit).
   */
  readonly worstStatus: PlacementStatus;
}

/** The roll-up of a province's area processes for its ruimtelijk voorstel. */
export interface ProvincialRollup {
  readonly provinceId: string | null;
  readonly processes: readonly string[];
  readonly opgaven: readonly RollupOpgave[];
  /** Processes that have not recorded any opgave verdict yet. */
  readonly withoutVerdicts: readonly string[];
}

const RollupOptionsSchema = z.strictObject({ provinceId: IdSchema.optional() });
const SnapshotListSchema = z.array(z.unknown());
const OpgaveAssessmentsSchema = z.array(OpgaveAssessmentSchema.extend({ recordedAt: IsoDateTimeSchema }));

/**
 * Rolls up the opgave verdicts (`opgave.assess` events) of all area processes of a province into
 * the shape of the provincial ruimtelijk voorstel: per national opgave, what fits, what needs
 * something extra (and from whom), and what is not realistic, each area line with the targets of
 * the area's goals for that opgave (original and, after a herijking, adjusted). Processes of another province are
 * left out when `provinceId` is given; an area across provinces (`settings.provinceIds`, §2.1)
 * counts in the rollup of each province it lies in, and a national rollup (no `provinceId`)
 * counts every area process once, even when the same process is passed twice. Pure over the snapshots. Throws `invalid_input` when
 * `snapshots` is not an array (path `snapshots`), for a snapshot that is not a valid persisted
 * area process or whose recorded opgave verdicts are malformed (path `snapshots.<i>...`), and for
 * options other than `{ provinceId?: id }` (path `options`); `invalid_argument` for a snapshot
 * without a process context.
 *
 * @example
 * provincialRollup([lindewaard.snapshot(), hogeZand.snapshot()], { provinceId: 'provincie-zuidmark' });
 * @see handreiking §2.5 ("een provinciaal plan is meer dan een optelsom van gebiedsplannen")
 */
export function provincialRollup(
  snapshots: readonly unknown[],
  options: { readonly provinceId?: string } = {},
): ProvincialRollup {
  validate(SnapshotListSchema, snapshots, { path: ['snapshots'] });
  validate(RollupOptionsSchema, options, { path: ['options'] });
  let read = snapshots
    .map((s, index) => {
      const r = readSnapshot(s, ['snapshots', index]);
      validate(OpgaveAssessmentsSchema, r.context.opgaveAssessments, {
        path: ['snapshots', index, 'machine', 'context', 'opgaveAssessments'],
      });
      return r;
    })
    .filter(({ snapshot }) => !options.provinceId || provincesOf(snapshot.settings).includes(options.provinceId));
  // One area process counts once, also when the lists of two provinces are put together: the
  // snapshot with the longest audit log (the latest) stands for it.
  const latest = new Map<string, (typeof read)[number]>();
  for (const r of read) {
    const seen = latest.get(r.snapshot.settings.processId);
    if (!seen || r.context.auditLog.length > seen.context.auditLog.length) latest.set(r.snapshot.settings.processId, r);
  }
  read = [...latest.values()];
  const byOpgave = new Map<string, RollupAreaLine[]>();
  for (const { snapshot, context } of read) {
    const targets = goalTargetHistories(visionGoalsOf(context.steps), context.monitoring);
    for (const assessment of context.opgaveAssessments) {
      const key = assessment.nationalOpgaveId ?? assessment.opgaveId;
      const line: RollupAreaLine = {
        processId: snapshot.settings.processId,
        areaId: snapshot.settings.areaId ?? null,
        opgaveId: assessment.opgaveId,
        status: assessment.placement.status,
        reasoning: assessment.placement.reasoning,
        needs: assessment.placement.status === 'needs_extra' ? assessment.placement.needs : [],
        recordedAt: assessment.recordedAt,
        targets: targets.filter((t) => t.opgaveIds.includes(assessment.opgaveId)),
      };
      byOpgave.set(key, [...(byOpgave.get(key) ?? []), line]);
    }
  }
  const opgaven = [...byOpgave.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([nationalOpgaveId, areas]): RollupOpgave => {
      const counts = { fits: 0, needs_extra: 0, not_realistic: 0 };
      for (const area of areas) counts[area.status] += 1;
      const worstStatus: PlacementStatus =
        counts.not_realistic > 0 ? 'not_realistic' : counts.needs_extra > 0 ? 'needs_extra' : 'fits';
      return {
        nationalOpgaveId,
        areas,
        counts,
        needs: areas.flatMap((a) => a.needs.map((n) => ({ ...n, processId: a.processId }))),
        worstStatus,
      };
    });
  return {
    provinceId: options.provinceId ?? null,
    processes: read.map(({ snapshot }) => snapshot.settings.processId),
    opgaven,
    withoutVerdicts: read
      .filter(({ context }) => context.opgaveAssessments.length === 0)
      .map(({ snapshot }) => snapshot.settings.processId),
  };
}
