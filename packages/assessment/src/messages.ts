import { defineMessages } from '@gebiedsgericht/core';

/**
 * Error messages of `@gebiedsgericht/assessment`, in Dutch and English, by stable code. Every public
 * function throws a `GebiedsgerichtError` built from one of these codes (or `invalid_input` from
 * `validate`) before it computes anything.
 *
 * @example
 * try { assess(input); } catch (e) { if (isGebiedsgerichtError(e) && e.code === 'missing_score') … }
 */
export const assessmentMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
  unknown_variant: (p: { variantId: string }) => ({
    nl: `Onbekende variant ${p.variantId}`,
    en: `Unknown variant ${p.variantId}`,
  }),
  unknown_criterion: (p: { criterionId: string }) => ({
    nl: `Onbekend criterium ${p.criterionId}`,
    en: `Unknown criterion ${p.criterionId}`,
  }),
  unknown_priority_order: (p: { priorityOrderId: string }) => ({
    nl: `Het afwegingskader heeft geen voorkeursvolgorde ${p.priorityOrderId}`,
    en: `The assessment framework has no priority order ${p.priorityOrderId}`,
  }),
  unknown_mitigation: (p: { variantId: string; mitigationId: string }) => ({
    nl: `Variant ${p.variantId} heeft geen mitigerende maatregel ${p.mitigationId}`,
    en: `Variant ${p.variantId} has no mitigating measure ${p.mitigationId}`,
  }),
  unknown_randvoorwaarde: (p: { randvoorwaardeId: string }) => ({
    nl: `Onbekende randvoorwaarde ${p.randvoorwaardeId}`,
    en: `Unknown boundary condition ${p.randvoorwaardeId}`,
  }),
  duplicate_variant: (p: { variantId: string }) => ({
    nl: `Variant ${p.variantId} komt dubbel voor`,
    en: `Variant ${p.variantId} appears twice`,
  }),
  duplicate_score: (p: { variantId: string; criterionId: string }) => ({
    nl: `Variant ${p.variantId} heeft twee scores op criterium ${p.criterionId}`,
    en: `Variant ${p.variantId} has two scores on criterion ${p.criterionId}`,
  }),
  criterion_without_scores: (p: { criterionId: string }) => ({
    nl: `Criterium ${p.criterionId} heeft geen enkele score`,
    en: `Criterion ${p.criterionId} has no scores at all`,
  }),
  missing_score: (p: { variantId: string; criterionId: string }) => ({
    nl: `Variant ${p.variantId} heeft geen score op criterium ${p.criterionId}`,
    en: `Variant ${p.variantId} has no score on criterion ${p.criterionId}`,
  }),
  unit_mismatch: (p: { criterionId: string; expected: string; actual: string }) => ({
    nl: `Score op ${p.criterionId} is in ${p.actual}, maar het criterium meet in ${p.expected}`,
    en: `Score on ${p.criterionId} is in ${p.actual}, but the criterion measures in ${p.expected}`,
  }),
  scale_mismatch: (p: { criterionId: string; expected: string }) => ({
    nl: `Score op ${p.criterionId} hoort op de schaal ${p.expected}`,
    en: `Score on ${p.criterionId} belongs on the scale ${p.expected}`,
  }),
  uncertainty_scale_mismatch: (p: { criterionId: string }) => ({
    nl: `De onzekerheid van de score op ${p.criterionId} past niet bij de schaal van het criterium`,
    en: `The uncertainty of the score on ${p.criterionId} does not fit the criterion's scale`,
  }),
  uncertainty_excludes_score: (p: { variantId: string; criterionId: string }) => ({
    nl: `De onzekerheidsmarge van ${p.variantId} op ${p.criterionId} bevat de score zelf niet (laag ≤ score ≤ hoog)`,
    en: `The uncertainty range of ${p.variantId} on ${p.criterionId} does not contain the score (low ≤ score ≤ high)`,
  }),
  mixed_score_basis: (p: { criterionId: string }) => ({
    nl: `Scores op ${p.criterionId} mengen absolute waarden en verschillen, en de referentiewaarde ontbreekt`,
    en: `Scores on ${p.criterionId} mix absolute values and changes, and the reference value is missing`,
  }),
  interval_missing: (p: { criterionId: string }) => ({
    nl: `Intervalnormalisatie vraagt een interval (slechtste–beste) bij criterium ${p.criterionId}`,
    en: `Interval normalisation needs an interval (worst–best) on criterion ${p.criterionId}`,
  }),
  weights_missing: (p: { method: string }) => ({
    nl: `Gewichten ontbreken (nodig voor ${p.method}): geef elk criterium een gewicht`,
    en: `Weights are missing (needed for ${p.method}): give every criterion a weight`,
  }),
  ranks_missing: (p: { criterionId: string }) => ({
    nl: `Voor SMAA met gerangschikte gewichten heeft criterium ${p.criterionId} een priorityRank nodig`,
    en: `SMAA with ranked weights needs a priorityRank on criterion ${p.criterionId}`,
  }),
  no_feasible_variant: (_p: Record<string, never>) => ({
    nl: 'Geen enkele variant is maakbaar: alle varianten schenden een randvoorwaarde',
    en: 'No variant is feasible: every variant breaks a boundary condition',
  }),
  criterion_not_added_later: (p: { criterionId: string }) => ({
    nl: `Criterium ${p.criterionId} mist de verwijzing naar de goedgekeurde wijziging (addedLater)`,
    en: `Criterion ${p.criterionId} lacks the reference to the approved change (addedLater)`,
  }),
  criterion_exists: (p: { criterionId: string }) => ({
    nl: `Criterium ${p.criterionId} bestaat al; een later criterium is nieuw`,
    en: `Criterion ${p.criterionId} already exists; a later criterion is new`,
  }),
  score_not_for_new_criterion: (p: { criterionId: string }) => ({
    nl: `Bij het toevoegen worden alleen scores op het nieuwe criterium aangenomen, niet op ${p.criterionId}`,
    en: `Adding a criterion accepts scores on the new criterion only, not on ${p.criterionId}`,
  }),
  weight_out_of_range: (p: { weight: number }) => ({
    nl: `Het gewicht ${p.weight} ligt niet tussen 0 en 1`,
    en: `The weight ${p.weight} is not between 0 and 1`,
  }),
  too_many_variants: (p: { count: number; max: number }) => ({
    nl: `${p.count} varianten is meer dan de ${p.max} die deze analyse aankan`,
    en: `${p.count} variants is more than the ${p.max} this analysis handles`,
  }),
  search_too_large: (p: { steps: number }) => ({
    nl: `De berekening vraagt meer dan ${p.steps} stappen; verklein het probleem`,
    en: `The computation takes more than ${p.steps} steps; reduce the problem`,
  }),
  not_a_finite_number: (p: { name: string }) => ({
    nl: `${p.name} is geen eindig getal`,
    en: `${p.name} is not a finite number`,
  }),
  polygon_too_small: (_p: Record<string, never>) => ({
    nl: 'Een vlak heeft minstens drie hoekpunten',
    en: 'A polygon has at least three vertices',
  }),
  table_shape: (p: { detail: string }) => ({
    nl: `De tabel heeft niet de juiste vorm: ${p.detail}`,
    en: `The table does not have the right shape: ${p.detail}`,
  }),
  // ── findings of checkAfwegingskader and warnings of assess (in `findings`/`warnings`, not thrown) ──
  criterion_not_operational: (p: { criterionId: string; missing: string }) => ({
    nl: `Criterium ${p.criterionId} is niet operationeel: ${p.missing} ontbreekt`,
    en: `Criterion ${p.criterionId} is not operational: ${p.missing} missing`,
  }),
  plus_minus_as_cost: (p: { criterionId: string }) => ({
    nl: `Criterium ${p.criterionId} gebruikt de plus-minschaal als kost; op die schaal is + altijd beter`,
    en: `Criterion ${p.criterionId} uses the plus–minus scale as a cost; on that scale + is always better`,
  }),
  novi_principle_uncovered: (p: { principleNl: string; principleEn: string }) => ({
    nl: `Geen criterium meet "${p.principleNl}" en de afwezigheid is niet gemotiveerd`,
    en: `No criterion measures "${p.principleEn}" and its absence is not explained`,
  }),
  screening_undetermined: (p: { variantId: string }) => ({
    nl: `Variant ${p.variantId} kon niet op alle randvoorwaarden worden getoetst en is voorlopig meegenomen`,
    en: `Variant ${p.variantId} could not be screened on every boundary condition and is included for now`,
  }),
});

/** Throws a `GebiedsgerichtError` of this package (shorthand for `assessmentMessages.fail`). */
export const fail = assessmentMessages.fail;
