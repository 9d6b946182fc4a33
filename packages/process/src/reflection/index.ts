// Hand-written barrel of the reflection check: named exports only.

export {
  type ReflectionContext,
  ReflectionContextSchema,
  type ReflectionInput,
  ReflectionInputSchema,
} from '@gebiedsgericht/core';
export { type Finding, FindingSchema, type HandreikingSection, HandreikingSectionSchema } from './finding';
export { FindingSeverity, severityRank } from './findingSeverity';
export { type ReflectOptions, reflect } from './reflect';
export { ReflectionDocumentKind } from './reflectionDocumentKind';
export { type ReflectionReport, ReflectionReportSchema } from './reflectionReport';
export {
  defineReflectionRule,
  type ReflectionRule,
  type ReflectionRuleDefinition,
  type RuleHit,
} from './reflectionRule';
export { resolveFindingPath } from './resolveFindingPath';
export { reflectionRules } from './rules/index';
export { compareFindings, comparePaths, sortFindings } from './sortFindings';
