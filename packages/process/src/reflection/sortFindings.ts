import type { IssuePath } from '@gebiedsgericht/core';
import type { Finding } from './finding';
import { severityRank } from './findingSeverity';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSegment(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return compareText(a, b);
}

/**
 * Compares two paths segment by segment (numbers numerically and before strings, strings by code
 * unit); a path that is a prefix of another comes first.
 *
 * @example
 * comparePaths(['a', 2], ['a', 10]); // negative
 */
export function comparePaths(a: IssuePath, b: IssuePath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareSegment(a[i] as string | number, b[i] as string | number);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * The one order of findings: severity (`error`, `warning`, `info`), then rule id, then path, then
 * the English and Dutch message (so that the order is total and does not depend on the order in
 * which rules ran or the input arrays were given).
 *
 * @example
 * findings.sort(compareFindings);
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareText(a.ruleId, b.ruleId) ||
    comparePaths(a.path, b.path) ||
    compareText(a.message.en, b.message.en) ||
    compareText(a.message.nl, b.message.nl)
  );
}

/**
 * Returns the findings in the one stable order of {@link compareFindings}, without duplicates
 * (same rule, path and message), as a new array; the input array is not changed.
 *
 * @example
 * const ordered = sortFindings(findings);
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter((f, i) => {
    const prev = sorted[i - 1];
    return prev === undefined || compareFindings(prev, f) !== 0 || prev.section !== f.section;
  });
}
