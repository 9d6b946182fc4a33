import {
  type Dispute,
  DisputeSchema,
  type Locale,
  LocaleSchema,
  type NegotiationPreparation,
  NegotiationPreparationSchema,
  type PreparedQuestion,
  QuestionTopic,
  validate,
} from '@gebiedsgericht/core';
import { validateOptions } from './internal/arguments';
import { derivedId } from './internal/derivedId';
import { fail } from './messages';

/** Options of {@link prepareNegotiation}. */
export interface PrepareNegotiationOptions {
  /** Id of the preparation document; defaults to `<dispute id>-<party id>-preparation`. */
  readonly id?: string;
  /** Language of the generated questions. Default `nl`. */
  readonly locale?: Locale;
}

/**
 * Drafts a party's negotiation preparation from a dispute along the three best practices of the
 * handreiking: (1) its own values and the other parties' values and interests, from which to
 * think about what is possible; (2) informal talk before the core (planned: not yet); (3)
 * questions to ask each other party about its motives, obstacles and goals behind each of its
 * positions, and about its values when they are not known. The draft is a starting point: add
 * possibilities and questions, then plan the informal talk.
 *
 * Throws `invalid_input` for a bad dispute (path `['dispute']`) or locale (path
 * `['options', 'locale']`), `invalid_argument` (path `['options']`) when `options` is given but not
 * an object, `unknown_party` (path `['partyId']`) when the party is not in the dispute and
 * `no_values` (path `['dispute', 'parties', i, 'values']`) when it has no values recorded (best
 * practice 1 starts there).
 *
 * @example
 * const prep = prepareNegotiation(dispute, 'waterschap-aa-en-lindt');
 * console.log(negotiationPreparationToMarkdown(prep));
 * @see handreiking bijlage 1, onderdeel 3 ("Geen bokswedstrijd maar dans; best practices")
 */
export function prepareNegotiation(
  dispute: unknown,
  partyId: string,
  options: PrepareNegotiationOptions = {},
): NegotiationPreparation {
  const d: Dispute = validate(DisputeSchema, dispute, { path: ['dispute'] });
  validateOptions(options);
  const locale = validate(LocaleSchema, options.locale ?? 'nl', { path: ['options', 'locale'] });
  const ownIndex = d.parties.findIndex((p) => p.partyId === partyId);
  const own = d.parties[ownIndex];
  if (!own) throw fail('unknown_party', { partyId }, ['partyId']);
  if (own.values.length === 0) throw fail('no_values', { partyId }, ['dispute', 'parties', ownIndex, 'values']);
  const nl = locale === 'nl';
  const issueTitle = new Map(d.issues.map((i) => [i.id, i.title]));
  const others = d.parties.filter((p) => p.partyId !== partyId);
  const questions: PreparedQuestion[] = [];
  for (const other of others) {
    if (other.values.length === 0)
      questions.push({
        toPartyId: other.partyId,
        topic: 'goal',
        question: nl ? 'Waar staat u voor in dit gebied?' : 'What do you stand for in this area?',
      });
    for (const position of other.positions) {
      const about = issueTitle.get(position.issueId) ?? position.issueId;
      questions.push(
        {
          toPartyId: other.partyId,
          topic: 'motive',
          question: nl
            ? `Waarom is "${position.statement}" voor u belangrijk bij ${about}?`
            : `Why does "${position.statement}" matter to you on ${about}?`,
        },
        {
          toPartyId: other.partyId,
          topic: 'obstacle',
          question: nl
            ? `Wat staat een andere oplossing voor ${about} in de weg?`
            : `What stands in the way of another solution for ${about}?`,
        },
        {
          toPartyId: other.partyId,
          topic: 'goal',
          question: nl
            ? `Wat wilt u met ${about} over tien jaar bereikt hebben?`
            : `What do you want to have achieved with ${about} in ten years?`,
        },
      );
    }
  }
  const preparation: NegotiationPreparation = {
    kind: 'negotiationPreparation',
    schemaVersion: 2,
    id: options.id ?? derivedId(`${d.id}-${partyId}`, 'preparation'),
    disputeId: d.id,
    partyId,
    partyName: own.name,
    ownValues: own.values.map((value) => ({ value })),
    otherParties: others.map((o) => ({
      partyId: o.partyId,
      name: o.name,
      values: o.values.length > 0 ? [...o.values] : [nl ? 'Nog onbekend: vraag ernaar' : 'Not known yet: ask'],
      interests: [...o.interests],
    })),
    possibilities: [],
    informalTalk: { planned: false },
    questions,
  };
  return validate(NegotiationPreparationSchema, preparation);
}

/**
 * Renders a negotiation preparation as markdown, one section per best practice, for a briefing
 * note or the agenda of a bestuurlijk overleg.
 *
 * @example
 * negotiationPreparationToMarkdown(prep, 'nl').startsWith('# Voorbereiding'); // true
 * @see handreiking bijlage 1, onderdeel 3
 */
export function negotiationPreparationToMarkdown(preparation: unknown, locale: Locale = 'nl'): string {
  const p = validate(NegotiationPreparationSchema, preparation, { path: ['preparation'] });
  const lang = validate(LocaleSchema, locale, { path: ['locale'] });
  const nl = lang === 'nl';
  const names = new Map(p.otherParties.map((o) => [o.partyId, o.name]));
  const lines: string[] = [];
  lines.push(nl ? `# Voorbereiding onderhandeling: ${p.partyName}` : `# Negotiation preparation: ${p.partyName}`, '');
  lines.push(
    nl ? '## 1. Waarden: waar staan wij, waar staan zij?' : '## 1. Values: what do we stand for, what do they?',
    '',
  );
  lines.push(nl ? '### Onze waarden' : '### Our values', '');
  for (const v of p.ownValues) lines.push(`- ${v.value}${v.why ? ` (${v.why})` : ''}`);
  lines.push('');
  for (const o of p.otherParties) {
    lines.push(`### ${o.name}`, '');
    lines.push(`- ${nl ? 'Waarden' : 'Values'}: ${o.values.join('; ')}`);
    if (o.interests.length > 0) lines.push(`- ${nl ? 'Belangen' : 'Interests'}: ${o.interests.join('; ')}`);
    lines.push('');
  }
  lines.push(nl ? '### Wat kán er allemaal op dit speelveld?' : '### What is possible on this playing field?', '');
  if (p.possibilities.length === 0)
    lines.push(nl ? '- (nog in te vullen: denk buiten de kaders)' : '- (to fill in: think outside the box)');
  for (const x of p.possibilities) lines.push(`- ${x}`);
  lines.push('');
  lines.push(nl ? '## 2. Informeel gesprek vóór de kern' : '## 2. Informal talk before the core', '');
  lines.push(
    `- [${p.informalTalk.planned ? 'x' : ' '}] ${nl ? 'Informeel gesprek gepland' : 'Informal talk planned'}${p.informalTalk.notes ? `: ${p.informalTalk.notes}` : ''}`,
  );
  lines.push('');
  lines.push(nl ? '## 3. Vragen (en doorvragen)' : '## 3. Questions (and follow-up questions)', '');
  for (const o of p.otherParties) {
    const qs = p.questions.filter((q) => q.toPartyId === o.partyId);
    if (qs.length === 0) continue;
    lines.push(`### ${names.get(o.partyId) ?? o.partyId}`, '');
    for (const q of qs) {
      lines.push(`- ${QuestionTopic.label(q.topic, lang)}: ${q.question}`);
      if (q.answer) lines.push(`  - ${nl ? 'Antwoord' : 'Answer'}: ${q.answer}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
