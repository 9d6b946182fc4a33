import type * as z from 'zod';
import { NonEmptyIdListSchema, NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { NameSchema } from '../primitives/text';

/**
 * Kinds of existing collaboration a gebiedsproces builds on instead of adding administrative burden.
 *
 * @example
 * CollaborationKind.label('res', 'en'); // 'Regional energy strategy (RES)'
 * @see handreiking §2.1 ("RES'en, regionale omgevingsagenda's en verstedelijkingsstrategieën"); §2.4 (Regio Deal)
 */
export const CollaborationKind = labelledEnum({
  res: { nl: 'Regionale energiestrategie (RES)', en: 'Regional energy strategy (RES)' },
  omgevingsagenda: { nl: 'Regionale omgevingsagenda', en: 'Regional environment agenda' },
  verstedelijkingsstrategie: { nl: 'Verstedelijkingsstrategie', en: 'Urbanisation strategy' },
  regio_deal: { nl: 'Regio Deal', en: 'Region deal' },
  novex_gebied: { nl: 'NOVEX-gebied', en: 'NOVEX area' },
  gebiedsprogramma_landelijk_gebied: { nl: 'Gebiedsprogramma landelijk gebied', en: 'Rural area programme' },
  woondeal: { nl: 'Woondeal', en: 'Housing deal' },
  mirt_gebiedsagenda: { nl: 'MIRT-gebiedsagenda', en: 'MIRT area agenda' },
  overig: { nl: 'Overige samenwerking', en: 'Other collaboration' },
});
/** A kind of existing collaboration (see {@link CollaborationKind}). */
export type CollaborationKind = (typeof CollaborationKind)['values'][number];
/** zod schema of {@link CollaborationKind}. */
export const CollaborationKindSchema = CollaborationKind.schema;

/**
 * An existing collaboration that the gebiedsproces reuses, with what is reused from it (its
 * table, its data, its agreements).
 *
 * @example
 * ReusedCollaborationSchema.parse({ id: 'res-zo', kind: 'res', name: 'RES Zuidmark-Oost',
 *   partyIds: ['provincie-zuidmark'], reusedFor: 'Zoekgebieden zon en wind' });
 * @see handreiking §2.1 ("Benut wat er al loopt")
 */
export const ReusedCollaborationSchema = strictObject({
  id: IdSchema,
  kind: CollaborationKindSchema,
  name: NameSchema,
  partyIds: NonEmptyIdListSchema,
  reusedFor: NonEmptyStringSchema,
});
/** An existing collaboration that is reused. */
export type ReusedCollaboration = z.infer<typeof ReusedCollaborationSchema>;
