import * as z from 'zod';
import { NonNegativeNumberSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { RequiredRoleSchema } from './requiredRole';
import { ToleranceSchema } from './tolerance';

/**
 * Organisatie of a step, phase or project: the capacity it needs in hours (norm), the hours spent
 * so far (actual), the hours the partners are expected to supply until completion including those
 * spent (forecast), the roles it needs, and a tolerance on the capacity shortfall (`under`) and
 * overrun (`over`). Vacant roles make the aspect at least "at risk".
 *
 * @example
 * OrganisationControlSchema.parse({ requiredHours: 2400, actualHours: 800, forecastHours: 2000, roles: [], tolerance: { mode: 'relative', over: 0.2, under: 0.1 } });
 * @see handreiking §2.3 (capaciteit per partner; bijlage 1); bijlage 1, onderdeel 1 (GOKIT: Organisatie)
 */
export const OrganisationControlSchema = strictObject({
  requiredHours: NonNegativeNumberSchema,
  actualHours: NonNegativeNumberSchema,
  forecastHours: NonNegativeNumberSchema,
  roles: z.array(RequiredRoleSchema),
  tolerance: ToleranceSchema,
});
/** Organisatie of a step, phase or project (see {@link OrganisationControlSchema}). */
export type OrganisationControl = z.infer<typeof OrganisationControlSchema>;
