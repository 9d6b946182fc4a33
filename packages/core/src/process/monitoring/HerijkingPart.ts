import * as z from 'zod';
import { NonEmptyStringSchema } from '../../internal/leafSchemas';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';

/**
 * What a herijking is about: a limited part of the process — one opgave, one deelgebied, or one
 * section of a step's deliverable — "niet een herhaling van alle processtappen". There is no
 * "everything" scope on purpose: only a decision starts a full new cycle (a major change that
 * reopens the first step, under the change rules).
 *
 * @example
 * const scope: HerijkingPart = { kind: 'opgave', opgaveId: 'opgave-waterberging' };
 * const section: HerijkingPart = { kind: 'deliverable_section', stepId: 'borgen-en-uitvoeren', section: 'uitvoeringsagenda' };
 * @see handreiking §2.2 ("gericht op interventie en aanpassingen voor een beperkt onderdeel")
 */
export const HerijkingPartSchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('opgave'), opgaveId: IdSchema }),
  strictObject({ kind: z.literal('deelgebied'), deelgebiedId: IdSchema }),
  strictObject({ kind: z.literal('deliverable_section'), stepId: IdSchema, section: NonEmptyStringSchema }),
]);
/** What a herijking is about: an opgave, a deelgebied or a section of a deliverable. */
export type HerijkingPart = z.infer<typeof HerijkingPartSchema>;
