import type { ElectionCalendar, Label } from '@gebiedsgericht/core';
import { labelledEnum } from '@gebiedsgericht/core';
import type { ReadSnapshot } from '../internal/readSnapshot';

/**
 * The kinds of item the "what is due" query reports.
 *
 * @example
 * DueKind.label('timebox_exceeded', 'nl'); // 'Tijdvak van de stap overschreden'
 * @see handreiking bijlage 1, onderdeel 2 (lessen uit de pilots)
 */
export const DueKind = labelledEnum({
  timebox_exceeded: { nl: 'Tijdvak van de stap overschreden', en: 'Step timebox exceeded' },
  closed_suspiciously_fast: { nl: 'Stap opvallend snel gesloten', en: 'Step closed suspiciously fast' },
  decision_near_election: { nl: 'Gepland besluit dicht bij verkiezingen', en: 'Planned decision close to an election' },
  agreement_overdue: { nl: 'Afspraak over de termijn', en: 'Agreement overdue' },
  review_pending: { nl: 'Product moet worden herzien', en: 'Deliverable awaiting review' },
});
/** One of the {@link DueKind} values. */
export type DueKind = (typeof DueKind.values)[number];

/** One thing that is due or deserves attention, with a Dutch and English message. */
export interface DueItem {
  readonly kind: DueKind | (string & {});
  readonly severity: 'warning' | 'attention';
  readonly message: Label;
  readonly stepId?: string;
  /** The calendar date (`YYYY-MM-DD`, Europe/Amsterdam) the item is about. */
  readonly date?: string;
  readonly refId?: string;
}

/** Options of {@link dueItems}. */
export interface DueItemsOptions {
  /** The election calendar to check planned decisions against; defaults to {@link defaultElectionCalendar}. */
  readonly elections?: ElectionCalendar;
}

/** A checker that contributes due items; the list of checkers is where later kinds plug in. */
export type DueChecker = (read: ReadSnapshot, now: string, options: { elections: ElectionCalendar }) => DueItem[];
