import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Once the process is being embedded (step 5) or has a programme, there is monitoring with
 * indicators, as the base of a permanent learning evaluation.
 *
 * @example
 * indicatorsMissing.check({ gebiedsproces }, { now });
 * @see handreiking §2.7 ("Zorg voor een permanente lerende evaluatie"); §2.6 (brede welvaartsmonitor; bijlage 1); bijlage 1, onderdeel 2 ("monitoring van de uitvoering is belangrijke input voor de programmering")
 */
export const indicatorsMissing = builtInReflectionRule({
  id: 'indicators-missing',
  section: '§2.7',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Er zijn indicatoren voor monitoring', en: 'There are indicators for monitoring' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      if (!g.doc.deliverables.embedding && !g.doc.programme) continue;
      if ((g.doc.monitoring?.indicators ?? []).length > 0) continue;
      hits.push({
        path: [...g.path, 'monitoring'],
        message: {
          nl: 'Er is een programma maar geen monitoring met indicatoren: leren door te doen heeft geen basis',
          en: 'There is a programme but no monitoring with indicators: learning by doing has no basis',
        },
      });
    }
    return hits;
  },
});
