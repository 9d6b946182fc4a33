import type { GebiedsprocesContext, StepDefinition } from '@gebiedsgericht/core';
import { missingConsents } from '../../machine/rejectionOfEvent';
import { medeoverheden } from '../internal/helpers';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * At least the medeoverheden can live with the outcome: every province, gemeente and waterschap
 * that is a full member of the gebiedstafel has consented (adopted, or adopted with amendments) to
 * the step 4 choice — a consent for the step of the choice's decision, or for that decision. For a
 * running process this reuses the machine's `missingConsents` for every closed step that needs
 * consent.
 *
 * @example
 * medeoverheidConsentMissing.check({ gebiedsproces }, { now });
 * @see handreiking §2.6 ("Tenminste de medeoverheden moeten zich kunnen vinden in (de uitkomsten van) de ruimtelijke arrangementen")
 */
export const medeoverheidConsentMissing = builtInReflectionRule({
  id: 'medeoverheid-consent-missing',
  section: '§2.6',
  severity: 'error',
  appliesTo: ['gebiedsproces', 'process'],
  title: {
    nl: 'Alle medeoverheden stemmen in met de uitkomst',
    en: 'Every co-government consents to the outcome',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const step = g.doc.deliverables.assessmentAndChoice;
      if (!step) continue;
      const decisionId = step.choice.decisionId;
      const stepId = g.doc.decisions.find((d) => d.id === decisionId)?.stepId;
      for (const party of medeoverheden(g.doc)) {
        const consents = g.doc.consents.filter(
          (c) =>
            c.partyId === party.id && (c.decisionId === decisionId || (stepId !== undefined && c.stepId === stepId)),
        );
        if (consents.some((c) => c.outcome !== 'rejected')) continue;
        const rejected = consents.length > 0;
        hits.push({
          path: [...g.path, 'consents'],
          message: rejected
            ? {
                nl: `${party.name} heeft de bestuurlijke keuze verworpen`,
                en: `${party.name} has rejected the administrative choice`,
              }
            : {
                nl: `${party.name} heeft (nog) niet ingestemd met de bestuurlijke keuze`,
                en: `${party.name} has not (yet) consented to the administrative choice`,
              },
        });
      }
    }
    const snapshot = input.process;
    if (snapshot) {
      const context = snapshot.context as GebiedsprocesContext | undefined;
      if (context?.steps) {
        for (const s of snapshot.template.steps as StepDefinition[]) {
          if (context.steps[s.id]?.status !== 'closed') continue;
          for (const partyId of missingConsents({ settings: snapshot.settings }, s, context)) {
            hits.push({
              path: ['process', 'template', 'steps', s.id],
              message: {
                nl: `${s.label.nl} is gesloten zonder instemming van ${partyId}`,
                en: `${s.label.en} was closed without the consent of ${partyId}`,
              },
            });
          }
        }
      }
    }
    return hits;
  },
});
