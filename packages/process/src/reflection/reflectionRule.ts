import type { ReflectionContext, ReflectionInput } from '@gebiedsgericht/core';
import { type IssuePath, type Label, LabelSchema, validate } from '@gebiedsgericht/core';
import * as z from 'zod';
import { type Finding, FindingSchema, type HandreikingSection, HandreikingSectionSchema } from './finding';
import { FindingSeverity } from './findingSeverity';
import { ReflectionDocumentKind } from './reflectionDocumentKind';

/**
 * What a rule's `detect` reports before the engine stamps rule id, severity and section on it.
 *
 * @example
 * const hit: RuleHit = {
 *   path: ['startnotitie', 'ijkmomenten'],
 *   message: { nl: 'Er zijn geen ijkmomenten gepland', en: 'No ijkmomenten are planned' },
 * };
 * @see handreiking §1
 */
export interface RuleHit {
  /** Path into the reflection input, starting with the input part (`startnotitie`, ...). */
  readonly path: IssuePath;
  /** What is wrong or missing, in Dutch and English. */
  readonly message: Label;
}

/**
 * One reflection rule: a small, documented check of one advice of the handreiking. `appliesTo`
 * lists the input parts the rule reads; the engine runs it when at least one of them is present
 * (standalone or embedded: a gebiedsproces embeds its startnotitie, an arrangement its
 * gebiedsprocessen).
 * `check` never reads the clock (the caller's `now` is in the context) and never changes the input.
 *
 * @example
 * const findings = escalationModelMissing.check(input, { now: '2026-11-28T12:00:00Z' });
 * @see handreiking §1 (reflecteren op voorgenomen processtappen)
 */
export interface ReflectionRule {
  /** Stable kebab-case id, also the file name of the rule. */
  readonly id: string;
  /** The handreiking section the advice comes from. */
  readonly section: HandreikingSection;
  /** Severity of every finding of this rule. */
  readonly severity: FindingSeverity;
  /** The input parts the rule reads; it runs when at least one of them is present. */
  readonly appliesTo: readonly [ReflectionDocumentKind, ...ReflectionDocumentKind[]];
  /** What the rule checks, in Dutch and English (for the docs and a report's legend). */
  readonly title: Label;
  /** Runs the check; returns no findings when the advice is followed. */
  check(input: ReflectionInput, context: ReflectionContext): Finding[];
}

/**
 * The definition a rule file gives to {@link defineReflectionRule}: a rule without `check`, plus
 * `detect` returning plain hits.
 *
 * @example
 * const definition: ReflectionRuleDefinition = {
 *   id: 'my-rule', section: '§2.2', severity: 'info', appliesTo: ['startnotitie'],
 *   title: { nl: 'Mijn regel', en: 'My rule' },
 *   detect: () => [],
 * };
 * @see handreiking §1
 */
export interface ReflectionRuleDefinition extends Omit<ReflectionRule, 'check'> {
  /** Finds the places where the advice is not followed. */
  detect(input: ReflectionInput, context: ReflectionContext): readonly RuleHit[];
}

/**
 * Builds a {@link ReflectionRule} from a definition: `check` runs `detect` and stamps each hit with
 * the rule's id, severity and section, so that a rule cannot report under another rule's name.
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
  validate(ReflectionRuleDefinitionSchema(), definition, { path: ['definition'] });
  return builtInReflectionRule(definition);
}

/**
 * {@link defineReflectionRule} for the rules the SDK ships, without running the definition schema
 * when the package loads (some forty zod parses of constant definitions). Internal: a test checks
 * every built-in rule with `defineReflectionRule`.
 */
export function builtInReflectionRule(definition: ReflectionRuleDefinition): ReflectionRule {
  const { detect, ...rest } = definition;
  return Object.freeze({
    ...rest,
    check(input: ReflectionInput, context: ReflectionContext): Finding[] {
      return detect(input, context).map((hit) => ({
        ruleId: rest.id,
        severity: rest.severity,
        message: { nl: hit.message.nl, en: hit.message.en },
        section: rest.section,
        path: [...hit.path],
      }));
    },
  });
}

let definitionSchema: z.ZodType | undefined;

/** What {@link defineReflectionRule} checks of a definition (built on first use). */
function ReflectionRuleDefinitionSchema(): z.ZodType {
  definitionSchema ??= z.strictObject({
    id: FindingSchema.shape.ruleId,
    section: HandreikingSectionSchema,
    severity: FindingSeverity.schema,
    appliesTo: z.array(ReflectionDocumentKind.schema).min(1),
    title: LabelSchema,
    detect: z.custom<ReflectionRuleDefinition['detect']>((value) => typeof value === 'function'),
  });
  return definitionSchema;
}
