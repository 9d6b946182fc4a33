import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

const YEAR_MS = 365 * 86_400_000;

/**
 * The startnotitie has agreements on continuity across elections (how partners hold on to each
 * other, handover measures), and a process that runs longer than a year names the elections it
 * spans. The core schema requires the agreements; this rule reports the gap for input that
 * bypassed the schema, and an empty list of elections in a multi-year process.
 *
 * @example
 * continuityAgreementMissing.check({ startnotitie }, { now });
 * @see handreiking §2.3 ("Maak afspraken over continuïteit (hoe houdt u elkaar vast, ook over verkiezingen heen)")
 */
export const continuityAgreementMissing = builtInReflectionRule({
  id: 'continuity-agreement-missing',
  section: '§2.3',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Afspraken over continuïteit, ook over verkiezingen heen',
    en: 'Agreements on continuity, also across elections',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const continuity = sn.doc.continuity;
      if (!continuity || (continuity.agreements ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'continuity'],
          message: {
            nl: 'Er zijn geen afspraken over continuïteit over verkiezingen heen',
            en: 'There are no agreements on continuity across elections',
          },
        });
        continue;
      }
      const steps = sn.doc.processDesign?.steps ?? [];
      const start = steps.map((s) => s.plannedStart).sort()[0];
      const end = steps
        .map((s) => s.plannedEnd)
        .sort()
        .at(-1);
      const long = start !== undefined && end !== undefined && Date.parse(end) - Date.parse(start) > YEAR_MS;
      if (long && (continuity.elections ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'continuity', 'elections'],
          message: {
            nl: `Het proces loopt van ${start} tot ${end} maar de continuïteitsafspraken noemen geen verkiezingen`,
            en: `The process runs from ${start} to ${end} but the continuity agreements name no elections`,
          },
        });
      }
    }
    return hits;
  },
});
