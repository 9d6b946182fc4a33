import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalIsoDateSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { EuroCentsSchema } from '../primitives/money';
import { NameSchema, TextSchema } from '../primitives/text';
import { ControlAspect } from './controlAspect';
import { ProjectPhase } from './projectPhase';

/**
 * The main directions of project management named in the handreiking: traditional phasing,
 * incremental methods (Agile, scrum, RAD, EVO, DSDM) and "projectmatig creëren" (self-steering
 * teams, a complement to the others).
 *
 * @example
 * ProjectMethod.label('incremental', 'nl'); // 'Incrementeel'
 * @see handreiking bijlage 1, onderdeel 1
 */
export const ProjectMethod = labelledEnum({
  traditional: { nl: 'Traditioneel (standaardfasering)', en: 'Traditional (standard phasing)' },
  incremental: { nl: 'Incrementeel', en: 'Incremental' },
  projectmatig_creeren: { nl: 'Projectmatig creëren', en: 'Projectmatig creëren (self-steering teams)' },
});
/** One of the {@link ProjectMethod} values. */
export type ProjectMethod = (typeof ProjectMethod)['values'][number];

/**
 * The priority of a scope item within a timebox (MoSCoW, from DSDM: outside the handreiking). With
 * a fixed lead time and budget the scope follows: "could" and "should" items go first.
 *
 * @example
 * ScopePriority.label('must', 'nl'); // 'Moet'
 */
export const ScopePriority = labelledEnum({
  must: { nl: 'Moet', en: 'Must have' },
  should: { nl: 'Zou moeten', en: 'Should have' },
  could: { nl: 'Zou kunnen', en: 'Could have' },
  wont: { nl: 'Nu niet', en: "Won't have this time" },
});
/** One of the {@link ScopePriority} values. */
export type ScopePriority = (typeof ScopePriority)['values'][number];

/**
 * A GOKIT decision point at the end of a phase: when, on which aspects, by whom.
 *
 * @example
 * DecisionPointSchema.parse({ date: '2026-09-30', aspects: ['money', 'quality', 'time'], decidedBy: 'gs-zuidmark' });
 * @see handreiking bijlage 1, onderdeel 1 (meet- en beslispunten aan de hand van GOKIT)
 */
export const DecisionPointSchema = strictObject({
  date: OptionalIsoDateSchema,
  aspects: z.array(ControlAspect.schema).min(1),
  decidedBy: OptionalIdSchema,
});
/** A GOKIT decision point (see {@link DecisionPointSchema}). */
export type DecisionPoint = z.infer<typeof DecisionPointSchema>;

/**
 * How a project is managed, one of three profiles:
 * - `traditional`: phase after phase, each closed by a GOKIT decision point;
 * - `incremental`: increments with a fixed timebox (lead time fixed, budget given, scope follows),
 *   users involved in the design;
 * - `projectmatig_creeren`: self-steering teams that make their own project structure, with
 *   delegated control aspects; usually a complement to one of the other two.
 *
 * @example
 * MethodProfileSchema.parse({ method: 'traditional', phases: [{ phase: 'initiative', decisionPoint: { aspects: ['money', 'time'] } }] });
 * @see handreiking bijlage 1, onderdeel 1
 */
export const MethodProfileSchema = z.discriminatedUnion('method', [
  strictObject({
    method: z.literal('traditional'),
    phases: z
      .array(
        strictObject({
          phase: ProjectPhase.schema,
          plannedFinish: OptionalIsoDateSchema,
          decisionPoint: DecisionPointSchema.optional(),
        }),
      )
      .min(1),
  }),
  strictObject({
    method: z.literal('incremental'),
    variant: z.enum(['agile', 'scrum', 'rad', 'evo', 'dsdm', 'other']).optional(),
    increments: z
      .array(
        strictObject({
          id: IdSchema,
          name: NameSchema,
          timebox: strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
          budget: EuroCentsSchema.optional(),
          scope: z.array(strictObject({ id: IdSchema, description: TextSchema, priority: ScopePriority.schema })),
          userIds: IdListSchema,
        }),
      )
      .min(1),
  }),
  strictObject({
    method: z.literal('projectmatig_creeren'),
    complements: z.enum(['traditional', 'incremental']).optional(),
    teams: z
      .array(
        strictObject({
          id: IdSchema,
          name: NameSchema,
          memberIds: NonEmptyIdListSchema,
          mandate: NonEmptyStringSchema,
          delegatedAspects: z.array(ControlAspect.schema),
        }),
      )
      .min(1),
  }),
]);
/** How a project is managed (see {@link MethodProfileSchema}). */
export type MethodProfile = z.infer<typeof MethodProfileSchema>;
