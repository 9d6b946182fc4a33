// Internal helper for the cross-field checks of the mediation shapes (not exported).
import type { z } from 'zod';
import type { IssuePath } from '../../primitives/errors';
import type { Label } from '../../primitives/labels';
import { addIssue } from '../../primitives/validate';

/** Reports a bilingual issue with a stable code from inside a zod `superRefine`. */
export function report(ctx: z.RefinementCtx, code: string, message: Label, path: IssuePath = []): void {
  addIssue(ctx as unknown as Parameters<typeof addIssue>[0], code, message, path);
}
