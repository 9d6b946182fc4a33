import { describe, expect, it } from 'vitest';
import { lindewaardActors } from '../src/fixtures/index';
import { type GebiedsgerichtError, medeoverhedenOf } from '../src/index';

describe('medeoverhedenOf', () => {
  it('answers party ids that are not a list of ids with a typed error under agreementPartyIds', () => {
    const call = medeoverhedenOf as (actors: unknown, ids?: unknown) => unknown;
    for (const ids of [{}, 'gemeente-beekdal', [42]]) {
      let error: GebiedsgerichtError | undefined;
      try {
        call(lindewaardActors, ids);
      } catch (e) {
        error = e as GebiedsgerichtError;
      }
      expect(error).toMatchObject({ code: 'invalid_input', path: ['agreementPartyIds'] });
    }
  });

  it('still counts the parties with an agreement, sorted by id', () => {
    const withAgreement = medeoverhedenOf(lindewaardActors, ['waterschap-aa-en-lindt']);
    expect(withAgreement.map((m) => m.partyId)).toContain('waterschap-aa-en-lindt');
    const ids = withAgreement.map((m) => m.partyId);
    expect(ids).toEqual([...ids].sort());
  });
});
