import type {
  AdjustedWinnerResult,
  DilemmaLineAnalysis,
  DocaSummary,
  DurationStanding,
  ImpartialityCheck,
  MediationOutcome,
  NegotiationPreparation,
  PackageDealResult,
  PackageEvaluation,
  StyleRecommendation,
} from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import {
  adjustedWinner,
  analyseDilemmaLine,
  checkImpartiality,
  durationStanding,
  evaluatePackage,
  findPackageDeals,
  notSettledOutcome,
  prepareNegotiation,
  recommendMediationStyle,
  settledOutcome,
  sortDoca,
} from '../src/index';

test('functions return the core shapes users store and pass on', () => {
  expectTypeOf(findPackageDeals).returns.toEqualTypeOf<PackageDealResult>();
  expectTypeOf(evaluatePackage).returns.toEqualTypeOf<PackageEvaluation>();
  expectTypeOf(adjustedWinner).returns.toEqualTypeOf<AdjustedWinnerResult>();
  expectTypeOf(recommendMediationStyle).returns.toEqualTypeOf<StyleRecommendation>();
  expectTypeOf(checkImpartiality).returns.toEqualTypeOf<ImpartialityCheck>();
  expectTypeOf(durationStanding).returns.toEqualTypeOf<DurationStanding>();
  expectTypeOf(prepareNegotiation).returns.toEqualTypeOf<NegotiationPreparation>();
  expectTypeOf(analyseDilemmaLine).returns.toEqualTypeOf<DilemmaLineAnalysis>();
  expectTypeOf(sortDoca).returns.toEqualTypeOf<DocaSummary>();
  expectTypeOf(settledOutcome).returns.toEqualTypeOf<MediationOutcome>();
  expectTypeOf(notSettledOutcome).returns.toEqualTypeOf<MediationOutcome>();
});

test('a mediation outcome narrows on its status', () => {
  const outcome = {} as MediationOutcome;
  if (outcome.status === 'settled') {
    expectTypeOf(outcome.package).items.toHaveProperty('agreement');
    expectTypeOf(outcome).not.toHaveProperty('reason');
  } else {
    expectTypeOf(outcome.reason).toEqualTypeOf<string>();
  }
  expectTypeOf(outcome.parties).items.toEqualTypeOf<{ partyId: string; concedes: string[]; gains: string[] }>();
});

test('the Nash package is optional: absent when no package beats every disagreement point', () => {
  expectTypeOf<PackageDealResult['nash']>().toEqualTypeOf<PackageEvaluation | undefined>();
});
