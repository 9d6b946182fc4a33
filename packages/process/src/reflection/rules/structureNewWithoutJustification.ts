import { blank } from '../internal/helpers';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * A new or extended structure says why an existing one could not serve. The core schema already
 * requires a justification text for `nieuw` and `uitgebreid`; this rule also catches a justification
 * that is only white space, and input that bypassed the schema.
 *
 * @example
 * structureNewWithoutJustification.check({ gebiedsproces }, { now });
 * @see handreiking §2.1 ("er worden zo min mogelijk nieuwe structuren gecreëerd")
 */
export const structureNewWithoutJustification = builtInReflectionRule({
  id: 'structure-new-without-justification',
  section: '§2.1',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Een nieuwe structuur is gemotiveerd',
    en: 'A new structure is justified',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      for (const s of g.doc.actors.structures) {
        const origin = s.origin as { kind: string; justification?: string } | undefined;
        if (!origin || origin.kind === 'bestaand' || !blank(origin.justification)) continue;
        hits.push({
          path: [...g.path, 'actors', 'structures', s.id, 'origin', 'justification'],
          message: {
            nl: `${s.name} is een nieuwe of uitgebreide structuur zonder motivering; kijk eerst naar bestaande samenwerkingsverbanden`,
            en: `${s.name} is a new or extended structure without justification; look at existing collaborations first`,
          },
        });
      }
    }
    return hits;
  },
});
