import * as z from 'zod';
import { NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { TextSchema } from '../primitives/text';

/**
 * The identity and characteristics of an area: what makes it this place (the shared "DNA", values
 * people are proud of), its strengths and weaknesses, and what may change. The NOVI principle
 * puts area characteristics central.
 *
 * @example
 * AreaIdentitySchema.parse({ description: 'Beekdal met landgoederen', values: ['landgoederen'],
 *   strengths: ['water'], weaknesses: ['netcongestie'], characteristics: ['zandgronden'] });
 * @see handreiking §2.4 (gedeelde opgaven en kwaliteiten; NOVI-afwegingsprincipes); bijlage 2, voorbeeld 2 (gemeenschappelijk DNA)
 */
export const AreaIdentitySchema = strictObject({
  description: TextSchema,
  /** Values people hold dear (gemeenschappelijk DNA: what to cherish). */
  values: z.array(NonEmptyStringSchema),
  strengths: z.array(NonEmptyStringSchema),
  weaknesses: z.array(NonEmptyStringSchema),
  opportunities: z.array(NonEmptyStringSchema).optional(),
  threats: z.array(NonEmptyStringSchema).optional(),
  /** Physical and social characteristics (soil, water system, landscape type, settlement pattern). */
  characteristics: z.array(NonEmptyStringSchema),
  /** What the partners are willing to let change (wat u samen wilt loslaten). */
  mayChange: z.array(NonEmptyStringSchema).optional(),
});
/** The identity and characteristics of an area. */
export type AreaIdentity = z.infer<typeof AreaIdentitySchema>;
