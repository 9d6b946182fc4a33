import { type IjkmomentRecord, IjkmomentRecordSchema, type IjkmomentSchedule, validate } from '@gebiedsgericht/core';
import { lindewaardStartnotitie, ontwikkeldagJanuari2027 } from '@gebiedsgericht/core/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstOccurrenceFrom,
  listIjkmomenten,
  nextIjkmomenten,
  occurrenceOf,
  rejectionOfIjkmomentRecord,
} from '../src/ijkmomenten';

// A schedule like the Lindewaard startnotitie's (fictional): NOVEX moments set by the rijk in spring
// and autumn, ontwikkeldagen twice a year (like Brabant's), and two external deadlines.
const novex = (id: string, date: string) => ({
  id,
  name: `NOVEX-ijkmoment ${id}`,
  date,
  setByPartyId: 'ministerie-vro',
  programme: 'NOVEX',
  participantIds: ['ministerie-vro', 'provincie-zuidmark'],
});
const schedule: IjkmomentSchedule = {
  programmeMoments: [
    novex('novex-voorjaar-2026', '2026-04-16'),
    novex('novex-najaar-2026', '2026-10-15'),
    novex('novex-voorjaar-2027', '2027-04-15'),
  ],
  regionalMoments: [
    {
      id: 'ontwikkeldagen-zuidmark',
      name: 'Ontwikkeldagen Zuidmark',
      organiserPartyId: 'provincie-zuidmark',
      recurrence: { every: 6, unit: 'months', from: '2026-03-12', until: '2027-12-31' },
      purpose: 'Tussentijdse kristallisatiepunten',
    },
  ],
  externalDeadlines: [
    { id: 'deadline-ruimtelijk-voorstel', name: 'Ruimtelijk voorstel naar het rijk', date: '2027-03-31' },
    { id: 'deadline-res-3', name: 'RES 3.0 vastgesteld', date: '2027-07-01', linkedProgrammeId: 'prog-res' },
  ],
};

describe('an occurrence past the calendar', () => {
  it('is refused with a typed error instead of a RangeError from the date library', () => {
    const yearly = { every: 1, unit: 'years' as const, from: '2026-01-01' };
    expect(occurrenceOf(yearly, 7973)).toBe('9999-01-01');
    expect(() => occurrenceOf(yearly, 7974)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['k'] }),
    );
    expect(() => occurrenceOf(yearly, 2 ** 31)).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['k'] }),
    );
  });
});

describe('ijkmoment schedule of a startnotitie', () => {
  it('reads the schedule of the shared Lindewaard startnotitie fixture', () => {
    const next = nextIjkmomenten(lindewaardStartnotitie.ijkmomenten, '2026-01-01T09:00:00+01:00');
    expect(Object.keys(next).sort()).toEqual(['external_deadline', 'programme_moment', 'regional_moment']);
  });

  it('gives the next moment of each kind, with a moment dated today counting as next', () => {
    const next = nextIjkmomenten(schedule, '2026-09-01T09:00:00+02:00');
    expect(next.programme_moment?.id).toBe('novex-najaar-2026');
    expect(next.programme_moment?.setBy).toBe('ministerie-vro');
    // Ontwikkeldagen twice a year from 12 March 2026 (like the Brabant ontwikkeldagen).
    expect(next.regional_moment).toMatchObject({ date: '2026-09-12', sourceId: 'ontwikkeldagen-zuidmark' });
    expect(next.external_deadline?.id).toBe('deadline-ruimtelijk-voorstel');
    expect(nextIjkmomenten(schedule, '2026-10-15T23:00:00+02:00').programme_moment?.id).toBe('novex-najaar-2026');
  });

  it('takes the calendar date of now in Europe/Amsterdam, whatever offset it is written in', () => {
    // 1:00 on 13 September in Amsterdam is still 12 September in UTC; the process's date counts.
    expect(nextIjkmomenten(schedule, '2026-09-13T01:00:00+02:00').regional_moment?.date).toBe('2027-03-12');
    expect(nextIjkmomenten(schedule, '2026-09-12T23:00:00Z').regional_moment?.date).toBe('2027-03-12');
    expect(nextIjkmomenten(schedule, '2026-09-12T21:59:00Z').regional_moment?.date).toBe('2026-09-12');
    expect(nextIjkmomenten(schedule, '2026-09-12T23:59:00+02:00').regional_moment?.date).toBe('2026-09-12');
  });

  it('ends regional series and fixed lists: nothing of a kind ahead means the kind is absent', () => {
    const next = nextIjkmomenten(schedule, '2028-01-01T09:00:00+01:00');
    expect(next).toEqual({});
  });

  it('lists all moments in a period, sorted by date', () => {
    const list = listIjkmomenten(schedule, '2027-01-01', '2027-12-31');
    expect(list.map((o) => `${o.date} ${o.kind}`)).toEqual([
      '2027-03-12 regional_moment',
      '2027-03-31 external_deadline',
      '2027-04-15 programme_moment',
      '2027-07-01 external_deadline',
      '2027-09-12 regional_moment',
    ]);
    expect(() => listIjkmomenten(schedule, '2027-12-31', '2027-01-01')).toThrow(
      expect.objectContaining({ code: 'ends_before_start', path: ['to'] }),
    );
  });

  it('counts a monthly series from its first date, so month ends do not drift', () => {
    const r = { every: 1, unit: 'months' as const, from: '2027-01-31' };
    expect([0, 1, 2, 3].map((k) => occurrenceOf(r, k))).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
  });

  it('finds the first occurrence on or after any date (property: it is an occurrence, and none lies between)', () => {
    const units = ['days', 'weeks', 'months', 'years'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...units),
        fc.integer({ min: 0, max: 3000 }),
        (every, unit, offset) => {
          const r = { every, unit, from: '2026-01-31' };
          const date = new Date(Date.UTC(2026, 0, 31 + offset)).toISOString().slice(0, 10);
          const first = firstOccurrenceFrom(r, date);
          expect(first).toBeDefined();
          if (first === undefined) return;
          expect(first >= date).toBe(true);
          let k = 0;
          let previous: string | undefined;
          let current = occurrenceOf(r, 0);
          while (current !== undefined && current < first) {
            previous = current;
            k++;
            current = occurrenceOf(r, k);
          }
          expect(current).toBe(first);
          if (previous !== undefined) expect(previous < date).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('holding an ijkmoment', () => {
  const context = {
    processId: 'gebiedsproces-lindewaard',
    knelpuntIds: ['knelpunt-beekdal-water'],
    heldIds: [],
  };

  it('accepts the shared scenario ontwikkeldag: the knelpunt on the agenda has an outcome', () => {
    expect(rejectionOfIjkmomentRecord(ontwikkeldagJanuari2027, context)).toBeNull();
  });

  it('refuses a held ijkmoment that drops a knelpunt from its agenda without an outcome', () => {
    const dropped: IjkmomentRecord = {
      ...ontwikkeldagJanuari2027,
      conclusions: ontwikkeldagJanuari2027.conclusions.filter(
        (c) => c.knelpuntId === undefined && c.agendaItemId !== 'agenda-beekdal-water',
      ),
    };
    validate(IjkmomentRecordSchema, dropped);
    expect(rejectionOfIjkmomentRecord(dropped, context)?.code).toBe('ijkmoment_agenda_item_without_outcome');
  });

  it('refuses a knelpunt of another process, a record of another process and a record held twice', () => {
    expect(rejectionOfIjkmomentRecord(ontwikkeldagJanuari2027, { ...context, knelpuntIds: [] })?.code).toBe(
      'unknown_reference',
    );
    expect(
      rejectionOfIjkmomentRecord(ontwikkeldagJanuari2027, { ...context, processId: 'gebiedsproces-elders' })?.code,
    ).toBe('invalid_argument');
    expect(
      rejectionOfIjkmomentRecord(ontwikkeldagJanuari2027, { ...context, heldIds: [ontwikkeldagJanuari2027.id] })?.code,
    ).toBe('duplicate_id');
  });
});
