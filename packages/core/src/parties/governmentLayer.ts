import { labelledEnum } from '../primitives/labels';
import { validate } from '../primitives/validate';
import { type PartyKind, PartyKindSchema } from './partyKind';

/**
 * The four government layers that meet at the integrale gebiedstafel: rijk, provincie, gemeente,
 * waterschap. A samenwerkingsverband or regio is not one of them.
 *
 * @example
 * GovernmentLayer.label('rijk', 'en'); // 'National government'
 * @see handreiking §2.1 ("minimaal de vier overheden (rijk, provincies, gemeenten en waterschappen)")
 */
export const GovernmentLayer = labelledEnum({
  rijk: { nl: 'Rijk', en: 'National government' },
  provincie: { nl: 'Provincie', en: 'Province' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  waterschap: { nl: 'Waterschap', en: 'Water authority' },
});
/** One of the four government layers. */
export type GovernmentLayer = (typeof GovernmentLayer)['values'][number];
/** zod schema of {@link GovernmentLayer}. */
export const GovernmentLayerSchema = GovernmentLayer.schema;

/**
 * The government layer a party kind belongs to, or `undefined` when it is not a government.
 * A ministry counts as the rijk. A samenwerkingsverband / regio is never a government layer,
 * whatever role it plays (regisseur, chair, tekenmandaat). Executive agencies such as
 * Rijkswaterstaat are not counted as the rijk at the table: they execute, they do not represent
 * the rijk's policy.
 *
 * Throws `invalid_input` for an unknown kind.
 *
 * @example
 * governmentLayerOf('ministerie'); // 'rijk'
 * governmentLayerOf('samenwerkingsverband'); // undefined
 * @see handreiking §2.1
 */
export function governmentLayerOf(kind: PartyKind): GovernmentLayer | undefined {
  const checked = validate(PartyKindSchema, kind, { path: ['kind'] });
  switch (checked) {
    case 'rijk':
    case 'ministerie':
      return 'rijk';
    case 'provincie':
    case 'gemeente':
    case 'waterschap':
      return checked;
    default:
      return undefined;
  }
}
