import * as z from 'zod';
import { ActorSchema } from '../parties/actor';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema, instantOf } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { addIssue } from '../primitives/validate';
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
export const KnelpuntRecordSchema = z
  .strictObject({
    ...documentHeader('knelpuntRecord'),
    gebiedsprocesId: IdSchema,
    title: LabelSchema,
    description: LabelSchema,
    raisedBy: ActorSchema,
    raisedAt: IsoDateTimeSchema,
    stepId: IdSchema,
    parties: z.array(IdSchema).min(1),
    opgaveIds: z.array(IdSchema),
    status: KnelpuntStatus.schema,
    escalation: z.array(EscalationStepSchema),
  })
  .superRefine((record, ctx) => {
    const parties = new Set(record.parties);
    let previous = instantOf(record.raisedAt);
    for (const [index, step] of record.escalation.entries()) {
      if (INTERVENING_ROUTES.has(step.route) && parties.has(step.handledBy.partyId))
        addIssue(
          ctx,
          'intervener_is_party',
          {
            nl: `"${step.handledBy.partyId}" is partij bij dit knelpunt en kan daarom niet ingrijpen of bemiddelen`,
            en: `"${step.handledBy.partyId}" is a party to this knelpunt and so cannot intervene or mediate`,
          },
          ['escalation', index, 'handledBy', 'partyId'],
        );
      const started = instantOf(step.startedAt);
      if (started < previous)
        addIssue(
          ctx,
          'escalation_out_of_order',
          {
            nl: 'Escalatieniveaus volgen elkaar in de tijd op en beginnen niet vóór het melden van het knelpunt',
            en: 'Escalation levels follow each other in time and do not start before the knelpunt was raised',
          },
          ['escalation', index, 'startedAt'],
        );
      previous = started;
      const last = index === record.escalation.length - 1;
      if (!last && step.outcome?.result !== 'no_agreement')
        addIssue(
          ctx,
          'escalation_level_unfinished',
          {
            nl: 'Een eerder escalatieniveau eindigt zonder overeenstemming voordat een volgend niveau begint',
            en: 'An earlier escalation level ends without agreement before a next level starts',
          },
          ['escalation', index, 'outcome'],
        );
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
      addIssue(
        ctx,
        'knelpunt_status_mismatch',
        {
          nl: `Status "${KnelpuntStatus.label(record.status, 'nl')}" past niet bij de escalatiegeschiedenis`,
          en: `Status "${KnelpuntStatus.label(record.status, 'en')}" does not match the escalation history`,
        },
        ['status'],
      );
  });
/** The record of one knelpunt with its escalation history (see {@link KnelpuntRecordSchema}). */
export interface KnelpuntRecord extends z.output<typeof KnelpuntRecordSchema> {}
