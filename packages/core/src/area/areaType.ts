import { labelledEnum } from '../primitives/labels';

/**
 * What kind of area a gebiedsproces covers.
 *
 * @example
 * AreaType.label('novex_gebied', 'en'); // 'NOVEX area'
 * @see handreiking §1; §2.1 (NOVEX-gebieden, functioneel samenhangende gebieden)
 */
export const AreaType = labelledEnum({
  novex_gebied: { nl: 'NOVEX-gebied', en: 'NOVEX area' },
  regio: { nl: 'Regio (functioneel samenhangend gebied)', en: 'Region (functionally coherent area)' },
  landelijk_gebied: { nl: 'Gebied landelijk gebied (gebiedsprogramma)', en: 'Rural programme area' },
  stedelijk_gebied: { nl: 'Stedelijk gebied', en: 'Urban area' },
  stroomgebied: { nl: 'Stroomgebied / watersysteem', en: 'River basin / water system' },
  provinciegrensoverschrijdend: { nl: 'Provinciegrensoverschrijdend gebied', en: 'Cross-province area' },
  overig: { nl: 'Overig gebied', en: 'Other area' },
});
/** A kind of area (see {@link AreaType}). */
export type AreaType = (typeof AreaType)['values'][number];
/** zod schema of {@link AreaType}. */
export const AreaTypeSchema = AreaType.schema;
