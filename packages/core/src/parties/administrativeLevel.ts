import { labelledEnum } from '../primitives/labels';

/**
 * Whether someone takes part at civil-service (ambtelijk) or administrative (bestuurlijk) level.
 *
 * @example
 * AdministrativeLevel.label('bestuurlijk', 'en'); // 'Administrative (elected officials)'
 * @see handreiking §2.3 ("Doe het ambtelijk en bestuurlijk samen en blijf dat doen")
 */
export const AdministrativeLevel = labelledEnum({
  ambtelijk: { nl: 'Ambtelijk', en: 'Civil service' },
  bestuurlijk: { nl: 'Bestuurlijk', en: 'Administrative (elected officials)' },
});
/** `ambtelijk` or `bestuurlijk`. */
export type AdministrativeLevel = (typeof AdministrativeLevel)['values'][number];
/** zod schema of {@link AdministrativeLevel}. */
export const AdministrativeLevelSchema = AdministrativeLevel.schema;
