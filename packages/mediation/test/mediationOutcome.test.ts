// handreiking bijlage 1, onderdeel 4 (bemiddeling leidt niet altijd tot een oplossing): settled and not
// settled outcomes, as the escalation model consumes them.
import { MediationOutcomeSchema, validate } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { findPackageDeals, notSettledOutcome, settledOutcome } from '../src/index';
import { beekdalMediation, beekdalPackageInput, GB, WS } from './support/lindewaard';

describe('mediation outcome records for the knelpunt escalation', () => {
  it('records a settled package deal with who concedes and gains, hours of talks and style', () => {
    const nash = findPackageDeals(beekdalPackageInput).nash;
    if (!nash) throw new Error('expected a Nash package');
    const outcome = validate(
      MediationOutcomeSchema,
      settledOutcome({
        id: 'uitkomst-beekdal',
        mediation: beekdalMediation,
        input: beekdalPackageInput,
        choices: nash.choices,
        recordedAt: '2026-05-12T17:00:00+02:00',
        summary: 'Pakketdeal: het beekdal blijft vrij voor waterberging; Beekdal bouwt elders.',
      }),
    );
    expect(outcome.status).toBe('settled');
    expect(outcome.knelpuntId).toBe('knelpunt-beekdal');
    expect(outcome.sessionHours).toBe(7.5);
    expect(outcome.style).toBe('facilitative');
    if (outcome.status !== 'settled') throw new Error('settled');
    expect(outcome.package.map((e) => e.issueId)).toEqual(['dal', 'contingent', 'cofinanciering', 'fasering']);
    const gb = outcome.parties.find((p) => p.partyId === GB);
    expect(gb?.concedes.some((t) => t.startsWith('Woningbouw in het beekdal'))).toBe(true);
    expect(gb?.gains.some((t) => t.startsWith('Extra woningcontingent'))).toBe(true);
    const ws = outcome.parties.find((p) => p.partyId === WS);
    expect(ws?.gains[0]).toContain('Geen woningen');
  });

  it('refuses to record as settled a package that does not beat a disagreement point', () => {
    expect(() =>
      settledOutcome({
        id: 'x',
        mediation: beekdalMediation,
        input: beekdalPackageInput,
        choices: [
          { issueId: 'dal', optionId: 'deels' },
          { issueId: 'contingent', optionId: 'geen' },
          { issueId: 'cofinanciering', optionId: 'geen' },
          { issueId: 'fasering', optionId: 'gefaseerd' },
        ],
        recordedAt: '2026-05-12T17:00:00+02:00',
        summary: 'x',
      }),
    ).toThrow(expect.objectContaining({ code: 'no_acceptable_package' }));
  });

  it('records a mediation that did not settle, with the reason for the next escalation step', () => {
    const outcome = notSettledOutcome({
      id: 'uitkomst-2',
      mediation: beekdalMediation,
      recordedAt: '2026-05-12T17:00:00+02:00',
      reason: 'Geen pakket geeft beide partijen meer dan escalatie',
    });
    expect(outcome.status).toBe('not_settled');
    expect(outcome.parties.map((p) => p.partyId)).toEqual([WS, GB]);
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  });
});
