import { dateOf } from '../internal/helpers';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Deferring a choice is a choice too: a deferred choice names its consequences and a date by which
 * it is decided, and once that date has passed there is a decision. The core schema requires the
 * consequences and the date; this rule reports their absence for input that bypassed the schema,
 * and a deferred choice past its date without a decision.
 *
 * @example
 * deferredChoiceIncomplete.check({ gebiedsproces }, { now: '2028-07-01T09:00:00+02:00' });
 * @see handreiking §2.5 ("het uitstellen van een beleidskeuze op zichzelf ook een keuze is die (milieu)gevolgen kan hebben"); slotwoord (keuzes die vooruitgeschoven worden)
 */
export const deferredChoiceIncomplete = builtInReflectionRule({
  id: 'deferred-choice-incomplete',
  section: '§2.5',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Een uitgestelde keuze noemt gevolgen en een uiterste datum',
    en: 'A deferred choice names consequences and a decide-by date',
  },
  detect(input, { now }) {
    const hits: RuleHit[] = [];
    const today = dateOf(now);
    for (const g of gebiedsprocessen(input)) {
      const decisions = new Set(g.doc.decisions.map((d) => d.id));
      for (const choice of g.doc.deferredChoices) {
        const path = [...g.path, 'deferredChoices', choice.id];
        if ((choice.consequences ?? []).length === 0) {
          hits.push({
            path: [...path, 'consequences'],
            message: {
              nl: `Het uitstel van "${choice.subject.nl}" noemt de gevolgen niet`,
              en: `Deferring "${choice.subject.en}" does not name the consequences`,
            },
          });
        }
        if (!choice.decideBy) {
          hits.push({
            path: [...path, 'decideBy'],
            message: {
              nl: `Het uitstel van "${choice.subject.nl}" heeft geen datum waarop alsnog wordt besloten`,
              en: `Deferring "${choice.subject.en}" has no date by which it will be decided`,
            },
          });
        } else if (choice.decideBy < today && (choice.decisionId === undefined || !decisions.has(choice.decisionId))) {
          hits.push({
            path: [...path, 'decideBy'],
            message: {
              nl: `Over "${choice.subject.nl}" had uiterlijk ${choice.decideBy} besloten moeten zijn`,
              en: `"${choice.subject.en}" should have been decided by ${choice.decideBy}`,
            },
          });
        }
      }
    }
    return hits;
  },
});
