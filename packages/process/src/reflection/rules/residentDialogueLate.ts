import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

const RESIDENTS = /inwoner|bewoner|dorpsra|wijkra|burger|resident/i;

/**
 * Dialogue with residents starts in time: residents take part in an activity no later than the
 * vision step (step 2, the third planned step), and the participation plan starts before that step
 * begins. A stakeholder counts as residents when its party is of kind `inwoners` or its name or id
 * says so (inwoners, bewoners, dorpsraad, wijkraad).
 *
 * @example
 * residentDialogueLate.check({ startnotitie }, { now });
 * @see handreiking §2.6 ("Ga tijdig het gesprek aan met inwoners"); bijlage 2, voorbeeld 8 ("zo vroeg mogelijk in planprocessen")
 */
export const residentDialogueLate = builtInReflectionRule({
  id: 'resident-dialogue-late',
  section: '§2.6',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: { nl: 'Het gesprek met inwoners begint tijdig', en: 'Dialogue with residents starts in time' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const plan = sn.doc.participation;
      if (!plan) continue; // reported by participation-influence-level-missing
      const kinds = new Map((sn.gebiedsproces?.doc.actors.parties ?? []).map((p) => [p.id, p.kind]));
      const residents = new Set(
        (plan.stakeholders ?? [])
          .filter(
            (s) =>
              (s.partyId !== undefined && kinds.get(s.partyId) === 'inwoners') ||
              RESIDENTS.test(s.name) ||
              RESIDENTS.test(s.id),
          )
          .map((s) => s.id),
      );
      const steps = (sn.doc.processDesign?.steps ?? []).map((s) => s.stepId);
      const visionStep = sn.doc.processDesign?.steps?.[2];
      const withResidents = (plan.activities ?? []).filter((a) => a.stakeholderIds.some((id) => residents.has(id)));
      if (withResidents.length === 0) {
        hits.push({
          path: [...sn.path, 'participation', 'activities'],
          message: {
            nl: 'Het participatieplan voorziet in geen enkele activiteit met inwoners',
            en: 'The participation plan has no activity with residents',
          },
        });
        continue;
      }
      const positions = withResidents
        .flatMap((a) => a.stepIds ?? [])
        .map((id) => steps.indexOf(id))
        .filter((i) => i >= 0);
      const first = positions.length > 0 ? Math.min(...positions) : undefined;
      if (first !== undefined && first > 2) {
        hits.push({
          path: [...sn.path, 'participation', 'activities'],
          message: {
            nl: `Inwoners doen pas mee vanaf stap ${first} (${steps[first]}), na de visie; ga eerder het gesprek aan`,
            en: `Residents only take part from step ${first} (${steps[first]}), after the vision; start the dialogue earlier`,
          },
        });
      }
      if (visionStep && plan.startsOn > visionStep.plannedStart) {
        hits.push({
          path: [...sn.path, 'participation', 'startsOn'],
          message: {
            nl: `De participatie begint op ${plan.startsOn}, na de start van de visiestap (${visionStep.plannedStart})`,
            en: `Participation starts on ${plan.startsOn}, after the vision step begins (${visionStep.plannedStart})`,
          },
        });
      }
    }
    return hits;
  },
});
