import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Step 3 yields several logical and feasible development variants: at least two, and at least two
 * that are not ruled out (a variant whose screening says `not_feasible` or that breaks a boundary
 * condition is not feasible). The core schema requires two variants; this rule also counts the
 * feasible ones.
 *
 * @example
 * variantsFewerThanTwo.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 3 ("een aantal logische en maakbare varianten")
 */
export const variantsFewerThanTwo = builtInReflectionRule({
  id: 'variants-fewer-than-two',
  section: 'bijlage 1, onderdeel 2, stap 3',
  severity: 'error',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Ten minste twee maakbare varianten', en: 'At least two feasible variants' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const set = g.doc.deliverables.developmentVariants?.variantSet;
      if (!set) continue;
      const path = [...g.path, 'deliverables', 'developmentVariants', 'variantSet', 'variants'];
      const variants = set.variants ?? [];
      if (variants.length < 2) {
        hits.push({
          path,
          message: {
            nl: `Er ${variants.length === 1 ? 'is 1 ontwikkelvariant' : `zijn ${variants.length} ontwikkelvarianten`}; zonder ten minste twee valt er niets af te wegen`,
            en: `There ${variants.length === 1 ? 'is 1 development variant' : `are ${variants.length} development variants`}; without at least two there is nothing to weigh`,
          },
        });
        continue;
      }
      const feasible = variants.filter(
        (v) => v.screening?.verdict !== 'not_feasible' && !(v.judgements ?? []).some((j) => !j.met),
      );
      if (feasible.length >= 2) continue;
      hits.push({
        path,
        message: {
          nl: `Van de ${variants.length} varianten ${feasible.length === 1 ? 'is er 1' : `zijn er ${feasible.length}`} maakbaar; de afweging heeft ten minste twee maakbare varianten nodig`,
          en: `Of the ${variants.length} variants ${feasible.length} ${feasible.length === 1 ? 'is' : 'are'} feasible; the weighing needs at least two feasible variants`,
        },
      });
    }
    return hits;
  },
});
