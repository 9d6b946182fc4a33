// Internal helper for cross-field checks in superRefine (not exported from the barrel).
import type { z } from 'zod';
import type { IssuePath } from '../../primitives/errors';
import type { Label } from '../../primitives/labels';
import { addIssue } from '../../primitives/validate';

/**
 * Adds a bilingual issue with a stable code to a zod refinement context. The primitive `addIssue`
 * takes a narrower context type than zod's `RefinementCtx`, hence the cast in one place.
 */
export function report(ctx: z.RefinementCtx, code: string, message: Label, path: IssuePath = []): void {
  addIssue(ctx as unknown as Parameters<typeof addIssue>[0], code, message, path);
}
