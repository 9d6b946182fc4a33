import { initialMonitoringState } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { applyTrackEvent, shortTermByGoal, type TracksAndLessons } from '../src/tracks';

// Handreiking bijlage 2, voorbeeld 2 (Noordwest Overijssel): two tracks — short-term pilots and
// quick wins beside the long-term programme; "Dit levert lessen op voor het tweede spoor".
const meta = (timestamp: string) => ({ timestamp, actor: 'provincie-zuidmark', role: 'regisseur' });
const empty: TracksAndLessons = { tracks: { goals: [], items: [] }, monitoring: initialMonitoringState() };

function run(state: TracksAndLessons, ...events: unknown[]) {
  return events.reduce<TracksAndLessons>((s, e) => applyTrackEvent(s, e), state);
}

const started = run(
  empty,
  {
    type: 'track.defineGoal',
    goal: {
      id: 'doel-waterrobuust',
      label: { nl: 'Een waterrobuust beekdal', en: 'A water-robust brook valley' },
      horizonYear: 2040,
    },
    ...meta('2026-04-01T10:00:00+02:00'),
  },
  {
    type: 'track.start',
    item: {
      id: 'pilot-zon-op-berging',
      kind: 'pilot',
      title: { nl: 'Zon op waterberging', en: 'Solar on water storage' },
      longTermGoalId: 'doel-waterrobuust',
      partners: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
    },
    ...meta('2026-05-01T10:00:00+02:00'),
  },
);

describe('two tracks: pilots and quick wins beside the long-term steps', () => {
  it('links every pilot or quick win to a long-term goal', () => {
    expect(shortTermByGoal(started.tracks)['doel-waterrobuust']?.map((i) => i.id)).toEqual(['pilot-zon-op-berging']);
    expect(() =>
      applyTrackEvent(started, {
        type: 'track.start',
        item: { id: 'qw-x', kind: 'quick_win', title: { nl: 'x', en: 'x' }, longTermGoalId: 'doel-onbekend' },
        ...meta('2026-05-02T10:00:00+02:00'),
      }),
    ).toThrow(expect.objectContaining({ code: 'track_goal_unknown' }));
  });

  it('feeds the lessons of a pilot into the monitoring loop, with the pilot as source', () => {
    const s = applyTrackEvent(started, {
      type: 'track.recordLesson',
      itemId: 'pilot-zon-op-berging',
      lesson: {
        id: 'les-netcongestie',
        text: { nl: 'Netcapaciteit vroeg vastleggen', en: 'Secure grid capacity early' },
      },
      ...meta('2026-09-01T10:00:00+02:00'),
    });
    expect(s.tracks.items[0]?.lessonIds).toEqual(['les-netcongestie']);
    expect(s.monitoring.lessons).toEqual([
      expect.objectContaining({ id: 'les-netcongestie', source: { kind: 'pilot', id: 'pilot-zon-op-berging' } }),
    ]);
  });

  it('completes or stops a running item only once', () => {
    const done = applyTrackEvent(started, {
      type: 'track.complete',
      itemId: 'pilot-zon-op-berging',
      result: { nl: '2 ha zon op berging', en: '2 ha solar on storage' },
      ...meta('2027-01-01T10:00:00+01:00'),
    });
    expect(done.tracks.items[0]?.status).toBe('completed');
    expect(() =>
      applyTrackEvent(done, {
        type: 'track.stop',
        itemId: 'pilot-zon-op-berging',
        motivation: 'x',
        ...meta('2027-01-02T10:00:00+01:00'),
      }),
    ).toThrow(expect.objectContaining({ code: 'track_event_not_allowed' }));
  });
});
