import type { GebiedsprocesSettings, StepTemplate } from '@gebiedsgericht/core';
import { readSnapshot } from '../internal/readSnapshot';

/** Why a step needs, or does not need, the consent of every medeoverheid. */
export type ConsentSource =
  | 'template_always'
  | 'template_never'
  | 'startnotitie_consent_steps'
  | 'decision_rule'
  | 'not_asked';

/** Where a step's timebox comes from: the startnotitie overrides the template. */
export type TimeboxSource = 'startnotitie' | 'template' | 'none';

/** The effective settings of one step, with where each comes from. */
export interface EffectiveStepSettings {
  readonly stepId: string;
  readonly consentRequired: boolean;
  readonly consentSource: ConsentSource;
  /** The decision rules (ids) that add this step to the consent steps. */
  readonly consentRuleIds: readonly string[];
  readonly timeboxDays: number | null;
  readonly timeboxSource: TimeboxSource;
  /** The template's own timebox when the startnotitie overrides it. */
  readonly templateTimeboxDays: number | null;
}

/**
 * The settings an area process actually runs with, per step, and where each comes from, so that
 * no precedence is silent. Consent: a template gate of `always` or `never` wins; otherwise the step
 * needs consent when the startnotitie lists it in `decisionMaking.consentStepIds`
 * (`startnotitie_consent_steps`) or a decision rule with `consentOfAllMedeoverheden` names it
 * (`decision_rule`, with the rule ids). Timebox: the startnotitie's timebox for the step overrides the
 * template's `timeboxDays` (both are shown). Throws `invalid_input` for a snapshot that is not a
 * valid persisted area process (path `snapshot`).
 *
 * @example
 * effectiveSettings(process.snapshot()).find((s) => s.stepId === 'inzicht-verkrijgen')?.timeboxSource; // 'startnotitie'
 * @see handreiking §2.6 (instemming van de medeoverheden); bijlage 1, onderdeel 2 (stap 1: timebox)
 */
export function effectiveSettings(snapshot: unknown): EffectiveStepSettings[] {
  const { snapshot: s } = readSnapshot(snapshot);
  return effectiveStepSettingsOf(s.template, s.settings);
}

/** {@link effectiveSettings} of a validated template and settings. Internal. */
export function effectiveStepSettingsOf(
  template: StepTemplate,
  settings: GebiedsprocesSettings,
): EffectiveStepSettings[] {
  const s = { template, settings };
  const rules = s.settings.authority?.decisionRules ?? [];
  return s.template.steps.map((step): EffectiveStepSettings => {
    const ruleIds = rules.filter((r) => r.consentOfAllMedeoverheden && r.stepIds?.includes(step.id)).map((r) => r.id);
    const listed = s.settings.consentStepIds.includes(step.id);
    const gate = step.gate.consent;
    const consentSource: ConsentSource =
      gate === 'always'
        ? 'template_always'
        : gate === 'never'
          ? 'template_never'
          : !listed
            ? 'not_asked'
            : ruleIds.length > 0
              ? 'decision_rule'
              : 'startnotitie_consent_steps';
    const own = s.settings.stepTimeboxDays;
    const fromStartnotitie = own && Object.hasOwn(own, step.id) ? own[step.id] : undefined;
    const fromTemplate = step.gate.timeboxDays;
    return {
      stepId: step.id,
      consentRequired: gate === 'always' || (gate !== 'never' && listed),
      consentSource,
      consentRuleIds: ruleIds,
      timeboxDays: fromStartnotitie ?? fromTemplate ?? null,
      timeboxSource: fromStartnotitie !== undefined ? 'startnotitie' : fromTemplate !== undefined ? 'template' : 'none',
      templateTimeboxDays: fromTemplate ?? null,
    };
  });
}
