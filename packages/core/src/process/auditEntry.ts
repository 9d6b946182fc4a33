import * as z from 'zod';
import { ErrorIssueSchema } from '../primitives/errors';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { ProcessRole } from './processRole';

/**
 * One line of the audit log of an area process: the event (as sent, so the log can be replayed),
 * who did it in which role, when, with what motivation, and where the process stood before and
 * after (a step id, or `monitoring`, `suspended`, `stopped`). The machine only logs accepted
 * events (`accepted: true`); the wrapper API returns a rejected entry with `reason` so callers can
 * keep rejections in their own log.
 *
 * @example
 * AuditEntrySchema.parse({ seq: 0, type: 'step.close', timestamp: '2026-06-02T16:00:00+02:00',
 *   actor: 'regisseur-zuidmark', role: 'regisseur', stepBefore: 'opstart', stepAfter: 'inzicht-verkrijgen',
 *   accepted: true, event: { type: 'step.close' } });
 * @see handreiking §2.6 (democratische legitimiteit: navolgbaarheid)
 */
export const AuditEntrySchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  type: z.string().min(1),
  timestamp: IsoDateTimeSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
  motivation: z.string().min(1).optional(),
  stepBefore: z.string().min(1),
  stepAfter: z.string().min(1),
  accepted: z.boolean(),
  reason: ErrorIssueSchema.optional(),
  event: z.record(z.string(), z.unknown()),
});
/** One line of the audit log of an area process. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
