import * as z from 'zod';
import { LIMIT_MAX } from './limitValues';

/**
 * A name: a party, body, step or variant as people call it. Non-empty, at most
 * {@link LIMITS}.nameLength characters.
 *
 * @example
 * NameSchema.parse('Gemeente Beekdal');
 * @see docs/limits.md
 */
export const NameSchema = /* @__PURE__ */ z.string().min(1).max(LIMIT_MAX.nameLength);

/**
 * Free text: a motivation, description or explanation. Non-empty, at most
 * {@link LIMITS}.textLength characters.
 *
 * @example
 * TextSchema.parse('Nieuwe gegevens over wateroverlast in het beekdal');
 * @see docs/limits.md
 */
export const TextSchema = /* @__PURE__ */ z.string().min(1).max(LIMIT_MAX.textLength);
