// The public, validating face of the reflection check's helpers. `reflect` and the rule files
// call the unvalidated originals in ../reflection; only the package's index exports these.

import type { IssuePath } from '@gebiedsgericht/core';
import { IssuePathSchema, LabelSchema, validate } from '@gebiedsgericht/core';
import * as z from 'zod';
import { type Finding, FindingSchema, HandreikingSectionSchema } from '../reflection/finding';
import { FindingSeverity, severityRank as severityRankUnchecked } from '../reflection/findingSeverity';
import { ReflectionDocumentKind } from '../reflection/reflectionDocumentKind';
import {
  defineReflectionRule as defineReflectionRuleUnchecked,
  type ReflectionRule,
  type ReflectionRuleDefinition,
} from '../reflection/reflectionRule';
import { resolveFindingPath as resolveFindingPathUnchecked } from '../reflection/resolveFindingPath';
import {
  compareFindings as compareFindingsUnchecked,
  comparePaths as comparePathsUnchecked,
  sortFindings as sortFindingsUnchecked,
} from '../reflection/sortFindings';
import { AFunction } from './shapes';

const ReflectionRuleDefinitionSchema = z.strictObject({
  id: FindingSchema.shape.ruleId,
  section: HandreikingSectionSchema,
  severity: FindingSeverity.schema,
  appliesTo: z.array(ReflectionDocumentKind.schema).min(1),
  title: LabelSchema,
  detect: AFunction,
});
const FindingsSchema = z.array(FindingSchema);

/**
 * Rank of a severity for sorting: `error` first (0), then `warning` (1), then `info` (2). Throws
 * `invalid_input` (path `severity`) for any other value.
 *
 * @example
 * severityRank('warning'); // 1
 * @see handreiking §1
 */
export function severityRank(severity: FindingSeverity): number {
  validate(FindingSeverity.schema, severity, { path: ['severity'] });
  return severityRankUnchecked(severity);
}

/**
 * Compares two paths segment by segment (numbers numerically and before strings, strings by code
 * unit); a path that is a prefix of another comes first. Throws `invalid_input` for a path that is
 * not an array of strings and non-negative integers (paths `a`, `b`).
 *
 * @example
 * comparePaths(['a', 2], ['a', 10]); // negative
 * @see handreiking §1
 */
export function comparePaths(a: IssuePath, b: IssuePath): number {
  validate(IssuePathSchema, a, { path: ['a'] });
  validate(IssuePathSchema, b, { path: ['b'] });
  return comparePathsUnchecked(a, b);
}

/**
 * The one order of findings: severity (`error`, `warning`, `info`), then rule id, then path, then
 * the English and Dutch message (so that the order is total and does not depend on the order in
 * which rules ran or the input arrays were given). Throws `invalid_input` for an argument that is
 * not a valid finding (paths `a`, `b`).
 *
 * @example
 * findings.sort(compareFindings);
 * @see handreiking §1
 */
export function compareFindings(a: Finding, b: Finding): number {
  validate(FindingSchema, a, { path: ['a'] });
  validate(FindingSchema, b, { path: ['b'] });
  return compareFindingsUnchecked(a, b);
}

/**
 * Returns the findings in the one stable order of {@link compareFindings}, without duplicates
 * (same rule, path and message), as a new array; the input array is not changed. Throws
 * `invalid_input` (path `findings`) for anything that is not an array of valid findings.
 *
 * @example
 * const ordered = sortFindings(findings);
 * @see handreiking §1
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  validate(FindingsSchema, findings, { path: ['findings'] });
  return sortFindingsUnchecked(findings);
}

/**
 * Follows a finding's path into the reflection input and returns what is there, or `undefined`
 * when the path leads nowhere (for example a finding about a field that is missing: then the path
 * minus its last segment leads to the object that lacks it). A string segment applied to an array
 * picks the element with that `id`, because findings address array elements by id. Any `input` is
 * allowed; throws `invalid_input` (path `path`) for a path that is not an array of strings and
 * non-negative integers.
 *
 * @example
 * resolveFindingPath(input, ['arrangement', 'gebiedsprocessen', 'gp-lindewaard', 'opgaven']);
 * @see handreiking §1
 */
export function resolveFindingPath(input: unknown, path: IssuePath): unknown {
  validate(IssuePathSchema, path, { path: ['path'] });
  return resolveFindingPathUnchecked(input, path);
}

/**
 * Builds a {@link ReflectionRule} from a definition: `check` runs `detect` and stamps each hit with
 * the rule's id, severity and section, so that a rule cannot report under another rule's name.
 * Throws `invalid_input` (path `definition`) for a definition that is not
 * `{ id, section, severity, appliesTo, title, detect }` with a kebab-case id, a handreiking section,
 * a known severity, at least one known input part, a Dutch and English title and a `detect`
 * function (unknown keys are rejected too).
 *
 * @example
 * export const changeRulesMissing = defineReflectionRule({
 *   id: 'change-rules-missing', section: '§2.7', severity: 'error', appliesTo: ['startnotitie'],
 *   title: { nl: 'Spelregels voor wijzigingen', en: 'Rules for changes' },
 *   detect: (input) => (input.startnotitie?.changeRules ? [] : [{ path: ['startnotitie'], message }]),
 * });
 * @see handreiking §1
 */
export function defineReflectionRule(definition: ReflectionRuleDefinition): ReflectionRule {
  validate(ReflectionRuleDefinitionSchema, definition, { path: ['definition'] });
  return defineReflectionRuleUnchecked(definition);
}
