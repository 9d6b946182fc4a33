import * as z from 'zod';
import { OptionalIdSchema, OptionalIsoDateTimeSchema, OptionalNonEmptyStringSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { MediationStyle } from '../../mediation/mediationStyle';
import { IdSchema } from '../../primitives/id';
import { IsoDateTimeSchema } from '../../primitives/isoDate';
import { LabelSchema } from '../../primitives/labels';
import { ProcessRole } from '../processRole';
import { KnelpuntSchema } from './Knelpunt';
import { KnelpuntEscalationModelSchema } from './KnelpuntEscalationModel';
import { KnelpuntLevel } from './KnelpuntLevel';
import { KnelpuntOutcomeResult } from './KnelpuntOutcomeResult';
import { PackageDealQualitySchema } from './PackageDealQuality';

/**
 * One stay of a knelpunt at a level: when it entered, by when the level's time limit runs out
 * (`dueAt`, from the escalation model), and the particulars: the ijkmoment it is on the agenda of,
 * the mediator and style, the intervener, and — when the model redirected the step because the
 * intended intervener is a party — the level it was redirected from.
 *
 * @example
 * const stay: KnelpuntLevelStay = { level: 'rijk_decision', enteredAt: '…', enteredBy: 'gemeente-lindewaard', enteredByRole: 'partij', dueAt: '…', intervener: 'ministerie-vro', redirectedFrom: { level: 'province_intervention', intervener: 'provincie-zuidmark' } };
 * @see handreiking §2.3 (wie ingrijpt is geen partij bij het knelpunt)
 */
export const KnelpuntLevelStaySchema = strictObject({
  level: KnelpuntLevel.schema,
  enteredAt: IsoDateTimeSchema,
  enteredBy: IdSchema,
  enteredByRole: ProcessRole.schema,
  dueAt: OptionalIsoDateTimeSchema,
  ijkmomentId: OptionalIdSchema,
  mediator: OptionalIdSchema,
  style: MediationStyle.schema.optional(),
  intervener: OptionalIdSchema,
  redirectedFrom: strictObject({
    level: z.enum(['province_intervention', 'rijk_decision']),
    intervener: IdSchema,
  }).optional(),
});
/** One stay of a knelpunt at a level. */
export interface KnelpuntLevelStay extends z.output<typeof KnelpuntLevelStaySchema> {}

/**
 * One recorded outcome of a level: who, when, from which role, the result and a summary; a
 * settled package deal carries its overall quality as re-scored with the afwegingskader.
 *
 * @example
 * const o: KnelpuntOutcome = { level: 'mediation', at: '…', actor: 'bureau-tussenweg', role: 'mediator', result: 'package_deal', summary: { nl: '…', en: '…' } };
 * @see handreiking bijlage 1, onderdeel 4
 */
export const KnelpuntOutcomeSchema = strictObject({
  level: KnelpuntLevel.schema,
  at: IsoDateTimeSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
  result: KnelpuntOutcomeResult.schema,
  summary: LabelSchema,
  motivation: OptionalNonEmptyStringSchema,
  decisionId: OptionalIdSchema,
  mediationId: OptionalIdSchema,
  packageDealQuality: PackageDealQualitySchema.optional(),
});
/** One recorded outcome of a level. */
export interface KnelpuntOutcome extends z.output<typeof KnelpuntOutcomeSchema> {}

/**
 * The plain-JSON state of one knelpunt (the context of its child actor): the knelpunt, the
 * escalation model it follows, its current level, every stay at a level and every outcome.
 *
 * @example
 * const state = actor.getSnapshot().context; // KnelpuntState
 * state.level; // 'mediation'
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export const KnelpuntStateSchema = strictObject({
  knelpunt: KnelpuntSchema,
  model: KnelpuntEscalationModelSchema,
  raisedAt: IsoDateTimeSchema,
  lastEventAt: IsoDateTimeSchema,
  level: KnelpuntLevel.schema,
  stays: z.array(KnelpuntLevelStaySchema).min(1),
  outcomes: z.array(KnelpuntOutcomeSchema),
});
/** The plain-JSON state of one knelpunt. */
export interface KnelpuntState extends z.output<typeof KnelpuntStateSchema> {}

/**
 * What a knelpunt child actor is started with: the knelpunt, the escalation model, when and by whom
 * it was raised.
 *
 * @example
 * createActor(knelpuntMachine, { input: { knelpunt, model, timestamp: '2027-03-01T10:00:00+01:00', actor: 'waterschap-aa-en-lindt', role: 'partij' } });
 * @see handreiking §2.3
 */
export const KnelpuntInputSchema = strictObject({
  knelpunt: KnelpuntSchema,
  model: KnelpuntEscalationModelSchema,
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
});
/** What a knelpunt child actor is started with. */
export interface KnelpuntInput extends z.output<typeof KnelpuntInputSchema> {}
