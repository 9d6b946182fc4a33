import * as z from 'zod';
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
export const AreaIdentitySchema = z.strictObject({
  description: TextSchema,
  /** Values people hold dear (gemeenschappelijk DNA: what to cherish). */
  values: z.array(z.string().min(1)),
  strengths: z.array(z.string().min(1)),
  weaknesses: z.array(z.string().min(1)),
  opportunities: z.array(z.string().min(1)).optional(),
  threats: z.array(z.string().min(1)).optional(),
  /** Physical and social characteristics (soil, water system, landscape type, settlement pattern). */
  characteristics: z.array(z.string().min(1)),
  /** What the partners are willing to let change (wat u samen wilt loslaten). */
  mayChange: z.array(z.string().min(1)).optional(),
});
/** The identity and characteristics of an area. */
export type AreaIdentity = z.infer<typeof AreaIdentitySchema>;
