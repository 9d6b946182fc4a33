import type { ElectionCalendar } from '@gebiedsgericht/core';

/**
 * The default election calendar of `dueItems`. Dutch municipal council elections are held every
 * four years in March, provincial council (Provinciale Staten) and water authority elections
 * together every four years in March, a year after the municipal ones. Dates marked `indicative`
 * follow the pattern but were not formally fixed when this was written: check them with the
 * Kiesraad and pass your own calendar when they are. The window (90 days either side) is an SDK
 * default, not a rule from the handreiking.
 *
 * @example
 * dueItems(snapshot, now, { elections: defaultElectionCalendar });
 * @see handreiking §2.3 (continuïteit over verkiezingen heen; Kiesraad, www.kiesraad.nl)
 *   (gemeenteraadsverkiezingen 18 maart 2026; Provinciale Staten en waterschappen: maart 2027)
 */
export const defaultElectionCalendar: ElectionCalendar = {
  windowDaysBefore: 90,
  windowDaysAfter: 90,
  elections: [
    { kind: 'gemeenteraad', date: '2026-03-18', source: 'Kiesraad: gemeenteraadsverkiezingen 18 maart 2026' },
    {
      kind: 'provinciale_staten',
      date: '2027-03-17',
      indicative: true,
      source: 'Kieswet: Provinciale Statenverkiezingen eens in de vier jaar in maart (2023, 2027)',
    },
    {
      kind: 'waterschap',
      date: '2027-03-17',
      indicative: true,
      source: 'Waterschapswet/Kieswet: tegelijk met de Provinciale Statenverkiezingen (2023, 2027)',
    },
    {
      kind: 'gemeenteraad',
      date: '2030-03-20',
      indicative: true,
      source: 'Kieswet: gemeenteraadsverkiezingen eens in de vier jaar in maart (2026, 2030)',
    },
    { kind: 'provinciale_staten', date: '2031-03-19', indicative: true, source: 'Vierjaarlijks ritme (2027, 2031)' },
    { kind: 'waterschap', date: '2031-03-19', indicative: true, source: 'Vierjaarlijks ritme (2027, 2031)' },
  ],
};
