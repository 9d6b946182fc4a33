import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * A periodic herijking is aimed at a limited part, not a repeat of every step: a startnotitie whose
 * default herijking scope is a full new cycle deserves a second look.
 *
 * @example
 * herijkingFullCycleByDefault.check({ startnotitie }, { now });
 * @see handreiking §2.2 ("Niet een herhaling van alle processtappen ... Gericht op interventie en aanpassingen voor een beperkt onderdeel")
 */
export const herijkingFullCycleByDefault = builtInReflectionRule({
  id: 'herijking-full-cycle-by-default',
  section: '§2.2',
  severity: 'info',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Een herijking richt zich op een beperkt onderdeel',
    en: 'A recalibration targets a limited part',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      if (sn.doc.evaluation?.herijkingScope !== 'volledige_cyclus') continue;
      hits.push({
        path: [...sn.path, 'evaluation', 'herijkingScope'],
        message: {
          nl: 'Elke herijking doorloopt standaard alle stappen opnieuw; de handreiking adviseert een herijking van een beperkt onderdeel',
          en: 'Every recalibration repeats all steps by default; the handreiking advises recalibrating a limited part',
        },
      });
    }
    return hits;
  },
});
