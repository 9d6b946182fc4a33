// Test support: builds an assessment input from a plain table of numbers.
import type { AssessmentInput, Criterion, Normalisation } from '@gebiedsgericht/core';

export const label = (nl: string, en = nl) => ({ nl, en });

export interface TableSpec {
  values: number[][];
  directions?: ('benefit' | 'cost')[];
  weights?: number[];
  normalisation?: Normalisation;
  method?: AssessmentInput['method'];
  variantIds?: string[];
  criterionIds?: string[];
}

export function criterion(id: string, extra: Partial<Criterion> = {}): Criterion {
  return {
    id,
    name: label(`Criterium ${id}`, `Criterion ${id}`),
    indicator: label(`Indicator ${id}`),
    unit: 'pt',
    method: label('Rekenregel', 'Rule'),
    source: 'test',
    referenceSituation: { description: label('Referentie', 'Reference'), value: 0 },
    direction: 'benefit',
    scale: 'quantitative',
    noviPrinciples: [],
    ...extra,
  };
}

/** An assessment input with one quantitative criterion per column and one variant per row. */
export function tableInput(spec: TableSpec): AssessmentInput {
  const m = spec.values.length;
  const n = spec.values[0]?.length ?? 0;
  const variantIds = spec.variantIds ?? Array.from({ length: m }, (_, i) => `v${i}`);
  const criterionIds = spec.criterionIds ?? Array.from({ length: n }, (_, k) => `c${k}`);
  const weights = spec.weights ?? Array.from({ length: n }, () => 1 / n);
  const total = weights.reduce((s, w) => s + w, 0);
  return {
    kind: 'assessmentInput',
    schemaVersion: 2,
    id: 'test-input',
    afwegingskader: {
      kind: 'afwegingskader',
      schemaVersion: 2,
      id: 'test-kader',
      title: label('Testkader', 'Test framework'),
      weightTolerance: 1e-9,
      criteria: criterionIds.map((id, k) =>
        criterion(id, { direction: spec.directions?.[k] ?? 'benefit', weight: (weights[k] as number) / total }),
      ),
    },
    randvoorwaarden: [],
    variants: variantIds.map((id) => ({ id, name: label(id), claims: [] })),
    scores: variantIds.flatMap((variantId, i) =>
      criterionIds.map((criterionId, k) => ({
        variantId,
        criterionId,
        value: {
          scale: 'quantitative' as const,
          value: spec.values[i]?.[k] as number,
          unit: 'pt',
          basis: 'absolute' as const,
        },
      })),
    ),
    method: spec.method ?? { method: 'weightedSum' },
    normalisation: spec.normalisation ?? 'minMax',
  };
}
