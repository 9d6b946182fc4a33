// handreiking bijlage 1, onderdeel 4 ("door alle partijen als onpartijdig en objectief wordt waargenomen"):
// every party's latest rating decides whether the mediator is still seen as impartial.
import { ImpartialityCheckSchema, type Mediation, validate } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { checkImpartiality } from '../src/index';
import { beekdalMediation, GB, WS } from './support/lindewaard';

function withRatings(ratings: Mediation['impartialityRatings']): Mediation {
  return { ...beekdalMediation, impartialityRatings: ratings };
}

describe('checkImpartiality', () => {
  it('is incomplete until every party has rated the mediator', () => {
    const r = checkImpartiality(
      withRatings([{ partyId: WS, at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 }]),
    );
    expect(r.status).toBe('incomplete');
  });

  it('signals as soon as one party stops seeing the mediator as impartial, with who and since when', () => {
    const r = validate(
      ImpartialityCheckSchema,
      checkImpartiality(
        withRatings([
          { partyId: WS, at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 },
          { partyId: GB, at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 },
          // Listed out of order on purpose: time order counts, not list order.
          { partyId: GB, at: '2026-05-12T16:00:00+02:00', impartial: false, score: 2 },
          { partyId: GB, at: '2026-04-28T16:00:00+02:00', impartial: false, score: 2 },
          { partyId: WS, at: '2026-05-12T16:00:00+02:00', impartial: true, score: 5 },
        ]),
      ),
    );
    expect(r.status).toBe('not_impartial');
    expect(r.lostBy).toEqual([GB]);
    expect(r.firstLostAt).toBe('2026-04-28T16:00:00+02:00');
    expect(r.message.nl).toContain(GB);
  });

  it('clears the signal when the party again sees the mediator as impartial', () => {
    const r = checkImpartiality(
      withRatings([
        { partyId: WS, at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 },
        { partyId: GB, at: '2026-04-28T16:00:00+02:00', impartial: false },
        { partyId: GB, at: '2026-05-12T16:00:00+02:00', impartial: true, score: 4 },
      ]),
    );
    expect(r.status).toBe('impartial');
    expect(r.lostBy).toEqual([]);
  });

  it('warns when a score falls sharply while the party still says impartial', () => {
    const r = checkImpartiality(
      withRatings([
        { partyId: WS, at: '2026-04-14T16:00:00+02:00', impartial: true, score: 5 },
        { partyId: WS, at: '2026-04-28T16:00:00+02:00', impartial: true, score: 3 },
        { partyId: GB, at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 },
      ]),
    );
    expect(r.status).toBe('at_risk');
  });

  it('rejects ratings by a party that is not in the mediation', () => {
    expect(() =>
      checkImpartiality(withRatings([{ partyId: 'rijk', at: '2026-04-14T16:00:00+02:00', impartial: true }])),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
