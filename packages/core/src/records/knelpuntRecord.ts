import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { recordsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { ActorSchema } from '../parties/actor';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema, instantOf } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { EscalationStepSchema } from './escalationStep';
import { KnelpuntStatus } from './knelpuntStatus';

/** Routes where someone steps in from outside: that someone must not be a party to the knelpunt. */
const INTERVENING_ROUTES: ReadonlySet<string> = new Set(['facilitator', 'province_intervenes', 'rijk_decides']);

/**
 * The record of one knelpunt (a dispute or blockage) in an area process: what it is about, who
 * raised it when and in which role, the step it arose in, the parties to it, the opgaven at stake,
 * and its escalation history — each level with the route, who acted in which role, and the outcome.
 *
 * Rules (checked, with stable codes):
 * - `intervener_is_party`: at a facilitator, province or rijk level, whoever handles the knelpunt is
 *   not one of its parties (the province can be a party; then someone else steps in);
 * - `escalation_out_of_order`: levels start in time order, not before the knelpunt was raised;
 * - `escalation_level_unfinished`: every level but the last has an outcome, and only the last may
 *   end in anything but "no agreement";
 * - `knelpunt_status_mismatch`: `resolved` needs a last level that settled or decided, `escalated`
 *   a running level, `open` no levels at all.
 *
 * @example
 * const knelpunt = validate(KnelpuntRecordSchema, input);
 * knelpunt.escalation.at(-1)?.route; // 'facilitator'
 * @see handreiking §2.3 ("In gesprek over escalatie"; bijlage 1); bijlage 1, onderdeel 4
 */
export const KnelpuntRecordSchema = strictObject({
  ...documentHeader('knelpuntRecord'),
  gebiedsprocesId: IdSchema,
  title: LabelSchema,
  description: LabelSchema,
  raisedBy: ActorSchema,
  raisedAt: IsoDateTimeSchema,
  stepId: IdSchema,
  parties: NonEmptyIdListSchema,
  opgaveIds: IdListSchema,
  status: KnelpuntStatus.schema,
  escalation: z.array(EscalationStepSchema),
}).superRefine((record, ctx) => {
  const parties = new Set(record.parties);
  let previous = instantOf(record.raisedAt);
  for (const [index, step] of record.escalation.entries()) {
    if (INTERVENING_ROUTES.has(step.route) && parties.has(step.handledBy.partyId))
      schemaIssue(ctx, recordsIssues, 'intervener_is_party', { partyId: step.handledBy.partyId }, [
        'escalation',
        index,
        'handledBy',
        'partyId',
      ]);
    const started = instantOf(step.startedAt);
    if (started < previous)
      schemaIssue(ctx, recordsIssues, 'escalation_out_of_order', {}, ['escalation', index, 'startedAt']);
    previous = started;
    const last = index === record.escalation.length - 1;
    if (!last && step.outcome?.result !== 'no_agreement')
      schemaIssue(ctx, recordsIssues, 'escalation_level_unfinished', {}, ['escalation', index, 'outcome']);
  }
  const lastStep = record.escalation.at(-1);
  const lastResult = lastStep?.outcome?.result;
  const consistent =
    record.status === 'open'
      ? record.escalation.length === 0
      : record.status === 'escalated'
        ? lastStep !== undefined && (lastResult === undefined || lastResult === 'no_agreement')
        : record.status === 'resolved'
          ? lastResult === 'settled' || lastResult === 'package_deal' || lastResult === 'decided'
          : lastStep === undefined || lastResult === 'withdrawn';
  if (!consistent)
    schemaIssue(
      ctx,
      recordsIssues,
      'knelpunt_status_mismatch',
      { statusNl: KnelpuntStatus.label(record.status, 'nl'), statusEn: KnelpuntStatus.label(record.status, 'en') },
      ['status'],
    );
});
/** The record of one knelpunt with its escalation history (see {@link KnelpuntRecordSchema}). */
export interface KnelpuntRecord extends z.output<typeof KnelpuntRecordSchema> {}
