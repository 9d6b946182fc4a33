import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Step 1 (gaining insight) has a timebox in the process design or in the data agreements, so the
 * process does not stall on an incomplete picture.
 *
 * @example
 * step1TimeboxMissing.check({ startnotitie }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("Blijf niet te lang hangen in deze stap")
 */
export const step1TimeboxMissing = builtInReflectionRule({
  id: 'step1-timebox-missing',
  section: 'bijlage 1, onderdeel 2, stap 1',
  severity: 'info',
  appliesTo: ['startnotitie'],
  title: { nl: 'Stap 1 heeft een tijdvak', en: 'Step 1 has a timebox' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const planned = sn.doc.processDesign?.steps?.[1];
      if (!planned || planned.timebox || sn.doc.data?.inventoryTimebox) continue;
      hits.push({
        path: [...sn.path, 'processDesign', 'steps'],
        message: {
          nl: `Stap 1 (${planned.stepId}) heeft geen tijdvak; spreek af hoe lang de inventarisatie mag duren`,
          en: `Step 1 (${planned.stepId}) has no timebox; agree how long the inventory may take`,
        },
      });
    }
    return hits;
  },
});
