import type * as z from 'zod';
import { IsoDurationSchema } from '../../startnotitie/isoDuration';

/**
 * An ISO 8601 duration such as `P30D`, `P3M` or `P1Y6M`, as the startnotitie writes time limits
 * (core's `IsoDurationSchema`; add one to a moment with core's `addIsoDuration`).
 *
 * @example
 * TimeLimitSchema.parse('P60D');
 * @see handreiking §2.3 (escalatiemodel met termijnen)
 */
export const TimeLimitSchema = IsoDurationSchema;
/** An ISO 8601 duration. */
export type TimeLimit = z.infer<typeof TimeLimitSchema>;
