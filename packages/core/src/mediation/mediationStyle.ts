import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { labelledEnum } from '../primitives/labels';

/**
 * The three styles of mediation the handreiking distinguishes: evaluative (the mediator holds
 * content and process regie), facilitative (process regie only) and transformative (neither; the
 * conflict is treated as a crisis in communication).
 *
 * @example
 * MediationStyle.label('facilitative', 'nl'); // 'Faciliterende bemiddeling'
 * @see handreiking bijlage 1, onderdeel 4 (stijlen van bemiddeling)
 */
export const MediationStyle = labelledEnum({
  evaluative: { nl: 'Evaluerende bemiddeling', en: 'Evaluative mediation' },
  facilitative: { nl: 'Faciliterende bemiddeling', en: 'Facilitative mediation' },
  transformative: { nl: 'Transformatieve bemiddeling', en: 'Transformative mediation' },
});
/** One of the {@link MediationStyle} values. */
export type MediationStyle = (typeof MediationStyle)['values'][number];

/**
 * Who holds a kind of regie in a mediation: the mediator, or the parties themselves.
 *
 * @example
 * RegieHolder.label('parties', 'en'); // 'The parties'
 * @see handreiking bijlage 1, onderdeel 4
 */
export const RegieHolder = labelledEnum({
  mediator: { nl: 'De bemiddelaar', en: 'The mediator' },
  parties: { nl: 'De partijen', en: 'The parties' },
});
/** One of the {@link RegieHolder} values. */
export type RegieHolder = (typeof RegieHolder)['values'][number];

/**
 * Who holds content regie (inhoudelijke regie) and who holds process regie (procesregie) in one
 * mediation style.
 *
 * @example
 * const regie: StyleRegie = { contentRegie: 'parties', processRegie: 'mediator' };
 * @see handreiking bijlage 1, onderdeel 4
 */
export const StyleRegieSchema = strictObject({
  contentRegie: RegieHolder.schema,
  processRegie: RegieHolder.schema,
});
/** Who holds content regie and process regie in one style. */
export type StyleRegie = z.infer<typeof StyleRegieSchema>;

/**
 * The regie of each style, exactly as the handreiking describes it: evaluative — "regie op inhoud
 * en proces"; facilitative — "geen inhoudelijke regie en wel procesregie"; transformative — "geen
 * inhoudelijke regie en geen procesregie".
 *
 * @example
 * mediationStyleRegie.facilitative.processRegie; // 'mediator'
 * @see handreiking bijlage 1, onderdeel 4
 */
export const mediationStyleRegie: Readonly<Record<MediationStyle, StyleRegie>> = Object.freeze({
  evaluative: Object.freeze({ contentRegie: 'mediator', processRegie: 'mediator' }),
  facilitative: Object.freeze({ contentRegie: 'parties', processRegie: 'mediator' }),
  transformative: Object.freeze({ contentRegie: 'parties', processRegie: 'parties' }),
});
