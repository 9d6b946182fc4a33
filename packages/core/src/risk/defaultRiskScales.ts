import type { RiskScales } from './riskScales';

/**
 * The default 5 × 5 scales of a risk register: five probability classes (up to 1%, 10%, 30%, 50%,
 * above 50%), five impact classes, and three score bands on probability × impact: low (1–4, on
 * track), medium (5–14, at risk) and high (15–25, off track). Copy and adapt it; a register carries
 * its own scales, so two registers with different scales are never compared by accident.
 * The class bounds are a common choice in Dutch practice (for example RISMAN-style registers),
 * not a rule of the handreiking.
 *
 * @example
 * const register = { ...header, scales: defaultRiskScales, risks: [] };
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R)
 */
export const defaultRiskScales: RiskScales = Object.freeze({
  probability: [
    { class: 1, label: { nl: 'Zeer klein', en: 'Very unlikely' }, upTo: 0.01 },
    { class: 2, label: { nl: 'Klein', en: 'Unlikely' }, upTo: 0.1 },
    { class: 3, label: { nl: 'Mogelijk', en: 'Possible' }, upTo: 0.3 },
    { class: 4, label: { nl: 'Waarschijnlijk', en: 'Likely' }, upTo: 0.5 },
    { class: 5, label: { nl: 'Zeer waarschijnlijk', en: 'Very likely' }, upTo: 1 },
  ],
  impact: [
    { class: 1, label: { nl: 'Zeer klein', en: 'Negligible' }, upTo: { money: 10_000_00, time: 7 } },
    { class: 2, label: { nl: 'Klein', en: 'Minor' }, upTo: { money: 100_000_00, time: 30 } },
    { class: 3, label: { nl: 'Middel', en: 'Moderate' }, upTo: { money: 1_000_000_00, time: 90 } },
    { class: 4, label: { nl: 'Groot', en: 'Major' }, upTo: { money: 5_000_000_00, time: 180 } },
    { class: 5, label: { nl: 'Zeer groot', en: 'Severe' } },
  ],
  bands: [
    { id: 'laag', label: { nl: 'Laag', en: 'Low' }, minScore: 1, maxScore: 4, status: 'on_track', colour: '#1a9850' },
    {
      id: 'middel',
      label: { nl: 'Middel', en: 'Medium' },
      minScore: 5,
      maxScore: 14,
      status: 'at_risk',
      colour: '#fdae61',
    },
    {
      id: 'hoog',
      label: { nl: 'Hoog', en: 'High' },
      minScore: 15,
      maxScore: 25,
      status: 'off_track',
      colour: '#d73027',
    },
  ],
}) as RiskScales;
