import { labelledEnum } from '../primitives/labels';

/**
 * Where a knelpunt stands: open (raised, no escalation yet), escalated (a level is running),
 * resolved (settled or decided) or withdrawn.
 *
 * @example
 * KnelpuntStatus.label('resolved', 'nl'); // 'Opgelost'
 * @see handreiking §2.3 (bijlage 1); bijlage 1, onderdeel 4
 */
export const KnelpuntStatus = labelledEnum({
  open: { nl: 'Open', en: 'Open' },
  escalated: { nl: 'In escalatie', en: 'Escalated' },
  resolved: { nl: 'Opgelost', en: 'Resolved' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
});
/** One of the {@link KnelpuntStatus} values. */
export type KnelpuntStatus = (typeof KnelpuntStatus)['values'][number];
