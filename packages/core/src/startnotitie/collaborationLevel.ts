import { labelledEnum } from '../primitives/labels';

/**
 * How closely the governments work together in the gebiedsproces, agreed up front.
 *
 * @example
 * CollaborationLevel.label('co_creatie', 'en'); // 'Co-creation'
 * @see handreiking §2.3 ("Maak afspraken over de mate van samenwerking (bijv. co-creatie, consultatie)")
 */
export const CollaborationLevel = labelledEnum({
  co_creatie: { nl: 'Co-creatie', en: 'Co-creation' },
  samenwerking: { nl: 'Samenwerking met verdeelde trekkersrollen', en: 'Collaboration with shared leads' },
  consultatie: { nl: 'Consultatie', en: 'Consultation' },
  informeren: { nl: 'Informeren', en: 'Informing' },
});
/** A collaboration level (see {@link CollaborationLevel}). */
export type CollaborationLevel = (typeof CollaborationLevel)['values'][number];
/** zod schema of {@link CollaborationLevel}. */
export const CollaborationLevelSchema = CollaborationLevel.schema;
