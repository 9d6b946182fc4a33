import {
  IdSchema,
  type IsoDateTime,
  IsoDateTimeSchema,
  type Locale,
  LocaleSchema,
  type Mediation,
  type MediationOutcome,
  MediationOutcomeSchema,
  MediationSchema,
  type OutcomeParty,
  type PackageChoice,
  type PackageDealInput,
  PackageDealInputSchema,
  validate,
} from '@gebiedsgericht/core';
import { requireRecord } from './internal/arguments';
import { fail } from './messages';
import { evaluateValidPackage } from './packageDeals';

/** What {@link settledOutcome} needs. */
export interface SettledOutcomeInput {
  readonly id: string;
  /** The mediation that settled the dispute (style, parties, sessions with hours of talks). */
  readonly mediation: unknown;
  /** The package-deal input the agreed package was chosen from. */
  readonly input: unknown;
  /** The agreed package: one option per issue. */
  readonly choices: readonly PackageChoice[];
  readonly recordedAt: IsoDateTime;
  readonly summary: string;
  /** Language of the generated concede/gain texts. Default `nl`. */
  readonly locale?: Locale;
}

/**
 * Builds the outcome record of a mediation settled by a package deal, as the knelpunt escalation
 * of the process consumes it: status `settled`, the agreed package (issue, option, the agreement
 * in words), the style and the hours of talks from the mediation, and per party what it concedes
 * (issues where it accepts less than its preferred option, with the points given up) and gains
 * (issues where it gets its preferred option, and its total gain over no agreement).
 *
 * Throws `invalid_argument` (path `['args']`) when `args` is not an object, `invalid_input` for bad
 * documents and fields (path `['args', 'mediation']`, `['args', 'input']`, `['args', 'recordedAt']`,
 * `['args', 'locale']`, `['args', 'id']`, `['args', 'summary']`), the errors of
 * `evaluatePackage` for a bad package (path under `['args', 'choices']`), `unknown_party` when a party of the package is not in the
 * mediation, and `no_acceptable_package` when the package does not give every party more than its
 * disagreement point (then the dispute is not settled by it). Nothing passed in is changed.
 *
 * @example
 * const outcome = settledOutcome({ id: 'uitkomst-beekdal', mediation, input, choices: result.nash.choices,
 *   recordedAt: '2026-06-01T12:00:00+02:00', summary: 'Pakketdeal beekdal' });
 * @see handreiking bijlage 1, onderdeel 4; §2.3 (escalatiemodel)
 */
export function settledOutcome(args: SettledOutcomeInput): MediationOutcome {
  requireRecord(args, 'args (an object with id, mediation, input, choices, recordedAt and summary)', ['args']);
  const mediation: Mediation = validate(MediationSchema, args.mediation, { path: ['args', 'mediation'] });
  const input: PackageDealInput = validate(PackageDealInputSchema, args.input, { path: ['args', 'input'] });
  const recordedAt = validate(IsoDateTimeSchema, args.recordedAt, { path: ['args', 'recordedAt'] });
  const locale = validate(LocaleSchema, args.locale ?? 'nl', { path: ['args', 'locale'] });
  validate(IdSchema, args.id, { path: ['args', 'id'] });
  const evaluation = evaluateValidPackage(input, args.choices, ['args', 'choices']);
  for (const [index, party] of input.parties.entries())
    if (!mediation.partyIds.includes(party.partyId))
      throw fail('unknown_party', { partyId: party.partyId }, ['args', 'input', 'parties', index, 'partyId']);
  if (!evaluation.parties.every((p) => p.gain > 0))
    throw fail('no_acceptable_package', { inputId: input.id }, ['args', 'choices']);
  const nl = locale === 'nl';
  const issue = (id: string) => input.issues.find((i) => i.id === id);
  const optionTitle = (issueId: string, optionId: string) =>
    issue(issueId)?.options.find((o) => o.id === optionId)?.title ?? optionId;
  const fmt = (n: number) =>
    nl ? String(Math.round(n * 100) / 100).replace('.', ',') : String(Math.round(n * 100) / 100);
  const parties: OutcomeParty[] = mediation.partyIds.map((partyId) => {
    const e = evaluation.parties.find((p) => p.partyId === partyId);
    if (!e) return { partyId, concedes: [], gains: [] };
    const concedes = e.concessions.map(
      (c) =>
        `${issue(c.issueId)?.title ?? c.issueId}: ${optionTitle(c.issueId, c.optionId)} ${nl ? 'in plaats van' : 'instead of'} ${optionTitle(c.issueId, c.preferredOptionId)} (−${fmt(c.pointsGivenUp)} ${nl ? 'punten' : 'points'})`,
    );
    const gains = [
      ...e.preferredOn.map((issueId) => {
        const chosen = evaluation.choices.find((c) => c.issueId === issueId) as PackageChoice;
        return `${issue(issueId)?.title ?? issueId}: ${optionTitle(issueId, chosen.optionId)}`;
      }),
      nl
        ? `Per saldo +${fmt(e.gain)} punten ten opzichte van geen akkoord`
        : `On balance +${fmt(e.gain)} points compared with no agreement`,
    ];
    return { partyId, concedes, gains };
  });
  const outcome: MediationOutcome = {
    kind: 'mediationOutcome',
    schemaVersion: 2,
    id: args.id,
    disputeId: mediation.disputeId,
    ...(mediation.knelpuntId !== undefined ? { knelpuntId: mediation.knelpuntId } : {}),
    mediationId: mediation.id,
    recordedAt,
    style: mediation.style,
    sessionHours: mediation.sessions.reduce((s, x) => s + x.hours, 0),
    parties,
    status: 'settled',
    package: evaluation.choices.map((c) => ({
      issueId: c.issueId,
      optionId: c.optionId,
      agreement: `${issue(c.issueId)?.title ?? c.issueId}: ${optionTitle(c.issueId, c.optionId)}`,
    })),
    summary: args.summary,
  };
  // the fields left to check (summary, reason) are the caller's, under `args`
  return validate(MediationOutcomeSchema, outcome, { path: ['args'] });
}

/** What {@link notSettledOutcome} needs. */
export interface NotSettledOutcomeInput {
  readonly id: string;
  readonly mediation: unknown;
  readonly recordedAt: IsoDateTime;
  /** Why it did not settle, for whoever takes the next step of the escalation model. */
  readonly reason: string;
}

/**
 * Builds the outcome record of a mediation that did not settle the dispute: status
 * `not_settled` with the reason, the style and the hours of talks, so the knelpunt escalation can
 * take its next step (the ijkmoment agenda, the province intervening, the rijk deciding).
 *
 * Throws `invalid_argument` (path `['args']`) when `args` is not an object, and `invalid_input` for
 * a bad mediation (path `['args', 'mediation']`) or a bad id, date or reason (path `['args', 'id']`,
 * `['args', 'recordedAt']`, `['args', 'reason']`). Nothing passed in is changed.
 *
 * @example
 * notSettledOutcome({ id: 'uitkomst-2', mediation, recordedAt: '2026-06-01T12:00:00+02:00', reason: 'Geen pakket beter dan escalatie' });
 * @see handreiking bijlage 1, onderdeel 4 ("Bemiddeling leidt echter niet altijd tot een oplossing")
 */
export function notSettledOutcome(args: NotSettledOutcomeInput): MediationOutcome {
  requireRecord(args, 'args (an object with id, mediation, recordedAt and reason)', ['args']);
  const mediation: Mediation = validate(MediationSchema, args.mediation, { path: ['args', 'mediation'] });
  validate(IdSchema, args.id, { path: ['args', 'id'] });
  validate(IsoDateTimeSchema, args.recordedAt, { path: ['args', 'recordedAt'] });
  const outcome: MediationOutcome = {
    kind: 'mediationOutcome',
    schemaVersion: 2,
    id: args.id,
    disputeId: mediation.disputeId,
    ...(mediation.knelpuntId !== undefined ? { knelpuntId: mediation.knelpuntId } : {}),
    mediationId: mediation.id,
    recordedAt: args.recordedAt,
    style: mediation.style,
    sessionHours: mediation.sessions.reduce((s, x) => s + x.hours, 0),
    parties: mediation.partyIds.map((partyId) => ({ partyId, concedes: [], gains: [] })),
    status: 'not_settled',
    reason: args.reason,
  };
  // the fields left to check (summary, reason) are the caller's, under `args`
  return validate(MediationOutcomeSchema, outcome, { path: ['args'] });
}
