import type { ErrorIssue, GebiedsprocesAuthority, GebiedsprocesSettings, Label } from '@gebiedsgericht/core';
import type { GebiedsprocesEvent } from '../machine/extensions';
import type { GebiedsprocesContext } from '../machine/gebiedsprocesContext';
import { processMessages } from '../messages';
import { actsAs, actsForParty, decidersOfStep, isKnownActor, partiesOfActor, partyOf, structureOf } from './actingFor';

const issue = processMessages.issue;

/** What an authority check looks at: the rules from the startnotitie, the process context and the event. */
export interface AuthorityInput {
  readonly authority: GebiedsprocesAuthority;
  readonly changeRules: GebiedsprocesSettings['changeRules'];
  readonly context: GebiedsprocesContext;
  readonly event: GebiedsprocesEvent;
}

/**
 * One row of the authority table: the event types it covers, who may send them and from which
 * role or body (in Dutch and English, as docs/process.md shows them), and the check itself.
 */
export interface AuthorityRule {
  readonly eventTypes: readonly string[];
  readonly who: Label;
  readonly from: Label;
  readonly check: (input: AuthorityInput) => ErrorIssue | null;
}

type EventOf<T extends string> = Extract<GebiedsprocesEvent, { type: T }>;

function notAuthorised(event: GebiedsprocesEvent, who: Label): ErrorIssue {
  return issue('actor_not_authorised', { actor: event.actor, event: event.type, whoNl: who.nl, whoEn: who.en }, [
    'actor',
  ]);
}

/** A decision (or consent) is taken by a party in one of its own bodies. */
function rejectionOfBody(
  authority: GebiedsprocesAuthority,
  partyId: string,
  bodyId: string,
  path: (string | number)[],
): ErrorIssue | null {
  const party = partyOf(authority, partyId);
  if (!party) return issue('unknown_party', { partyId }, [...path.slice(0, -1), 'partyId']);
  if (!party.bodyIds.includes(bodyId)) return issue('body_not_of_party', { bodyId, partyId }, path);
  return null;
}

type WithDecision = EventOf<
  'step.close' | 'process.suspend' | 'process.resume' | 'process.stop' | 'framework.extend' | 'change.major'
>;

/** The decision's own party and body agree with who it says decided, and the actor acts for that party. */
function rejectionOfDecision(authority: GebiedsprocesAuthority, event: WithDecision, who: Label): ErrorIssue | null {
  const d = event.decision;
  const body = rejectionOfBody(authority, d.partyId, d.bodyId, ['decision', 'bodyId']);
  if (body) return body;
  if (d.decidedBy.partyId !== d.partyId || (d.decidedBy.bodyId !== undefined && d.decidedBy.bodyId !== d.bodyId)) {
    return issue(
      'decided_by_other_party',
      { partyId: d.partyId, decidedBy: d.decidedBy.bodyId ?? d.decidedBy.partyId },
      ['decision', 'decidedBy'],
    );
  }
  if (!actsForParty(authority, event.actor, d.partyId)) return notAuthorised(event, who);
  return null;
}

const label = (nl: string, en: string): Label => ({ nl, en });

const STEP_CLOSE_WHO = label(
  'De besluitvormers die de besluitvorming van de startnotitie voor die stap noemt',
  'The deciders the startnotitie’s decision making names for that step',
);
const DECIDER_WHO = label(
  'Een besluitvormer uit de besluitvorming van de startnotitie',
  'A decider named in the startnotitie’s decision making',
);
const MINOR_WHO = label(
  'Wie kleine wijzigingen vastlegt (wijzigingsregels, `minor.recordedBy`)',
  'Whoever records minor changes (change rules, `minor.recordedBy`)',
);
const TABLE_WHO = label(
  'Een partij, orgaan, persoon of structuur van het gebiedsproces',
  'A party, body, person or structure of the area process',
);
const KNELPUNT_PARTY_WHO = label('Een partij bij het knelpunt', 'A party to the knelpunt');
const CONFIGURE_WHO = label(
  'Wie kleine wijzigingen vastlegt, of een goedkeurder van grote wijzigingen',
  'Whoever records minor changes, or an approver of major changes',
);

/** Changing what the startnotitie configured: under the change rules. */
function rejectionOfConfigure({ authority, changeRules, event }: AuthorityInput): ErrorIssue | null {
  if (actsAs(authority, event.actor, authority.minorChangeRecordedBy)) return null;
  return actsForAnyOf(authority, event.actor, changeRules.majorChangeApprovers)
    ? null
    : notAuthorised(event, CONFIGURE_WHO);
}

function rejectionOfKnown({ authority, event }: AuthorityInput): ErrorIssue | null {
  return isKnownActor(authority, event.actor) ? null : notAuthorised(event, TABLE_WHO);
}

function actsForAnyOf(authority: GebiedsprocesAuthority, actor: string, partyIds: readonly string[]): boolean {
  return partyIds.some((p) => actsAs(authority, actor, p));
}

/**
 * The authority table: every event type of an area process, who may send it and from which role or
 * body, and the check that holds it. {@link rejectionOfAuthority} runs these checks; the table in
 * docs/process.md is generated from the same rows (`npm run authority`), so the two cannot drift.
 * Every event is also checked for its `role`: a party acts only in a role its party agreement in
 * the startnotitie gives it.
 *
 * @example
 * AUTHORITY_RULES.find((r) => r.eventTypes.includes('step.close'))?.who.en;
 * @see handreiking §2.3 ("wees altijd helder over wanneer u vanuit welke rol acteert"); §2.6; §2.7; bijlage 1, onderdeel 4
 */
export const AUTHORITY_RULES: readonly AuthorityRule[] = Object.freeze([
  {
    eventTypes: ['step.close'],
    who: STEP_CLOSE_WHO,
    from: label(
      'Uit een eigen orgaan dat de regel noemt (`decision.partyId` en `decision.bodyId`)',
      'From its own body as the rule names it (`decision.partyId` and `decision.bodyId`)',
    ),
    check({ authority, event }) {
      const e = event as EventOf<'step.close'>;
      const deciders = decidersOfStep(authority, e.stepId);
      const d = e.decision;
      if (!deciders.some((x) => x.partyId === d.partyId && x.bodyId === d.bodyId)) {
        const body = rejectionOfBody(authority, d.partyId, d.bodyId, ['decision', 'bodyId']);
        if (body) return body;
        return issue(
          'not_a_decider',
          {
            partyId: d.partyId,
            bodyId: d.bodyId,
            stepId: e.stepId,
            deciders: deciders.map((x) => `${x.partyId} (${x.bodyId})`).join(', ') || '—',
          },
          ['decision', 'bodyId'],
        );
      }
      return rejectionOfDecision(authority, e, STEP_CLOSE_WHO);
    },
  },
  {
    eventTypes: ['consent.record'],
    who: label('De instemmende medeoverheid zelf', 'The consenting medeoverheid itself'),
    from: label(
      'Uit een eigen orgaan (`consent.bodyId`), over de stap van de gebeurtenis',
      'From its own body (`consent.bodyId`), about the step of the event',
    ),
    check({ authority, event }) {
      const e = event as EventOf<'consent.record'>;
      const c = e.consent;
      const body = rejectionOfBody(authority, c.partyId, c.bodyId, ['consent', 'bodyId']);
      if (body) return body;
      if (c.stepId !== undefined && c.stepId !== e.stepId) {
        return issue('consent_step_mismatch', { consentStepId: c.stepId, stepId: e.stepId }, ['consent', 'stepId']);
      }
      return actsForParty(authority, e.actor, c.partyId)
        ? null
        : notAuthorised(e, label('De instemmende medeoverheid zelf', 'The consenting medeoverheid itself'));
    },
  },
  {
    eventTypes: ['process.suspend', 'process.resume', 'process.stop', 'framework.extend'],
    who: DECIDER_WHO,
    from: label(
      'Uit een eigen orgaan dat de besluitvorming noemt',
      'From its own body as the decision making names it',
    ),
    check({ authority, event }) {
      const e = event as EventOf<'process.suspend' | 'process.resume' | 'process.stop' | 'framework.extend'>;
      const d = e.decision;
      const all = authority.decisionRules.flatMap((r) => r.deciders);
      if (!all.some((x) => x.partyId === d.partyId && x.bodyId === d.bodyId)) {
        const body = rejectionOfBody(authority, d.partyId, d.bodyId, ['decision', 'bodyId']);
        if (body) return body;
        return issue(
          'not_a_decider',
          {
            partyId: d.partyId,
            bodyId: d.bodyId,
            stepId: e.type,
            deciders: all.map((x) => `${x.partyId} (${x.bodyId})`).join(', '),
          },
          ['decision', 'bodyId'],
        );
      }
      return rejectionOfDecision(authority, e, DECIDER_WHO);
    },
  },
  {
    eventTypes: ['change.minor'],
    who: MINOR_WHO,
    from: label(
      'De partij of structuur zelf, of een orgaan of persoon van (een lid van) die partij of structuur',
      'The party or structure itself, or a body or person of (a member of) it',
    ),
    check({ authority, event }) {
      return actsAs(authority, event.actor, authority.minorChangeRecordedBy) ? null : notAuthorised(event, MINOR_WHO);
    },
  },
  {
    eventTypes: ['change.major'],
    who: label(
      'Een goedkeurder van grote wijzigingen (wijzigingsregels, `major.approverPartyIds`)',
      'An approver of major changes (change rules, `major.approverPartyIds`)',
    ),
    from: label(
      'Besloten in het orgaan of de structuur van `major.decidedIn`',
      'Decided in the body or structure of `major.decidedIn`',
    ),
    check({ authority, event }) {
      const e = event as EventOf<'change.major'>;
      const who = label('Een goedkeurder van grote wijzigingen', 'An approver of major changes');
      const decidedIn = authority.majorChangeDecidedIn;
      const d = e.decision;
      const inPlace =
        d.bodyId === decidedIn ||
        d.partyId === decidedIn ||
        (structureOf(authority, decidedIn)?.memberPartyIds.includes(d.partyId) ?? false);
      if (!inPlace) return issue('major_change_not_decided_in', { decidedIn }, ['decision', 'bodyId']);
      const body = rejectionOfBody(authority, d.partyId, d.bodyId, ['decision', 'bodyId']);
      if (body) return body;
      return actsForAnyOf(authority, e.actor, e.approvedBy) ? null : notAuthorised(e, who);
    },
  },
  {
    eventTypes: ['knelpunt.raise'],
    who: KNELPUNT_PARTY_WHO,
    from: label(
      'Elke partij bij het knelpunt is een partij van het gebiedsproces',
      'Every party to the knelpunt is a party of the area process',
    ),
    check({ authority, event }) {
      const e = event as EventOf<'knelpunt.raise'>;
      const k = e.knelpunt;
      for (const [i, partyId] of k.parties.entries()) {
        if (!partyOf(authority, partyId) && !structureOf(authority, partyId)) {
          return issue('unknown_party', { partyId }, ['knelpunt', 'parties', i]);
        }
      }
      if (!isKnownActor(authority, k.raisedBy))
        return issue('unknown_party', { partyId: k.raisedBy }, ['knelpunt', 'raisedBy']);
      return actsForAnyOf(authority, e.actor, k.parties) ? null : notAuthorised(e, KNELPUNT_PARTY_WHO);
    },
  },
  {
    eventTypes: ['knelpunt.recordOutcome'],
    who: label(
      'Tussen partijen: een partij bij het knelpunt; bij bemiddeling: ook de bemiddelaar; bij ingrijpen: wie ingrijpt',
      'Between the parties: a party to the knelpunt; in mediation: the mediator too; at an intervention: the intervener',
    ),
    from: label(
      'De partij zelf of een orgaan of persoon ervan; wie ingrijpt is geen partij (een structuur is partij als een lid het is)',
      'The party itself or its body or person; the intervener is no party (a structure is one when a member is)',
    ),
    check({ authority, event, context }) {
      const e = event as EventOf<'knelpunt.recordOutcome'>;
      const state = Object.hasOwn(context.knelpunten.items, e.knelpuntId)
        ? context.knelpunten.items[e.knelpuntId]
        : undefined;
      if (!state) return null;
      const parties = state.knelpunt.parties;
      const stay = state.stays[state.stays.length - 1];
      if (state.level === 'province_intervention' || state.level === 'rijk_decision') {
        const intervener = stay?.intervener;
        if (intervener === undefined) return null;
        const members = structureOf(authority, intervener)?.memberPartyIds ?? [];
        if (members.some((m) => parties.includes(m))) {
          return issue('knelpunt_no_impartial_intervener', { level: state.level }, ['actor']);
        }
        return null;
      }
      const isParty = actsForAnyOf(authority, e.actor, parties);
      if (state.level === 'mediation' && stay?.mediator === e.actor) return null;
      if (state.level === 'ijkmoment_agenda')
        return isKnownActor(authority, e.actor) ? null : notAuthorised(e, TABLE_WHO);
      return isParty ? null : notAuthorised(e, KNELPUNT_PARTY_WHO);
    },
  },
  {
    eventTypes: ['knelpunt.withdraw'],
    who: label('Een partij bij het knelpunt, of wie het inbracht', 'A party to the knelpunt, or whoever raised it'),
    from: label('De partij zelf of een orgaan of persoon ervan', 'The party itself or its body or person'),
    check({ authority, event, context }) {
      const e = event as EventOf<'knelpunt.withdraw'>;
      const state = Object.hasOwn(context.knelpunten.items, e.knelpuntId)
        ? context.knelpunten.items[e.knelpuntId]
        : undefined;
      if (!state) return null;
      return actsForAnyOf(authority, e.actor, [...state.knelpunt.parties, state.knelpunt.raisedBy])
        ? null
        : notAuthorised(e, KNELPUNT_PARTY_WHO);
    },
  },
  {
    eventTypes: ['regime.start'],
    who: label('De provincie die toezicht houdt', 'The province that oversees'),
    from: label(
      '`regime.province` is een provincie van het gebiedsproces; de afzender handelt namens haar',
      '`regime.province` is a province of the area process; the sender acts for it',
    ),
    check({ authority, event }) {
      const e = event as EventOf<'regime.start'>;
      if (partyOf(authority, e.regime.province)?.kind !== 'provincie') {
        return issue('regime_overseer_not_province', { province: e.regime.province }, ['regime', 'province']);
      }
      return actsForParty(authority, e.actor, e.regime.province)
        ? null
        : notAuthorised(e, label('De provincie die toezicht houdt', 'The province that oversees'));
    },
  },
  {
    eventTypes: ['regime.submitVision', 'regime.declareNoAgreement', 'regime.redraft'],
    who: label('De regio of een van haar gemeenten', 'The region or one of its municipalities'),
    from: label(
      'Namens de regio (samenwerkingsverband) of een gemeente ervan',
      'For the region (partnership) or one of its municipalities',
    ),
    check({ authority, event, context }) {
      const e = event as EventOf<'regime.submitVision' | 'regime.declareNoAgreement' | 'regime.redraft'>;
      const state = Object.hasOwn(context.regimes, e.regimeId) ? context.regimes[e.regimeId] : undefined;
      if (!state) return null;
      return actsForAnyOf(authority, e.actor, [state.region, ...state.municipalities])
        ? null
        : issue('regime_actor_not_in_region', { actor: e.actor, region: state.region }, ['actor']);
    },
  },
  {
    eventTypes: ['regime.substitute', 'regime.approve', 'regime.reject', 'regime.intervene'],
    who: label('De provincie die toezicht houdt op het regime', 'The province that oversees the regime'),
    from: label('Namens de provincie (`regime.province`)', 'For the province (`regime.province`)'),
    check({ authority, event, context }) {
      const e = event as EventOf<'regime.substitute' | 'regime.approve' | 'regime.reject' | 'regime.intervene'>;
      const state = Object.hasOwn(context.regimes, e.regimeId) ? context.regimes[e.regimeId] : undefined;
      if (!state || actsForParty(authority, e.actor, state.province)) return null;
      return notAuthorised(e, label('De provincie die toezicht houdt', 'The province that oversees'));
    },
  },
  {
    eventTypes: ['regime.municipalPlan'],
    who: label('De gemeente van het plan', 'The municipality of the plan'),
    from: label('Namens `municipality`, een gemeente van de regio', 'For `municipality`, a municipality of the region'),
    check({ authority, event }) {
      const e = event as EventOf<'regime.municipalPlan'>;
      return actsForParty(authority, e.actor, e.municipality)
        ? null
        : notAuthorised(e, label('De gemeente van het plan', 'The municipality of the plan'));
    },
  },
  {
    eventTypes: ['escalation.configure', 'ijkmoment.schedule', 'monitoring.configure'],
    who: CONFIGURE_WHO,
    from: label(
      'Om te wijzigen wat de aanvaarde startnotitie vastlegde (of het vóór de aanvaarding voorlopig vast te leggen)',
      'To change what the accepted startnotitie set (or to set it provisionally before it is accepted)',
    ),
    check: rejectionOfConfigure,
  },
]);

const COVERED = new Set(AUTHORITY_RULES.flatMap((r) => r.eventTypes));

/**
 * The rule for every other event type: whoever sits at the table (a party, body, person or
 * structure of the area process). Slices add their own rules of who (the province in a regime,
 * the intervener of a knelpunt) on top.
 */
export const DEFAULT_AUTHORITY_RULE: AuthorityRule = Object.freeze({
  eventTypes: [],
  who: TABLE_WHO,
  from: label('In een rol die de partij volgens haar partijafspraak heeft', 'In a role its party agreement gives it'),
  check: rejectionOfKnown,
});

/** The rule that covers an event type. */
export function authorityRuleOf(type: string): AuthorityRule {
  return COVERED.has(type)
    ? (AUTHORITY_RULES.find((r) => r.eventTypes.includes(type)) as AuthorityRule)
    : DEFAULT_AUTHORITY_RULE;
}

/** An event from a party names a role its party agreement gives it. */
function rejectionOfRole(authority: GebiedsprocesAuthority, event: GebiedsprocesEvent): ErrorIssue | null {
  if (structureOf(authority, event.actor)) return null;
  const parties = partiesOfActor(authority, event.actor);
  if (parties.length === 0) return null;
  const roles = parties.flatMap((p) => partyOf(authority, p)?.roles ?? []);
  if (roles.length === 0 || roles.includes(event.role)) return null;
  return issue(
    'actor_not_authorised',
    {
      actor: event.actor,
      event: event.type,
      whoNl: `een partij in een van haar rollen (${[...new Set(roles)].join(', ')})`,
      whoEn: `a party in one of its roles (${[...new Set(roles)].join(', ')})`,
    },
    ['role'],
  );
}

/**
 * Whether the actor of an event may send it, by the rules the startnotitie set: `null` when it
 * may, otherwise why (a stable code, the path into the event and a Dutch and English message).
 * The host system authenticates who the actor is and passes its id; this function authorises.
 * Settings without `authority` are not checked here.
 *
 * @example
 * rejectionOfAuthority(process.definition.settings, process.context(), event); // null or { code: 'not_a_decider', … }
 * @see handreiking §2.3 ("wees altijd helder over wanneer u vanuit welke rol acteert"); §2.7; bijlage 1, onderdeel 4
 */
export function rejectionOfAuthority(
  settings: Pick<GebiedsprocesSettings, 'authority' | 'changeRules'>,
  context: GebiedsprocesContext,
  event: GebiedsprocesEvent,
): ErrorIssue | null {
  const authority = settings.authority;
  if (authority === undefined) return null;
  const rule = authorityRuleOf(event.type);
  return (
    rule.check({ authority, changeRules: settings.changeRules, context, event }) ?? rejectionOfRole(authority, event)
  );
}
