import * as z from 'zod';
import { IdListSchema, OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema, IsoDateTimeSchema } from '../primitives/isoDate';
import { NameSchema } from '../primitives/text';
import { MediationStyle } from './mediationStyle';

/**
 * One mediation session, with its hours of talks (gesprekstijd). The Mediatorsfederatie Nederland
 * figures count hours of talks, not elapsed calendar time, so each session records its hours.
 *
 * @example
 * const s: MediationSession = { date: '2026-04-14', hours: 2.5 };
 * @see handreiking bijlage 1, onderdeel 4 (MfN: circa 25% binnen vijf uur gesprekstijd)
 */
export const MediationSessionSchema = strictObject({
  date: IsoDateSchema,
  hours: z.number().positive().max(24),
  partyIds: IdListSchema.optional(),
  note: OptionalNonEmptyStringSchema,
});
/** One mediation session with its hours of talks. */
export type MediationSession = z.infer<typeof MediationSessionSchema>;

/**
 * One party's rating of the mediator's impartiality at one moment: whether the party sees the
 * mediator as impartial and objective, optionally a score from 1 (clearly partial) to 5 (fully
 * impartial) and a note.
 *
 * @example
 * const r: ImpartialityRating = { partyId: 'gemeente-beekdal', at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 };
 * @see handreiking bijlage 1, onderdeel 4 ("door alle partijen als onpartijdig en objectief wordt waargenomen")
 */
export const ImpartialityRatingSchema = strictObject({
  partyId: IdSchema,
  at: IsoDateTimeSchema,
  impartial: z.boolean(),
  score: z.number().int().min(1).max(5).optional(),
  note: OptionalNonEmptyStringSchema,
});
/** One party's rating of the mediator's impartiality at one moment. */
export type ImpartialityRating = z.infer<typeof ImpartialityRatingSchema>;

/**
 * The mediator (procesbegeleider, regievoerder): a person, optionally the organisation, and, if
 * the mediator works for one of the parties, which one (then the mediator is not independent).
 *
 * @example
 * const m: Mediator = { name: 'mr. A. de Vries', organisation: 'Bureau Tussenweg' };
 */
export const MediatorSchema = strictObject({
  name: NameSchema,
  organisation: OptionalNonEmptyStringSchema,
  affiliatedPartyId: OptionalIdSchema,
});
/** The mediator of a mediation. */
export type Mediator = z.infer<typeof MediatorSchema>;

/**
 * A running (or finished) mediation of one dispute: mediator, style, parties, sessions with their
 * hours of talks, and each party's impartiality ratings over time.
 *
 * Rules: the mediator is not affiliated with a party (`mediator_is_party`); sessions and ratings
 * name known parties (`unknown_party`).
 *
 * @example
 * validate(MediationSchema, json);
 * @see handreiking bijlage 1, onderdeel 4 (onafhankelijke procesbegeleider of regievoerder)
 */
export const MediationSchema = strictObject({
  ...documentHeader('mediation'),
  disputeId: IdSchema,
  knelpuntId: OptionalIdSchema,
  mediator: MediatorSchema,
  style: MediationStyle.schema,
  startedOn: IsoDateSchema,
  partyIds: IdListSchema.min(2),
  sessions: z.array(MediationSessionSchema),
  impartialityRatings: z.array(ImpartialityRatingSchema),
}).superRefine((mediation, ctx) => {
  const parties = new Set(mediation.partyIds);
  if (parties.size !== mediation.partyIds.length)
    schemaIssue(
      ctx,
      sharedIssues,
      'duplicate_id',
      { id: mediation.partyIds.find((p, i) => mediation.partyIds.indexOf(p) !== i) ?? '' },
      ['partyIds'],
    );
  const affiliated = mediation.mediator.affiliatedPartyId;
  if (affiliated !== undefined && parties.has(affiliated))
    schemaIssue(ctx, mediationIssues, 'mediator_is_party', { affiliated }, ['mediator', 'affiliatedPartyId']);
  for (const [s, session] of mediation.sessions.entries()) {
    for (const [p, partyId] of (session.partyIds ?? []).entries()) {
      if (!parties.has(partyId))
        schemaIssue(ctx, sharedIssues, 'unknown_party', { partyId }, ['sessions', s, 'partyIds', p]);
    }
  }
  for (const [r, rating] of mediation.impartialityRatings.entries()) {
    if (!parties.has(rating.partyId))
      schemaIssue(ctx, sharedIssues, 'unknown_party', { partyId: rating.partyId }, [
        'impartialityRatings',
        r,
        'partyId',
      ]);
  }
});
/** A mediation of one dispute. */
export interface Mediation extends z.output<typeof MediationSchema> {}
