import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The startnotitie has an ijkmoment schedule: at least one programme moment with the rijk (NOVEX)
 * or one recurring regional moment (such as twice-yearly ontwikkeldagen), where progress is
 * calibrated and knelpunten can be put on the agenda.
 *
 * @example
 * ijkmomentScheduleMissing.check({ startnotitie }, { now });
 * @see handreiking bijlage 1, onderdeel 4 ("Agendering van deze knelpunten kan op het eerstvolgende ijkmoment"); bijlage 2, voorbeeld 6 (tussentijdse kristallisatiepunten)
 */
export const ijkmomentScheduleMissing = builtInReflectionRule({
  id: 'ijkmoment-schedule-missing',
  section: 'bijlage 1, onderdeel 4',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: { nl: 'Er is een schema van ijkmomenten', en: 'There is an ijkmoment schedule' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const schedule = sn.doc.ijkmomenten;
      const count = (schedule?.programmeMoments?.length ?? 0) + (schedule?.regionalMoments?.length ?? 0);
      if (count > 0) continue;
      hits.push({
        path: [...sn.path, 'ijkmomenten'],
        message: {
          nl: 'Er zijn geen ijkmomenten gepland (programmamomenten met het rijk of regionale momenten): knelpunten kunnen nergens worden geagendeerd',
          en: 'No ijkmomenten are planned (programme moments with the rijk or regional moments): knelpunten cannot be put on any agenda',
        },
      });
    }
    return hits;
  },
});
