import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { NameSchema } from '../primitives/text';

/**
 * What a question to another party is meant to uncover: its wishes, its motives, its obstacles or
 * its goals ("Bestudeer motivaties, obstakels en doelen").
 *
 * @example
 * QuestionTopic.label('obstacle', 'nl'); // 'Obstakel'
 * @see handreiking bijlage 1, onderdeel 3 (best practice 3)
 */
export const QuestionTopic = labelledEnum({
  wish: { nl: 'Wens', en: 'Wish' },
  motive: { nl: 'Beweegreden', en: 'Motive' },
  obstacle: { nl: 'Obstakel', en: 'Obstacle' },
  goal: { nl: 'Doel', en: 'Goal' },
});
/** One of the {@link QuestionTopic} values. */
export type QuestionTopic = (typeof QuestionTopic)['values'][number];

/**
 * A value the preparing party stands for, and why.
 *
 * @example
 * const v: OwnValue = { value: 'Droge voeten', why: 'Kerntaak van het waterschap' };
 */
export const OwnValueSchema = strictObject({
  value: NonEmptyStringSchema,
  why: OptionalNonEmptyStringSchema,
});
/** A value the preparing party stands for. */
export type OwnValue = z.infer<typeof OwnValueSchema>;

/**
 * What the preparing party thinks another party stands for: its values and interests.
 *
 * @example
 * const o: OtherPartyView = { partyId: 'gemeente-beekdal', name: 'Gemeente Beekdal', values: ['Vitale dorpen'], interests: ['Woningen voor starters'] };
 */
export const OtherPartyViewSchema = strictObject({
  partyId: IdSchema,
  name: NameSchema,
  values: z.array(NonEmptyStringSchema).min(1),
  interests: z.array(NonEmptyStringSchema),
});
/** What the preparing party thinks another party stands for. */
export type OtherPartyView = z.infer<typeof OtherPartyViewSchema>;

/**
 * A question to ask another party, what it is meant to uncover, and (after the talk) the answer.
 *
 * @example
 * const q: PreparedQuestion = { toPartyId: 'gemeente-beekdal', topic: 'motive', question: 'Waarom juist in het dal?' };
 */
export const PreparedQuestionSchema = strictObject({
  toPartyId: IdSchema,
  topic: QuestionTopic.schema,
  question: NonEmptyStringSchema,
  answer: OptionalNonEmptyStringSchema,
});
/** A question to ask another party. */
export type PreparedQuestion = z.infer<typeof PreparedQuestionSchema>;

/**
 * A party's preparation for a negotiation along the three best practices of the handreiking:
 * (1) its own values and the others' values, and from both what is possible on this playing field;
 * (2) time for informal talk before the core; (3) questions to ask, and to keep asking, about the
 * others' wishes, motives, obstacles and goals.
 *
 * Rules: questions go to parties in `otherParties` (`unknown_party`); at least one own value, one
 * other party and one question.
 *
 * @example
 * validate(NegotiationPreparationSchema, json);
 * @see handreiking bijlage 1, onderdeel 3 ("Geen bokswedstrijd maar dans; best practices")
 */
export const NegotiationPreparationSchema = strictObject({
  ...documentHeader('negotiationPreparation'),
  disputeId: OptionalIdSchema,
  partyId: IdSchema,
  partyName: NonEmptyStringSchema,
  ownValues: z.array(OwnValueSchema).min(1),
  otherParties: z.array(OtherPartyViewSchema).min(1),
  possibilities: z.array(NonEmptyStringSchema),
  informalTalk: strictObject({
    planned: z.boolean(),
    notes: OptionalNonEmptyStringSchema,
  }),
  questions: z.array(PreparedQuestionSchema).min(1),
}).superRefine((prep, ctx) => {
  const others = new Set(prep.otherParties.map((o) => o.partyId));
  for (const [q, question] of prep.questions.entries()) {
    if (!others.has(question.toPartyId))
      schemaIssue(ctx, sharedIssues, 'unknown_party', { partyId: question.toPartyId }, ['questions', q, 'toPartyId']);
  }
  if (others.has(prep.partyId)) schemaIssue(ctx, mediationIssues, 'own_party_as_other', {}, ['otherParties']);
});
/** A party's preparation for a negotiation. */
export interface NegotiationPreparation extends z.output<typeof NegotiationPreparationSchema> {}
