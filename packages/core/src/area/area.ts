import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema } from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { YearSchema } from '../primitives/isoDate';
import { NameSchema } from '../primitives/text';
import { validate } from '../primitives/validate';
import { AreaIdentitySchema } from './areaIdentity';
import { AreaTypeSchema } from './areaType';
import { DeelgebiedSchema } from './deelgebied';
import { GeometrySchema } from './geometry';

/**
 * The area (gebied) of one gebiedsproces: its kind, the provinces, gemeenten and waterschappen it
 * lies in, its identity and characteristics, its deelgebieden and optionally its geometry. An area
 * in more than one province needs cross-province coordination (see
 * {@link CrossProvinceCoordinationSchema}).
 *
 * Rejects duplicate deelgebied ids and a province, gemeente or waterschap listed twice.
 *
 * @example
 * const area = validate(AreaSchema, lindewaardArea);
 * @see handreiking §2.1 (functioneel samenhangende gebieden; provinciegrensoverstijgend); §2.4
 */
export const AreaSchema = strictObject({
  ...documentHeader('area'),
  name: NameSchema,
  areaType: AreaTypeSchema,
  /** Ids of the provinces (parties) involved; more than one means a cross-province area. */
  provinceIds: NonEmptyIdListSchema,
  municipalityIds: IdListSchema,
  waterschapIds: IdListSchema,
  identity: AreaIdentitySchema,
  deelgebieden: z.array(DeelgebiedSchema),
  hectares: z.number().positive().optional(),
  /** The horizon year of the area's vision (stip op de horizon). */
  horizonYear: YearSchema.optional(),
  geometry: GeometrySchema.optional(),
}).superRefine((area, ctx) => {
  checkUniqueIds(ctx, area.deelgebieden, ['deelgebieden'], 'deelgebieden');
  for (const key of ['provinceIds', 'municipalityIds', 'waterschapIds'] as const) {
    const seen = new Set<string>();
    area[key].forEach((id, i) => {
      if (seen.has(id)) {
        schemaIssue(ctx, sharedIssues, 'duplicate_id', { id }, [key, i]);
      }
      seen.add(id);
    });
  }
});
/** The area of a gebiedsproces. */
export interface Area extends z.output<typeof AreaSchema> {}

/**
 * True when the area lies in more than one province, so the provinces must agree how they
 * coordinate (a lead province).
 *
 * @example
 * isCrossProvince(lindewaardArea); // false
 * @see handreiking §2.1; §2.3 ("Bij provinciegrensoverstijgende arrangementen spreken betrokken provincies af hoe ze dit coördineren")
 */
export function isCrossProvince(area: Pick<Area, 'provinceIds'>): boolean {
  const { provinceIds } = validate(z.object({ provinceIds: NonEmptyIdListSchema }), area);
  return new Set(provinceIds).size > 1;
}
