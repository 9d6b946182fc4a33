import type {
  AssessmentInput,
  AssessmentRecord,
  AssessmentResult,
  PrometheeFlow,
  RankingEntry,
  SensitivityResult,
  SmaaResult,
  SpatialFitResult,
} from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import {
  assess,
  buildAssessmentRecord,
  prometheeII,
  rankVariants,
  smaa,
  smaaSample,
  spatialFit,
  weightSensitivity,
} from '../src/index';

test('the public functions return the core document types users build on', () => {
  expectTypeOf(assess).parameter(0).toEqualTypeOf<AssessmentInput>();
  expectTypeOf(assess).returns.toEqualTypeOf<AssessmentResult>();
  expectTypeOf(buildAssessmentRecord).returns.toEqualTypeOf<AssessmentRecord>();
  expectTypeOf(rankVariants).returns.toEqualTypeOf<RankingEntry[]>();
  expectTypeOf(prometheeII).returns.toEqualTypeOf<{ ranking: RankingEntry[]; flows: PrometheeFlow[] }>();
  expectTypeOf(weightSensitivity).returns.toEqualTypeOf<SensitivityResult>();
  expectTypeOf(smaa).returns.toEqualTypeOf<SmaaResult>();
  expectTypeOf(spatialFit).returns.toEqualTypeOf<SpatialFitResult>();
  expectTypeOf(smaaSample).returns.toHaveProperty('acceptability').toEqualTypeOf<Float64Array>();
});
