import { defineMessages } from '@gebiedsgericht/core';

/**
 * Error messages of `@gebiedsgericht/zgw`, in Dutch and English, by stable code.
 *
 * @example
 * zgwMessages.messages.missing_party_rsin({ partyId: 'gemeente-beekdal' }).nl;
 */
export const zgwMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
  invalid_rsin: (_p: Record<string, never>) => ({
    nl: 'Een RSIN bestaat uit negen cijfers die de elfproef doorstaan',
    en: 'An RSIN is nine digits that pass the elfproef (eleven test)',
  }),
  missing_party_rsin: (p: { partyId: string }) => ({
    nl: `De configuratie noemt geen RSIN voor partij ${p.partyId}; een besluit heeft het RSIN van de verantwoordelijke organisatie nodig`,
    en: `The configuration gives no RSIN for party ${p.partyId}; a besluit needs the RSIN of the responsible organisation`,
  }),
  identificatie_too_long: (p: { value: string; max: number }) => ({
    nl: `De identificatie ${p.value} is langer dan de ${p.max} tekens die de ZGW API's toestaan`,
    en: `The identificatie ${p.value} is longer than the ${p.max} characters the ZGW APIs allow`,
  }),
  unknown_reference: (p: { ref: string }) => ({
    nl: `Verwijzing ${p.ref} is (nog) niet aan een URL gekoppeld`,
    en: `Reference ${p.ref} has not been resolved to a URL (yet)`,
  }),
  zgw_request_failed: (p: { method: string; url: string; status: number; detail: string }) => ({
    nl: `${p.method} ${p.url} mislukt met status ${p.status}: ${p.detail}`,
    en: `${p.method} ${p.url} failed with status ${p.status}: ${p.detail}`,
  }),
  zgw_unreachable: (p: { method: string; url: string; detail: string }) => ({
    nl: `${p.method} ${p.url}: de ZGW-server is niet bereikbaar (${p.detail})`,
    en: `${p.method} ${p.url}: the ZGW server cannot be reached (${p.detail})`,
  }),
  zgw_unexpected_response: (p: { method: string; url: string }) => ({
    nl: `${p.method} ${p.url}: het antwoord van de ZGW-server heeft niet de verwachte vorm`,
    en: `${p.method} ${p.url}: the ZGW server's answer does not have the expected shape`,
  }),
  coordinates_outside_rd: (p: { x: number; y: number }) => ({
    nl: `Het punt (${p.x}, ${p.y}) ligt buiten het bereik van RD New (EPSG:28992)`,
    en: `The point (${p.x}, ${p.y}) is outside the range of RD New (EPSG:28992)`,
  }),
});

/** Shorthand for `zgwMessages.fail`. */
export const zgwFail = zgwMessages.fail;
