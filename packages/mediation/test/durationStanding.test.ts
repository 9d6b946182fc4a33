// handreiking bijlage 1, onderdeel 4 (MfN: circa 25% binnen vijf uur, circa 35% tussen vijf en tien uur):
// where the hours of talks of a mediation stand against those figures.
import { DurationStandingSchema, validate } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { durationStanding, MFN_DURATION_REFERENCE } from '../src/index';
import { beekdalMediation } from './support/lindewaard';

const withHours = (hours: number[]) => ({
  ...beekdalMediation,
  sessions: hours.map((h, i) => ({ date: `2026-04-${String(10 + i).padStart(2, '0')}`, hours: h })),
});

describe('durationStanding against the Mediatorsfederatie Nederland figures', () => {
  it('uses the figures as the handreiking cites them: about 25% within five hours, about 35% between five and ten', () => {
    // Handreiking gebiedsgericht werken (VNG/IPO/UvW), bijlage 1, onderdeel 4.
    expect(MFN_DURATION_REFERENCE.withinFiveHours).toBe(0.25);
    expect(MFN_DURATION_REFERENCE.fiveToTenHours).toBe(0.35);
  });

  it('counts hours of talks, not elapsed time', () => {
    // Sessions spread over three weeks, 4.5 hours of talks: still within five hours.
    const s = validate(DurationStandingSchema, durationStanding(withHours([2, 1.5, 1])));
    expect(s.sessionHours).toBe(4.5);
    expect(s.band).toBe('within_five_hours');
    expect(s.shareEndedBeforeBand).toBe(0);
    expect(s.shareEndedByEndOfBand).toBe(0.25);
  });

  it('places the Lindewaard mediation (7.5 hours) between five and ten hours', () => {
    const s = durationStanding(beekdalMediation);
    expect(s.sessionHours).toBe(7.5);
    expect(s.band).toBe('five_to_ten_hours');
    expect(s.shareEndedBeforeBand).toBe(0.25);
    expect(s.shareEndedByEndOfBand).toBeCloseTo(0.6, 12);
    expect(s.message.nl).toContain('7,5 uur gesprekstijd');
  });

  it('has no reference share beyond ten hours', () => {
    const s = durationStanding(withHours([4, 4, 4]));
    expect(s.band).toBe('over_ten_hours');
    expect(s.shareEndedBeforeBand).toBeCloseTo(0.6, 12);
    expect(s.shareEndedByEndOfBand).toBeUndefined();
  });

  it('treats exactly five and ten hours as within those limits', () => {
    expect(durationStanding(withHours([5])).band).toBe('within_five_hours');
    expect(durationStanding(withHours([5, 5])).band).toBe('five_to_ten_hours');
  });
});
