import type { Locale } from '@gebiedsgericht/core';

/** Escapes text for use in SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number with at most `digits` decimals, no exponent, for coordinates. */
export function n(x: number, digits = 1): string {
  const r = Math.round(x * 10 ** digits) / 10 ** digits;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Compact value for axis labels: euro cents as € millions or thousands, days as days. */
export function compactValue(value: number, unit: 'euro_cents' | 'days', locale: Locale): string {
  if (unit === 'days') {
    const fmt = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 });
    return `${fmt.format(value)} ${locale === 'nl' ? 'dg' : 'd'}`;
  }
  const euros = value / 100;
  const fmt = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  if (Math.abs(euros) >= 1_000_000)
    return locale === 'nl' ? `€ ${fmt.format(euros / 1_000_000)} mln` : `€${fmt.format(euros / 1_000_000)}m`;
  if (Math.abs(euros) >= 1_000)
    return locale === 'nl' ? `€ ${fmt.format(euros / 1_000)} k` : `€${fmt.format(euros / 1_000)}k`;
  return locale === 'nl' ? `€ ${fmt.format(euros)}` : `€${fmt.format(euros)}`;
}
