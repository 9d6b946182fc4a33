import { labelledEnum } from '../primitives/labels';

/**
 * How one level of escalation ended: the parties settled (possibly with a package deal or
 * wisselgeld), someone with the authority decided, there was no agreement so the knelpunt moves to
 * the next level, or the knelpunt was withdrawn.
 *
 * @example
 * EscalationResult.schema.parse('package_deal');
 * @see handreiking §2.3 (bijlage 1); bijlage 1, onderdeel 4 (toezeggingen over en weer)
 */
export const EscalationResult = labelledEnum({
  settled: { nl: 'Opgelost in overleg', en: 'Settled by agreement' },
  package_deal: { nl: 'Opgelost met een pakketdeal', en: 'Settled with a package deal' },
  decided: { nl: 'Knoop doorgehakt', en: 'Decided by authority' },
  no_agreement: { nl: 'Geen overeenstemming, volgend niveau', en: 'No agreement, next level' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
});
/** One of the {@link EscalationResult} values. */
export type EscalationResult = (typeof EscalationResult)['values'][number];
