import {
  type ImpartialityCheck,
  type ImpartialityStatus,
  instantOf,
  type Mediation,
  MediationSchema,
  type PartyImpartialityView,
  validate,
} from '@gebiedsgericht/core';
import { validateOptions } from './internal/arguments';
import { fail } from './messages';

/** Options of {@link checkImpartiality}. */
export interface CheckImpartialityOptions {
  /** A score at or below this (1–5 scale) puts impartiality at risk. Default 2. */
  readonly lowScore?: number;
  /** A drop of at least this many points between two ratings of one party puts it at risk. Default 2. */
  readonly sharpDrop?: number;
}

/**
 * Checks whether every party still sees the mediator as impartial and objective. Each party's
 * ratings are put in time order; its latest rating counts. As soon as one party's latest rating
 * says "not impartial" the status is `not_impartial`, with the parties concerned and the first
 * moment it happened. A low or sharply falling score gives `at_risk`; a party without ratings
 * gives `incomplete`.
 *
 * Throws `invalid_input` for a bad mediation (path `['mediation']`), `invalid_argument` when
 * `options` is given but not an object (path `['options']`), `not_a_finite_number` when `lowScore`
 * or `sharpDrop` is not a finite number (path `['options', 'lowScore']`, `['options', 'sharpDrop']`)
 * and `invalid_argument` when `sharpDrop` is not above 0.
 *
 * @example
 * const check = checkImpartiality(mediation);
 * check.status; // 'impartial' | 'at_risk' | 'not_impartial' | 'incomplete'
 * @see handreiking bijlage 1, onderdeel 4 ("De partijen moeten erop kunnen vertrouwen dat de bemiddelaar niet de ene of de andere partij voortrekt")
 */
export function checkImpartiality(mediation: unknown, options: CheckImpartialityOptions = {}): ImpartialityCheck {
  const m: Mediation = validate(MediationSchema, mediation, { path: ['mediation'] });
  validateOptions(options);
  const lowScore = options.lowScore ?? 2;
  const sharpDrop = options.sharpDrop ?? 2;
  if (typeof lowScore !== 'number' || !Number.isFinite(lowScore))
    throw fail('not_a_finite_number', { name: 'lowScore' }, ['options', 'lowScore']);
  if (typeof sharpDrop !== 'number' || !Number.isFinite(sharpDrop))
    throw fail('not_a_finite_number', { name: 'sharpDrop' }, ['options', 'sharpDrop']);
  if (sharpDrop <= 0)
    throw fail('invalid_argument', { name: 'sharpDrop (a number above 0)' }, ['options', 'sharpDrop']);
  const views: PartyImpartialityView[] = m.partyIds.map((partyId) => {
    const ratings = m.impartialityRatings
      .map((r, index) => ({ r, index }))
      .filter(({ r }) => r.partyId === partyId)
      .sort((a, b) => instantOf(a.r.at) - instantOf(b.r.at) || a.index - b.index)
      .map(({ r }) => ({ at: r.at, impartial: r.impartial, ...(r.score !== undefined ? { score: r.score } : {}) }));
    const latest = ratings[ratings.length - 1];
    let status: ImpartialityStatus;
    if (!latest) status = 'incomplete';
    else if (!latest.impartial) status = 'not_impartial';
    else {
      const previous = ratings[ratings.length - 2];
      const low = latest.score !== undefined && latest.score <= lowScore;
      const drop =
        latest.score !== undefined && previous?.score !== undefined && previous.score - latest.score >= sharpDrop;
      status = low || drop ? 'at_risk' : 'impartial';
    }
    // The moment this party's current loss of confidence began: the first "not impartial" after
    // its last "impartial".
    let lostAt: string | undefined;
    if (status === 'not_impartial') {
      for (let i = ratings.length - 1; i >= 0 && !(ratings[i] as { impartial: boolean }).impartial; i--)
        lostAt = (ratings[i] as { at: string }).at;
    }
    return { partyId, status, ratings, ...(lostAt !== undefined ? { lostAt } : {}) };
  });
  const lost = views.filter((v) => v.status === 'not_impartial');
  const status: ImpartialityStatus =
    lost.length > 0
      ? 'not_impartial'
      : views.some((v) => v.status === 'at_risk')
        ? 'at_risk'
        : views.some((v) => v.status === 'incomplete')
          ? 'incomplete'
          : 'impartial';
  const firstLostAt = lost.map((v) => v.lostAt as string).sort((a, b) => instantOf(a) - instantOf(b))[0];
  const names = lost.map((v) => v.partyId).join(', ');
  const message =
    status === 'not_impartial'
      ? {
          nl: `Signaal: ${names} ziet de bemiddelaar niet meer als onpartijdig. Bespreek dit direct; overweeg een andere bemiddelaar.`,
          en: `Signal: ${names} no longer sees the mediator as impartial. Discuss this at once; consider another mediator.`,
        }
      : status === 'at_risk'
        ? {
            nl: 'Let op: het oordeel van een partij over de onpartijdigheid daalt of is laag.',
            en: 'Attention: a party’s rating of the mediator’s impartiality is falling or low.',
          }
        : status === 'incomplete'
          ? {
              nl: 'Nog niet elke partij heeft de onpartijdigheid van de bemiddelaar beoordeeld.',
              en: 'Not every party has rated the mediator’s impartiality yet.',
            }
          : {
              nl: 'Alle partijen zien de bemiddelaar als onpartijdig.',
              en: 'Every party sees the mediator as impartial.',
            };
  return {
    mediationId: m.id,
    status,
    parties: views,
    lostBy: lost.map((v) => v.partyId),
    ...(firstLostAt !== undefined ? { firstLostAt } : {}),
    message,
  };
}
