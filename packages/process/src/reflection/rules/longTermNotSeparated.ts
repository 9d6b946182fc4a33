import { blank } from '../internal/helpers';
import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The long-term area process is organised apart from short-term activities: the process design
 * names a long-term track, and when there are short-term activities (quick wins, pilots) it names
 * a separate short-term track that is not the same text.
 *
 * @example
 * longTermNotSeparated.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 0 ("Organiseer het gebiedsproces (langere termijn) los van korte termijn activiteiten"); bijlage 2, voorbeeld 2 (twee sporen)
 */
export const longTermNotSeparated = builtInReflectionRule({
  id: 'long-term-not-separated',
  section: 'bijlage 1, onderdeel 2, stap 0',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Het langetermijnproces is los van kortetermijnactiviteiten georganiseerd',
    en: 'The long-term process is organised apart from short-term activities',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const design = sn.doc.processDesign;
      const long = design?.longTermTrack;
      const short = design?.shortTermTrack;
      const quickWins = sn.gebiedsproces?.doc.programme?.quickWins.length ?? 0;
      if (blank(long)) {
        hits.push({
          path: [...sn.path, 'processDesign', 'longTermTrack'],
          message: {
            nl: 'Het procesontwerp beschrijft geen spoor voor de lange termijn',
            en: 'The process design describes no long-term track',
          },
        });
      } else if (!blank(short) && long?.trim().toLowerCase() === short?.trim().toLowerCase()) {
        hits.push({
          path: [...sn.path, 'processDesign', 'shortTermTrack'],
          message: {
            nl: 'Het korte en het lange spoor zijn hetzelfde georganiseerd; de korte termijn overschaduwt dan de lange',
            en: 'The short and long tracks are organised the same way; the short term will overshadow the long term',
          },
        });
      } else if (blank(short) && quickWins > 0) {
        hits.push({
          path: [...sn.path, 'processDesign', 'shortTermTrack'],
          message: {
            nl: `Er zijn ${quickWins} quick wins maar geen apart spoor voor de korte termijn`,
            en: `There are ${quickWins} quick wins but no separate short-term track`,
          },
        });
      }
    }
    return hits;
  },
});
