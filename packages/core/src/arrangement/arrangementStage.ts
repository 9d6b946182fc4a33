import { labelledEnum } from '../primitives/labels';

/**
 * The stage of the provincial document: first a ruimtelijk voorstel (the province's proposal),
 * then the ruimtelijk arrangement agreed between rijk and province.
 *
 * @example
 * ArrangementStage.label('arrangement', 'nl'); // 'Ruimtelijk arrangement'
 * @see handreiking §1 (eerst ruimtelijke voorstellen, daarna ruimtelijke arrangementen)
 */
export const ArrangementStage = labelledEnum({
  voorstel: { nl: 'Ruimtelijk voorstel', en: 'Spatial proposal (ruimtelijk voorstel)' },
  arrangement: { nl: 'Ruimtelijk arrangement', en: 'Spatial arrangement (ruimtelijk arrangement)' },
});
/** One of the {@link ArrangementStage} values. */
export type ArrangementStage = (typeof ArrangementStage)['values'][number];

/**
 * The status of one version of the provincial document.
 *
 * @example
 * VersionStatus.label('agreed', 'en'); // 'Agreed'
 * @see handreiking §2.5 (het ruimtelijk arrangement dat wordt overeengekomen)
 */
export const VersionStatus = labelledEnum({
  draft: { nl: 'Concept', en: 'Draft' },
  submitted: { nl: 'Ingediend bij het rijk', en: 'Submitted to the rijk' },
  agreed: { nl: 'Overeengekomen', en: 'Agreed' },
  superseded: { nl: 'Vervangen', en: 'Superseded' },
});
/** One of the {@link VersionStatus} values. */
export type VersionStatus = (typeof VersionStatus)['values'][number];
