import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalIsoDateSchema,
  UnitIntervalSchema,
} from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import type { IssuePath } from '../primitives/errors';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import type { RefinementContext } from '../primitives/validate';

/**
 * A dilemma put as two extremes, for example "cluster" versus "spread".
 *
 * @example
 * const d: Dilemma = { id: 'clusteren', question: 'Clusteren of spreiden?', leftExtreme: 'Clusteren', rightExtreme: 'Spreiden' };
 * @see handreiking bijlage 2, voorbeeld 4 (West-Overijssel)
 */
export const DilemmaSchema = strictObject({
  id: IdSchema,
  question: NonEmptyStringSchema,
  leftExtreme: NonEmptyStringSchema,
  rightExtreme: NonEmptyStringSchema,
});
/** A dilemma as two extremes. */
export type Dilemma = z.infer<typeof DilemmaSchema>;

/**
 * An argument participants can give for their place on the line; shared across participants so
 * that the same argument can be recognised behind different positions.
 *
 * @example
 * const a: DilemmaArgument = { id: 'netcongestie', text: 'Het net zit vol' };
 */
export const DilemmaArgumentSchema = strictObject({
  id: IdSchema,
  text: NonEmptyStringSchema,
});
/** An argument on the dilemma line. */
export type DilemmaArgument = z.infer<typeof DilemmaArgumentSchema>;

/**
 * A participant in a dilemma-line session, optionally on behalf of a party.
 *
 * @example
 * const p: DilemmaParticipant = { id: 'wethouder-beekdal', name: 'Wethouder Beekdal', partyId: 'gemeente-beekdal' };
 */
export const DilemmaParticipantSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  partyId: OptionalIdSchema,
});
/** A participant on the dilemma line. */
export type DilemmaParticipant = z.infer<typeof DilemmaParticipantSchema>;

/**
 * Where a participant stands on one dilemma: 0 is the left extreme, 1 the right extreme; with the
 * arguments the participant gave.
 *
 * @example
 * const p: DilemmaPosition = { dilemmaId: 'clusteren', participantId: 'wethouder-beekdal', position: 0.2, argumentIds: ['netcongestie'] };
 */
export const DilemmaPositionSchema = strictObject({
  dilemmaId: IdSchema,
  participantId: IdSchema,
  position: UnitIntervalSchema,
  argumentIds: IdListSchema,
});
/** A participant's place on one dilemma line. */
export type DilemmaPosition = z.infer<typeof DilemmaPositionSchema>;

/**
 * Internal (not in the section barrel): checks dilemma positions against the known dilemmas,
 * participants and arguments (`unknown_dilemma`, `unknown_participant`, `unknown_argument`) and
 * allows one position per participant per dilemma (`duplicate_position`) across every call that
 * shares `taken`. Used by the dilemma line and by conversation-map sessions.
 */
export function checkDilemmaPositions(
  ctx: RefinementContext,
  positions: readonly DilemmaPosition[],
  known: { dilemmas: ReadonlySet<string>; participants: ReadonlySet<string>; argumentIds: ReadonlySet<string> },
  path: IssuePath,
  taken: Set<string>,
): void {
  for (const [i, position] of positions.entries()) {
    if (!known.dilemmas.has(position.dilemmaId))
      schemaIssue(ctx, mediationIssues, 'unknown_dilemma', { dilemmaId: position.dilemmaId }, [
        ...path,
        i,
        'dilemmaId',
      ]);
    if (!known.participants.has(position.participantId))
      schemaIssue(ctx, mediationIssues, 'unknown_participant', { participantId: position.participantId }, [
        ...path,
        i,
        'participantId',
      ]);
    for (const [a, argumentId] of position.argumentIds.entries()) {
      if (!known.argumentIds.has(argumentId))
        schemaIssue(ctx, mediationIssues, 'unknown_argument', { argumentId }, [...path, i, 'argumentIds', a]);
    }
    const key = JSON.stringify([position.dilemmaId, position.participantId]);
    if (taken.has(key))
      schemaIssue(
        ctx,
        mediationIssues,
        'duplicate_position',
        { participantId: position.participantId, dilemmaId: position.dilemmaId },
        [...path, i],
      );
    taken.add(key);
  }
}

/**
 * A dilemma-line session (the West-Overijssel working form): dilemmas as two extremes, participants
 * who take a place along a line of tape on the floor and argue it.
 *
 * Rules: positions name known dilemmas, participants and arguments (`unknown_dilemma`,
 * `unknown_participant`, `unknown_argument`); one position per participant per dilemma
 * (`duplicate_position`).
 *
 * @example
 * validate(DilemmaLineSchema, json);
 * @see handreiking bijlage 2, voorbeeld 4 (Werkvorm: kanalisering discussie en meningsvorming)
 */
export const DilemmaLineSchema = strictObject({
  ...documentHeader('dilemmaLine'),
  title: NonEmptyStringSchema,
  heldOn: OptionalIsoDateSchema,
  dilemmas: z.array(DilemmaSchema).min(1),
  participants: z.array(DilemmaParticipantSchema).min(1),
  arguments: z.array(DilemmaArgumentSchema),
  positions: z.array(DilemmaPositionSchema),
}).superRefine((line, ctx) => {
  const dilemmas = checkUniqueIds(ctx, line.dilemmas, ['dilemmas']);
  const participants = checkUniqueIds(ctx, line.participants, ['participants']);
  const argumentIds = checkUniqueIds(ctx, line.arguments, ['arguments']);
  checkDilemmaPositions(ctx, line.positions, { dilemmas, participants, argumentIds }, ['positions'], new Set());
});
/** A dilemma-line session. */
export interface DilemmaLine extends z.output<typeof DilemmaLineSchema> {}
