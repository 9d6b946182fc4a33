import {
  type DurationBand,
  type DurationStanding,
  type Mediation,
  MediationSchema,
  validate,
} from '@gebiedsgericht/core';

/**
 * The Mediatorsfederatie Nederland (MfN) reference on the duration of mediations, as the
 * handreiking cites it: about 25% of mediations are concluded within five hours of talks
 * (gesprekstijd), about 35% between five and ten hours. Hours of talks, not elapsed time.
 *
 * @example
 * MFN_DURATION_REFERENCE.withinFiveHours; // 0.25
 * @see handreiking bijlage 1, onderdeel 4 ("Volgens de Mediatorsfederatie Nederland (MfN) is circa 25% ... binnen vijf uur gesprekstijd afgerond, en circa 35% tussen de vijf en tien uur")
 */
export const MFN_DURATION_REFERENCE = Object.freeze({
  withinFiveHours: 0.25,
  fiveToTenHours: 0.35,
  source:
    'Mediatorsfederatie Nederland (MfN), as cited in the VNG/IPO/UvW handreiking gebiedsgericht werken, bijlage 1, onderdeel 4',
});

/**
 * Where a running mediation stands against the MfN reference: the hours of talks so far (the sum
 * of the sessions' hours), the band, the share of mediations that per the reference had already
 * been concluded before this band began, and the share concluded by its end (none for more than
 * ten hours: the reference says nothing about those).
 *
 * @example
 * durationStanding(mediation).band; // 'five_to_ten_hours' after 6 hours of talks
 * @see handreiking bijlage 1, onderdeel 4
 */
export function durationStanding(mediation: unknown): DurationStanding {
  const m: Mediation = validate(MediationSchema, mediation, { path: ['mediation'] });
  const hours = m.sessions.reduce((sum, s) => sum + s.hours, 0);
  const within = MFN_DURATION_REFERENCE.withinFiveHours;
  const byTen = within + MFN_DURATION_REFERENCE.fiveToTenHours;
  const band: DurationBand = hours <= 5 ? 'within_five_hours' : hours <= 10 ? 'five_to_ten_hours' : 'over_ten_hours';
  const shown = Math.round(hours * 10) / 10;
  const nlHours = String(shown).replace('.', ',');
  const count = m.sessions.length;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const message =
    band === 'within_five_hours'
      ? {
          nl: `${nlHours} uur gesprekstijd in ${count} gesprek(ken). Volgens de MfN is circa ${pct(within)} van de bemiddelingen binnen vijf uur gesprekstijd afgerond.`,
          en: `${shown} hours of talks in ${count} session(s). According to the MfN about ${pct(within)} of mediations are concluded within five hours of talks.`,
        }
      : band === 'five_to_ten_hours'
        ? {
            nl: `${nlHours} uur gesprekstijd in ${count} gesprek(ken). Circa ${pct(within)} van de bemiddelingen was al binnen vijf uur afgerond; circa ${pct(byTen)} is binnen tien uur afgerond.`,
            en: `${shown} hours of talks in ${count} session(s). About ${pct(within)} of mediations had been concluded within five hours; about ${pct(byTen)} are concluded within ten hours.`,
          }
        : {
            nl: `${nlHours} uur gesprekstijd in ${count} gesprek(ken): langer dan circa ${pct(byTen)} van de bemiddelingen volgens de MfN. Overweeg of de bemiddeling nog tot een oplossing leidt.`,
            en: `${shown} hours of talks in ${count} session(s): longer than about ${pct(byTen)} of mediations according to the MfN. Consider whether the mediation can still lead to a solution.`,
          };
  return {
    sessionHours: hours,
    sessionCount: count,
    band,
    shareEndedBeforeBand: band === 'within_five_hours' ? 0 : band === 'five_to_ten_hours' ? within : byTen,
    ...(band === 'within_five_hours'
      ? { shareEndedByEndOfBand: within }
      : band === 'five_to_ten_hours'
        ? { shareEndedByEndOfBand: byTen }
        : {}),
    message,
  };
}
