import { labelledEnum } from '../primitives/labels';

/**
 * The kinds of collaboration structure in a gebiedsproces.
 *
 * @example
 * StructureType.label('integrale_gebiedstafel', 'en'); // 'Integrated area table'
 * @see handreiking §2.1; §2.3; bijlage 2, voorbeeld 1 (Regionale Ontwerptafel Rivierenland)
 */
export const StructureType = labelledEnum({
  integrale_gebiedstafel: { nl: 'Integrale gebiedstafel', en: 'Integrated area table' },
  deeltafel: { nl: 'Deeltafel (bijv. gemeentelijke tafel)', en: 'Sub-table (e.g. municipal table)' },
  ontwerpgroep: { nl: 'Ontwerpgroep / ontwerpatelier', en: 'Design group / design studio' },
  programmateam: { nl: 'Interbestuurlijk programmateam', en: 'Intergovernmental programme team' },
  bestuurlijk_overleg: { nl: 'Bestuurlijk (afstemmings)overleg', en: 'Administrative coordination meeting' },
  ambtelijk_overleg: { nl: 'Ambtelijk overleg', en: 'Civil-service meeting' },
  platform_volksvertegenwoordigers: {
    nl: 'Regionaal platform van volksvertegenwoordigers',
    en: 'Regional platform of elected representatives',
  },
  interprovinciale_afstemming: { nl: 'Interprovinciale afstemming', en: 'Cross-province coordination' },
});
/** A kind of structure (see {@link StructureType}). */
export type StructureType = (typeof StructureType)['values'][number];
/** zod schema of {@link StructureType}. */
export const StructureTypeSchema = StructureType.schema;
