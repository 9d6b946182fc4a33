import { dueItems } from '../../queries/dueItems';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * A planned decision that falls close to an election of the deciding body deserves attention for
 * continuity. Reuses the process package's `dueItems` query (`decision_near_election`, with its
 * default election calendar).
 *
 * @example
 * decisionNearElection.check({ process: snapshot }, { now });
 * @see handreiking §2.3 ("Maak afspraken over continuïteit (hoe houdt u elkaar vast, ook over verkiezingen heen)")
 */
export const decisionNearElection = builtInReflectionRule({
  id: 'decision-near-election',
  section: '§2.3',
  severity: 'info',
  appliesTo: ['process'],
  title: {
    nl: 'Geplande besluiten vallen niet vlak bij verkiezingen',
    en: 'Planned decisions do not fall close to elections',
  },
  detect(input, { now }) {
    if (!input.process) return [];
    const hits: RuleHit[] = [];
    for (const item of dueItems(input.process, now)) {
      if (item.kind !== 'decision_near_election') continue;
      hits.push({
        path: ['process', 'machine', 'context', 'plannedDecisions', ...(item.refId ? [item.refId] : [])],
        message: item.message,
      });
    }
    return hits;
  },
});
