import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema, safeRecord } from '../primitives/id';
import { NameSchema } from '../primitives/text';

/**
 * One option for settling one issue, for example "no housing in the valley".
 *
 * @example
 * const o: IssueOption = { id: 'geen', title: 'Geen woningen in het dal' };
 */
export const IssueOptionSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
});
/** One option for settling one issue. */
export type IssueOption = z.infer<typeof IssueOptionSchema>;

/**
 * An issue that is negotiated as part of a package, with its options.
 *
 * @example
 * const i: NegotiationIssue = { id: 'dal', title: 'Woningbouw in het beekdal', options: [{ id: 'geen', title: 'Geen' }, { id: 'deels', title: 'Deels' }] };
 */
export const NegotiationIssueSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
  options: z.array(IssueOptionSchema).min(1),
});
/** An issue negotiated as part of a package. */
export type NegotiationIssue = z.infer<typeof NegotiationIssueSchema>;

/**
 * One party's scoring system in a package negotiation: points for every option of every issue
 * (`points[issueId][optionId]`, additive over issues, so the spread of points on an issue shows
 * its priority), and the disagreement point: what the party scores without agreement, for
 * example what escalation would bring. A package is acceptable to the party only if it scores
 * strictly more than the disagreement point.
 *
 * @example
 * const p: PackageDealParty = {
 *   partyId: 'waterschap-aa-en-lindt', name: 'Waterschap Aa en Lindt',
 *   points: { dal: { geen: 60, deels: 20 } }, disagreementPoint: 25,
 *   disagreementDescription: 'Escalatie naar de provincie: uitkomst onzeker',
 * };
 * @see handreiking bijlage 1, onderdeel 4 (toezeggingen op punten die de ander niet had geëist)
 */
export const PackageDealPartySchema = strictObject({
  partyId: IdSchema,
  name: NameSchema,
  points: safeRecord(safeRecord(z.number().finite())),
  disagreementPoint: z.number().finite(),
  disagreementDescription: OptionalNonEmptyStringSchema,
});
/** One party's scoring system in a package negotiation. */
export type PackageDealParty = z.infer<typeof PackageDealPartySchema>;

/**
 * The input of a package-deal search (logrolling): the issues with their options and every party's
 * scoring system and disagreement point.
 *
 * Rules: at least one issue and two parties; ids unique; every party scores every option of every
 * issue and nothing else (`unknown_issue`, `unknown_option`, `missing_points`).
 *
 * @example
 * validate(PackageDealInputSchema, json);
 * @see handreiking bijlage 1, onderdeel 4
 */
export const PackageDealInputSchema = strictObject({
  ...documentHeader('packageDealInput'),
  disputeId: OptionalIdSchema,
  issues: z.array(NegotiationIssueSchema).min(1),
  parties: z.array(PackageDealPartySchema).min(2),
}).superRefine((input, ctx) => {
  const issues = new Map<string, Set<string>>();
  for (const [i, issue] of input.issues.entries()) {
    if (issues.has(issue.id)) schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: issue.id }, ['issues', i, 'id']);
    const options = new Set<string>();
    for (const [o, option] of issue.options.entries()) {
      if (options.has(option.id))
        schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: option.id }, ['issues', i, 'options', o, 'id']);
      options.add(option.id);
    }
    issues.set(issue.id, options);
  }
  const partyIds = new Set<string>();
  for (const [p, party] of input.parties.entries()) {
    if (partyIds.has(party.partyId))
      schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: party.partyId }, ['parties', p, 'partyId']);
    partyIds.add(party.partyId);
    for (const [issueId, byOption] of Object.entries(party.points)) {
      const options = issues.get(issueId);
      if (!options) {
        schemaIssue(ctx, mediationIssues, 'unknown_issue', { issueId }, ['parties', p, 'points', issueId]);
        continue;
      }
      for (const optionId of Object.keys(byOption)) {
        if (!options.has(optionId))
          schemaIssue(ctx, mediationIssues, 'unknown_option', { optionId, issueId }, [
            'parties',
            p,
            'points',
            issueId,
            optionId,
          ]);
      }
    }
    for (const [issueId, options] of issues) {
      const scored = Object.hasOwn(party.points, issueId) ? party.points[issueId] : undefined;
      for (const optionId of options) {
        if (!scored || !Object.hasOwn(scored, optionId))
          schemaIssue(ctx, mediationIssues, 'missing_points', { party: party.name, option: `${issueId}/${optionId}` }, [
            'parties',
            p,
            'points',
            issueId,
          ]);
      }
    }
  }
});
/** The input of a package-deal search. */
export interface PackageDealInput extends z.output<typeof PackageDealInputSchema> {}
