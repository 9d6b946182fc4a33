import { labelledEnum } from '../primitives/labels';

/**
 * The degree of influence participants get, stated up front. The handreiking asks to state the
 * degree of influence in advance ("Geef vooraf duidelijk de mate van invloed aan", §2.6) but names
 * no scale. This five-rung participation ladder (informeren, raadplegen, adviseren, coproduceren,
 * meebeslissen) comes from OUTSIDE the handreiking: it is Edelenbos's ladder for interactive
 * policy-making (J. Edelenbos, *Proces in vorm*, Lemma, 2000; after Arnstein's ladder of citizen
 * participation, 1969). Use another scale if your organisation has one; record that choice.
 *
 * @example
 * InfluenceLevel.label('coproduceren', 'en'); // 'Co-produce'
 * @see handreiking §2.6
 */
export const InfluenceLevel = labelledEnum({
  informeren: { nl: 'Informeren', en: 'Inform' },
  raadplegen: { nl: 'Raadplegen', en: 'Consult' },
  adviseren: { nl: 'Adviseren', en: 'Advise' },
  coproduceren: { nl: 'Coproduceren', en: 'Co-produce' },
  meebeslissen: { nl: 'Meebeslissen', en: 'Co-decide' },
});
/** A rung of the participation ladder (see {@link InfluenceLevel}). */
export type InfluenceLevel = (typeof InfluenceLevel)['values'][number];
/** zod schema of {@link InfluenceLevel}. */
export const InfluenceLevelSchema = InfluenceLevel.schema;
