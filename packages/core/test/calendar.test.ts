import { describe, expect, it } from 'vitest';
import {
  addIsoDuration,
  DEFAULT_TIME_ZONE,
  dateInZone,
  dateTimeInZone,
  daysBetween,
  GebiedsgerichtError,
} from '../src/index';

describe('addIsoDuration: calendar arithmetic in one time zone', () => {
  it('ends a month at the last day of a shorter month', () => {
    expect(addIsoDuration('2026-01-31', 'P1M')).toBe('2026-02-28');
    expect(addIsoDuration('2028-01-31', 'P1M')).toBe('2028-02-29');
    expect(addIsoDuration('2026-03-31', 'P1M')).toBe('2026-04-30');
    expect(addIsoDuration('2026-01-31T10:00:00+01:00', 'P1M')).toBe('2026-02-28T09:00:00.000Z');
    expect(addIsoDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
  });

  it('keeps the wall-clock time of the zone across a change to or from summer time', () => {
    // Europe/Amsterdam moves to summer time on 29 March 2026 and back on 25 October 2026.
    expect(addIsoDuration('2026-03-28T12:00:00+01:00', 'P1D')).toBe('2026-03-29T10:00:00.000Z');
    expect(addIsoDuration('2026-10-24T12:00:00+02:00', 'P1D')).toBe('2026-10-25T11:00:00.000Z');
    expect(addIsoDuration('2026-03-28T12:00:00+01:00', 'P1D', 'UTC')).toBe('2026-03-29T11:00:00.000Z');
    expect(addIsoDuration('2026-03-28T12:00:00+01:00', 'PT24H')).toBe('2026-03-29T11:00:00.000Z');
  });

  it('adds weeks, days and time parts', () => {
    expect(addIsoDuration('2026-01-12', 'P6W')).toBe('2026-02-23');
    expect(addIsoDuration('2026-01-12T09:00:00Z', 'P1Y2M10DT2H30M')).toBe('2027-03-22T11:30:00.000Z');
  });

  it('refuses a bad moment, duration or zone with a typed error', () => {
    expect(() => addIsoDuration('31-01-2026', 'P1M')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['at'] }),
    );
    expect(() => addIsoDuration('2026-01-31', '1 month')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['duration'] }),
    );
    expect(() => addIsoDuration('2026-01-31', 'P1M', 'Mars/Olympus')).toThrowError(
      expect.objectContaining({ code: 'unknown_time_zone', path: ['timeZone'] }),
    );
    expect(() => addIsoDuration('2026-01-31', 'P1M', 42 as unknown as string)).toThrowError(GebiedsgerichtError);
  });
});

describe('daysBetween: whole calendar days in one time zone', () => {
  it('counts calendar days between dates, also across month ends and summer time', () => {
    expect(daysBetween('2026-01-31', '2026-02-28')).toBe(28);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(daysBetween('2026-03-28T09:00:00+01:00', '2026-03-30T09:00:00+02:00')).toBe(2);
  });

  it('does not count a part of a day', () => {
    expect(daysBetween('2026-01-12T09:00:00Z', '2026-01-13T08:59:00Z')).toBe(0);
    expect(daysBetween('2026-01-12T09:00:00Z', '2026-01-13T09:00:00Z')).toBe(1);
    expect(daysBetween('2026-01-12', '2026-01-12')).toBe(0);
  });

  it('uses Europe/Amsterdam unless told otherwise', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Amsterdam');
    // 23:30 UTC is 00:30 the next day in Amsterdam: a whole day after midnight there, not in UTC.
    expect(daysBetween('2026-01-12', '2026-01-12T23:30:00Z')).toBe(1);
    expect(daysBetween('2026-01-12', '2026-01-12T23:30:00Z', 'UTC')).toBe(0);
    expect(daysBetween('2026-01-12T23:30:00Z', '2026-01-13T12:00:00Z')).toBe(0);
    expect(() => daysBetween('2026-01-12', 'morgen')).toThrowError(expect.objectContaining({ path: ['to'] }));
  });
});

describe('dateInZone and dateTimeInZone: a moment as the process reads it in its zone', () => {
  it('gives the calendar date in Amsterdam, whatever offset the moment was written with', () => {
    expect(dateInZone('2027-03-01T23:30:00Z')).toBe('2027-03-02');
    expect(dateInZone('2027-03-01T23:30:00+01:00')).toBe('2027-03-01');
    expect(dateInZone('2027-03-02T00:30:00+05:00')).toBe('2027-03-01');
    expect(dateInZone('2027-03-01T23:30:00Z', 'UTC')).toBe('2027-03-01');
    expect(dateInZone('2027-03-01')).toBe('2027-03-01');
    // Month end and year end: 23:30 UTC on 31 December is already the new year in winter time.
    expect(dateInZone('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(dateInZone('2026-12-31T22:30:00Z')).toBe('2026-12-31');
    expect(dateInZone('2027-04-30T22:00:00Z')).toBe('2027-05-01');
    expect(dateInZone('2027-04-30T21:59:59Z')).toBe('2027-04-30');
  });

  it('writes the offset of the day: +01:00 in winter, +02:00 in summer, across both changes', () => {
    // Europe/Amsterdam moves to summer time on 28 March 2027 at 02:00 and back on 31 October 2027 at 03:00.
    expect(dateTimeInZone('2027-03-28T00:59:00.000Z')).toBe('2027-03-28T01:59:00.000+01:00');
    expect(dateTimeInZone('2027-03-28T01:00:00.000Z')).toBe('2027-03-28T03:00:00.000+02:00');
    expect(dateTimeInZone('2027-10-31T00:30:00Z')).toBe('2027-10-31T02:30:00.000+02:00');
    expect(dateTimeInZone('2027-10-31T01:30:00Z')).toBe('2027-10-31T02:30:00.000+01:00');
    expect(dateTimeInZone('2027-05-07T08:00:00.000Z')).toBe('2027-05-07T10:00:00.000+02:00');
    expect(dateTimeInZone('2027-05-07')).toBe('2027-05-07T00:00:00.000+02:00');
    expect(dateTimeInZone('2027-05-07T08:00:00.000Z', 'UTC')).toBe('2027-05-07T08:00:00.000+00:00');
    // The same instant: the form changes, the moment does not.
    const written = dateTimeInZone('2027-10-31T01:30:00Z');
    expect(Date.parse(written)).toBe(Date.parse('2027-10-31T01:30:00Z'));
  });

  it('refuses a bad moment or zone with a typed error', () => {
    expect(() => dateInZone('morgen')).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['at'] }));
    expect(() => dateTimeInZone('2027-05-07T08:00:00')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', path: ['at'] }),
    );
    expect(() => dateTimeInZone('2027-05-07T08:00:00Z', 'Mars/Olympus')).toThrowError(
      expect.objectContaining({ code: 'unknown_time_zone', path: ['timeZone'] }),
    );
  });
});
