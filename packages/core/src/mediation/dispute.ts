import * as z from 'zod';
import {
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalNonEmptyStringSchema,
  OptionalTextSchema,
} from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { NameSchema, TextSchema } from '../primitives/text';
import { DisputeCharacteristicsSchema } from './disputeCharacteristics';

/**
 * One issue (point of disagreement) in a dispute, for example "housing in the brook valley".
 *
 * @example
 * const issue: DisputeIssue = { id: 'beekdal-woningbouw', title: 'Woningbouw in het beekdal' };
 * @see handreiking bijlage 1, onderdeel 4
 */
export const DisputeIssueSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
  description: OptionalTextSchema,
});
/** One issue in a dispute. */
export type DisputeIssue = z.infer<typeof DisputeIssueSchema>;

/**
 * What a party states on one issue: its position (standpunt), the "what".
 *
 * @example
 * const p: DisputePosition = { issueId: 'beekdal-woningbouw', statement: '300 woningen in het dal' };
 */
export const DisputePositionSchema = strictObject({
  issueId: IdSchema,
  statement: NonEmptyStringSchema,
});
/** A party's position on one issue. */
export type DisputePosition = z.infer<typeof DisputePositionSchema>;

/**
 * A party to a dispute with its interests (belangen, the "why"), its values (waarden, "waar sta ik
 * voor"), its positions per issue, and optionally what it expects without agreement (its
 * alternative, for example what escalation would bring).
 *
 * @example
 * const party: DisputeParty = {
 *   partyId: 'gemeente-beekdal', name: 'Gemeente Beekdal',
 *   interests: ['Betaalbare woningen voor starters'], values: ['Vitale dorpen'],
 *   positions: [{ issueId: 'beekdal-woningbouw', statement: '300 woningen in het dal' }],
 * };
 * @see handreiking bijlage 1, onderdeel 3 (best practices 1 and 3)
 */
export const DisputePartySchema = strictObject({
  partyId: IdSchema,
  name: NameSchema,
  interests: z.array(NonEmptyStringSchema),
  values: z.array(NonEmptyStringSchema),
  positions: z.array(DisputePositionSchema),
  alternative: OptionalNonEmptyStringSchema,
});
/** A party to a dispute. */
export type DisputeParty = z.infer<typeof DisputePartySchema>;

/**
 * What happened in a dispute: raised, put on an ijkmoment agenda, mediation started, a session, a
 * proposal, an agreement, a breakdown, escalation.
 *
 * @example
 * DisputeEventKind.label('ijkmoment_agenda', 'nl'); // 'Geagendeerd op ijkmoment'
 * @see handreiking bijlage 1, onderdeel 4 (two options: ijkmoment or procesbegeleider)
 */
export const DisputeEventKind = labelledEnum({
  raised: { nl: 'Knelpunt gemeld', en: 'Dispute raised' },
  ijkmoment_agenda: { nl: 'Geagendeerd op ijkmoment', en: 'Put on the ijkmoment agenda' },
  mediation_started: { nl: 'Bemiddeling gestart', en: 'Mediation started' },
  session: { nl: 'Gesprek', en: 'Session' },
  proposal: { nl: 'Voorstel gedaan', en: 'Proposal made' },
  agreement: { nl: 'Overeenstemming', en: 'Agreement' },
  breakdown: { nl: 'Vastgelopen', en: 'Broken down' },
  escalated: { nl: 'Geëscaleerd', en: 'Escalated' },
  note: { nl: 'Aantekening', en: 'Note' },
});
/** One of the {@link DisputeEventKind} values. */
export type DisputeEventKind = (typeof DisputeEventKind)['values'][number];

/**
 * One entry in the history of a dispute.
 *
 * @example
 * const e: DisputeHistoryEntry = { at: '2026-03-02T10:00:00+01:00', kind: 'raised', description: 'Gemeld door het waterschap' };
 */
export const DisputeHistoryEntrySchema = strictObject({
  at: IsoDateTimeSchema,
  kind: DisputeEventKind.schema,
  description: TextSchema,
  byPartyId: OptionalIdSchema,
});
/** One entry in the history of a dispute. */
export type DisputeHistoryEntry = z.infer<typeof DisputeHistoryEntrySchema>;

/**
 * A dispute (geschil) between parties in a gebiedsproces: the parties, the issues, each party's
 * interests, values and positions, the history, and optionally the characteristics that bear on
 * the choice of a mediation style. Links to the knelpunt of the process by `knelpuntId`.
 *
 * Rules: at least two parties and one issue; party ids and issue ids are unique; every position
 * names a known issue (`unknown_issue`).
 *
 * @example
 * validate(DisputeSchema, json);
 * @see handreiking bijlage 1, onderdeel 4 (omgaan met verschillen van inzicht)
 */
export const DisputeSchema = strictObject({
  ...documentHeader('dispute'),
  title: NonEmptyStringSchema,
  knelpuntId: OptionalIdSchema,
  areaId: OptionalIdSchema,
  parties: z.array(DisputePartySchema).min(2),
  issues: z.array(DisputeIssueSchema).min(1),
  history: z.array(DisputeHistoryEntrySchema),
  characteristics: DisputeCharacteristicsSchema.optional(),
}).superRefine((dispute, ctx) => {
  const issueIds = new Set<string>();
  for (const [i, issue] of dispute.issues.entries()) {
    if (issueIds.has(issue.id)) schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: issue.id }, ['issues', i, 'id']);
    issueIds.add(issue.id);
  }
  const partyIds = new Set<string>();
  for (const [p, party] of dispute.parties.entries()) {
    if (partyIds.has(party.partyId))
      schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: party.partyId }, ['parties', p, 'partyId']);
    partyIds.add(party.partyId);
    for (const [q, position] of party.positions.entries()) {
      if (!issueIds.has(position.issueId))
        schemaIssue(ctx, mediationIssues, 'unknown_issue', { issueId: position.issueId }, [
          'parties',
          p,
          'positions',
          q,
          'issueId',
        ]);
    }
  }
  for (const [h, entry] of dispute.history.entries()) {
    if (entry.byPartyId !== undefined && !partyIds.has(entry.byPartyId))
      schemaIssue(ctx, sharedIssues, 'unknown_party', { partyId: entry.byPartyId }, ['history', h, 'byPartyId']);
  }
});
/** A dispute between parties in a gebiedsproces. */
export interface Dispute extends z.output<typeof DisputeSchema> {}
