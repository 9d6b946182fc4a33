import { labelledEnum } from '../primitives/labels';

/**
 * The kind of a development taken into the vision: an autonomous development (that happens
 * whatever the area decides, such as demographic change), a trend, an adopted policy or a
 * scenario to be robust against.
 *
 * @example
 * DevelopmentKind.label('autonomous', 'nl'); // 'Autonome ontwikkeling'
 * @see handreiking §2.2 ("trends en autonome ontwikkelingen"; bijlage 1); bijlage 1, onderdeel 2, stap 2
 */
export const DevelopmentKind = labelledEnum({
  autonomous: { nl: 'Autonome ontwikkeling', en: 'Autonomous development' },
  trend: { nl: 'Trend', en: 'Trend' },
  policy: { nl: 'Vastgesteld beleid', en: 'Adopted policy' },
  scenario: { nl: 'Scenario', en: 'Scenario' },
});
/** One of the {@link DevelopmentKind} values. */
export type DevelopmentKind = (typeof DevelopmentKind)['values'][number];
