import * as z from 'zod';
import { IdListSchema, OptionalIdSchema, OptionalTextSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { NameSchema } from '../primitives/text';

/**
 * National and regional programmes with their own calendar that a gebiedsproces links to.
 *
 * @example
 * ProgrammeKind.label('np_res', 'en'); // 'National Programme Regional Energy Strategies'
 * @see handreiking §2.4 ("NP RES, BOL, MIRT, verstedelijkingsstrategieën, de gebiedsplannen voor stikstof")
 */
export const ProgrammeKind = labelledEnum({
  novex: { nl: 'Programma NOVEX', en: 'NOVEX programme' },
  np_res: { nl: 'Nationaal Programma RES', en: 'National Programme Regional Energy Strategies' },
  bol: { nl: 'BOL (zoals genoemd in de handreiking)', en: 'BOL (as named in the handreiking)' },
  mirt: { nl: 'MIRT', en: 'MIRT (infrastructure, space and transport programme)' },
  gebiedsplan_stikstof: { nl: 'Gebiedsplan stikstof / landelijk gebied', en: 'Area plan nitrogen / rural area' },
  verstedelijkingsstrategie: { nl: 'Verstedelijkingsstrategie', en: 'Urbanisation strategy' },
  woningbouwprogramma: { nl: 'Woningbouwprogramma', en: 'Housing programme' },
  mooi_nederland: { nl: 'Nationaal programma Mooi Nederland', en: 'National programme Mooi Nederland' },
  overig: { nl: 'Overig programma', en: 'Other programme' },
});
/** A kind of linked programme (see {@link ProgrammeKind}). */
export type ProgrammeKind = (typeof ProgrammeKind)['values'][number];
/** zod schema of {@link ProgrammeKind}. */
export const ProgrammeKindSchema = ProgrammeKind.schema;

/**
 * A milestone in a linked programme's calendar (for example "RES 3.0 vastgesteld").
 *
 * @example
 * MilestoneSchema.parse({ id: 'res-3', name: 'RES 3.0 aangeboden', date: '2027-07-01' });
 * @see handreiking §2.4 (programma's met een eigen kalender)
 */
export const MilestoneSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  date: IsoDateSchema,
  description: OptionalTextSchema,
});
/** A milestone of a linked programme. */
export type Milestone = z.infer<typeof MilestoneSchema>;

/**
 * A (national) programme that runs alongside the gebiedsproces with its own calendar, the opgaven
 * it concerns and its milestones. Programme deadlines feed the ijkmoment schedule.
 *
 * @example
 * LinkedProgrammeSchema.parse({ id: 'res-zo', kind: 'np_res', name: 'RES Zuidmark-Oost', opgaveIds: ['energie-zon'], milestones: [] });
 * @see handreiking §2.4 ("Beiden lopen samen op, maar wel afgestemd op elkaar")
 */
export const LinkedProgrammeSchema = strictObject({
  id: IdSchema,
  kind: ProgrammeKindSchema,
  name: NameSchema,
  ownerPartyId: OptionalIdSchema,
  opgaveIds: IdListSchema,
  milestones: z.array(MilestoneSchema),
});
/** A linked programme with its milestones. */
export type LinkedProgramme = z.infer<typeof LinkedProgrammeSchema>;
