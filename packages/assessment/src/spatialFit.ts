import {
  type AssessmentInput,
  type AvailableSpace,
  AvailableSpaceSchema,
  type ClaimOverlap,
  type Interaction,
  InteractionSchema,
  type SpatialFitResult,
  type Variant,
  VariantSchema,
  validate,
} from '@gebiedsgericht/core';
import { prepare } from './internal/prepare';
import { fail } from './messages';
import { overlapSquareMetres } from './polygonOverlap';

const EPS = 1e-9;

/** Internal: the spatial fit of one already validated variant; `root` is where it sits in the arguments. */
export function fitOne(
  variant: Variant,
  space: AvailableSpace,
  root: readonly (string | number)[] = ['variant'],
): SpatialFitResult {
  const kindOf = new Map<string, 'combinable' | 'conflicting'>();
  for (const i of space.interactions) {
    kindOf.set(`${i.opgaveIds[0]}\u0000${i.opgaveIds[1]}`, i.kind);
    kindOf.set(`${i.opgaveIds[1]}\u0000${i.opgaveIds[0]}`, i.kind);
  }
  const claims = variant.claims;
  const overlaps: ClaimOverlap[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as (typeof claims)[number];
      const b = claims[j] as (typeof claims)[number];
      let hectares: number | undefined;
      let source: ClaimOverlap['source'] = 'declared';
      if (a.geometry && b.geometry) {
        hectares =
          overlapSquareMetres(
            a.geometry,
            b.geometry,
            [...root, 'claims', i, 'geometry'],
            [...root, 'claims', j, 'geometry'],
          ) / 10_000;
        source = 'geometry';
      } else {
        const declared = [
          ...(a.overlaps ?? []).filter((o) => o.claimId === b.id),
          ...(b.overlaps ?? []).filter((o) => o.claimId === a.id),
        ];
        if (declared.length > 0) hectares = Math.max(...declared.map((o) => o.hectares));
      }
      if (hectares === undefined || hectares <= EPS) continue;
      hectares = Math.min(hectares, a.hectares, b.hectares);
      const interaction = kindOf.get(`${a.opgaveId}\u0000${b.opgaveId}`);
      overlaps.push({
        claimIds: [a.id, b.id],
        opgaveIds: [a.opgaveId, b.opgaveId],
        hectares,
        kind: interaction === 'combinable' && a.opgaveId !== b.opgaveId ? 'combined' : 'conflict',
        source,
      });
    }
  }
  const perOpgave = new Map<string, number>();
  for (const c of claims) perOpgave.set(c.opgaveId, (perOpgave.get(c.opgaveId) ?? 0) + c.hectares);
  const claimedHectares = claims.reduce((s, c) => s + c.hectares, 0);
  const multipleUseHectares = overlaps.filter((o) => o.kind === 'combined').reduce((s, o) => s + o.hectares, 0);
  const conflictHectares = overlaps.filter((o) => o.kind === 'conflict').reduce((s, o) => s + o.hectares, 0);
  const netHectares = claimedHectares - multipleUseHectares;
  const marginHectares = space.availableHectares - netHectares;
  return {
    variantId: variant.id,
    availableHectares: space.availableHectares,
    claimedHectares,
    multipleUseHectares,
    conflictHectares,
    netHectares,
    marginHectares,
    fits: marginHectares >= -EPS && conflictHectares <= EPS,
    perOpgave: [...perOpgave].map(([opgaveId, hectares]) => ({ opgaveId, hectares })),
    overlaps,
  };
}

/**
 * The spatial fit of one variant: all claims of all opgaven against the available space. Overlaps are
 * measured from geometry when both claims have it, else taken from declared overlaps; an overlap of
 * two opgaven declared `combinable` (a *slimme combinatie*) counts as multiple use, any other overlap
 * as a conflict (a *dilemma*, or a combination nobody designed). The variant fits when the net hectares
 * (claimed minus multiple use) do not exceed the available space and no hectare is in conflict.
 * Overlaps of three or more claims on the same land are counted pairwise (see docs/assessment.md).
 *
 * @example
 * const fit = spatialFit(variantC, { availableHectares: 900, interactions: [{ opgaveIds: ['energie', 'water'], kind: 'combinable' }] });
 * fit.multipleUseHectares; // hectares of solar on water storage
 * @see handreiking §2.4 ("of alle opgaven ruimtelijk inpasbaar zijn"; NOVI (meervoudig ruimtegebruik))
 */
export function spatialFit(variant: Variant, space: AvailableSpace): SpatialFitResult {
  return fitOne(
    validate(VariantSchema, variant, { path: ['variant'] }),
    validate(AvailableSpaceSchema, space, { path: ['space'] }),
  );
}

/**
 * The spatial fit of every variant of an assessment input (empty when the input gives no space).
 *
 * @example
 * spatialFitAll(input).filter((f) => !f.fits);
 */
export function spatialFitAll(input: AssessmentInput): SpatialFitResult[] {
  const p = prepare(input);
  const space = p.input.space;
  return space ? p.variants.map((v, i) => fitOne(v, space, [...p.root, 'variants', i])) : [];
}

/**
 * Builds the available space for {@link spatialFit} from the opgave interactions recorded in the
 * area's opgaven (core `InteractionSchema`): every pair of opgaven in a `synergie` may share land
 * (multiple use), every pair in a `conflict` may not.
 *
 * Throws a `GebiedsgerichtError` for bad input: `invalid_input` with path `['availableHectares']`
 * when the hectares are not a number ≥ 0, `invalid_argument` with path `['interactions']` when the
 * interactions are not an array, and `invalid_input` with path `['interactions', i]` for an
 * interaction that does not match `InteractionSchema`. The interactions are never changed.
 *
 * @example
 * const space = availableSpaceFromInteractions(900, opgaven.interactions);
 * @see handreiking §2.4 (synergieën en dilemma's tussen opgaven)
 */
export function availableSpaceFromInteractions(
  availableHectares: number,
  interactions: readonly Interaction[],
): AvailableSpace {
  validate(AvailableSpaceSchema.shape.availableHectares, availableHectares, { path: ['availableHectares'] });
  if (!Array.isArray(interactions))
    throw fail('invalid_argument', { name: 'interactions (an array of opgave interactions)' }, ['interactions']);
  const list = interactions.map((x, i) => validate(InteractionSchema, x, { path: ['interactions', i] }));
  const pairs: AvailableSpace['interactions'] = [];
  for (const x of list)
    for (let i = 0; i < x.opgaveIds.length; i++)
      for (let j = i + 1; j < x.opgaveIds.length; j++)
        pairs.push({
          opgaveIds: [x.opgaveIds[i] as string, x.opgaveIds[j] as string],
          kind: x.kind === 'synergie' ? 'combinable' : 'conflicting',
          description: { nl: x.description, en: x.description },
        });
  return validate(AvailableSpaceSchema, { availableHectares, interactions: pairs }, { path: ['interactions'] });
}
