import type {
  ControlAspect,
  ControlReport,
  ControlStatus,
  FailureFactorCheck,
  MonteCarloResult,
  RiskRegister,
} from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import {
  assessControlSheet,
  checkFailureFactors,
  type HeatMap,
  heatMapSvg,
  type RiskScore,
  riskHeatMap,
  scoreRisks,
  simulateEstimate,
  updateRisk,
} from '../src/index';

test('the functions return the core document types users store and exchange', () => {
  expectTypeOf(simulateEstimate).returns.toEqualTypeOf<MonteCarloResult>();
  expectTypeOf(assessControlSheet).returns.toEqualTypeOf<ControlReport>();
  expectTypeOf(checkFailureFactors).returns.toEqualTypeOf<FailureFactorCheck>();
  expectTypeOf(updateRisk).returns.toEqualTypeOf<RiskRegister>();
  expectTypeOf(riskHeatMap).returns.toEqualTypeOf<HeatMap>();
  expectTypeOf(heatMapSvg).returns.toEqualTypeOf<string>();
  expectTypeOf(scoreRisks).returns.toEqualTypeOf<RiskScore[]>();
});

test('aspects and statuses are closed unions', () => {
  expectTypeOf<ControlAspect>().toEqualTypeOf<'money' | 'organisation' | 'quality' | 'information' | 'time'>();
  expectTypeOf<ControlStatus>().toEqualTypeOf<'on_track' | 'at_risk' | 'off_track'>();
  expectTypeOf<ControlReport['exceptions'][number]['proposedRoute']>().toEqualTypeOf<'ijkmoment_agenda' | 'knelpunt'>();
});
