import { validate } from '@gebiedsgericht/core';
import { SignJWT } from 'jose';
import { z } from 'zod';

/**
 * The credentials of an application at a ZGW server: the `client_id` and shared secret registered
 * there (in Open Zaak under API-autorisaties / Applicaties), and who acts through it.
 *
 * @example
 * ZgwCredentialsSchema.parse({ clientId: 'gebiedsgericht', secret: process.env.ZGW_SECRET, userId: 'regisseur-zuidmark' });
 */
export const ZgwCredentialsSchema = z.strictObject({
  clientId: z.string().min(1),
  secret: z.string().min(1),
  /** The id of the user on whose behalf the application acts (`user_id`). */
  userId: z.string().min(1),
  /** A readable name of that user (`user_representation`); the user id otherwise. */
  userRepresentation: z.string().min(1).optional(),
});
/** The credentials of an application at a ZGW server. */
export type ZgwCredentials = z.infer<typeof ZgwCredentialsSchema>;

/**
 * A JSON Web Token as the ZGW APIs (and Open Zaak) expect it: signed with HS256 over the shared
 * secret, with `iss` and `client_id` set to the client id, `user_id`, `user_representation` and
 * `iat`. The time is passed in (seconds since 1970), so the function reads no clock.
 *
 * @example
 * const token = await zgwToken({ clientId: 'gebiedsgericht', secret: 's3cret', userId: 'regisseur' }, Math.floor(Date.now() / 1000));
 * fetch(url, { headers: { Authorization: `Bearer ${token}` } });
 * @see https://open-zaak.readthedocs.io/ (authentication: JWT with client_id and secret)
 */
export async function zgwToken(credentials: ZgwCredentials, issuedAt: number): Promise<string> {
  const valid = validate(ZgwCredentialsSchema, credentials, { path: ['credentials'] });
  const iat = validate(z.number().int().nonnegative(), issuedAt, { path: ['issuedAt'] });
  return new SignJWT({
    client_id: valid.clientId,
    user_id: valid.userId,
    user_representation: valid.userRepresentation ?? valid.userId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(valid.clientId)
    .setIssuedAt(iat)
    .sign(new TextEncoder().encode(valid.secret));
}
