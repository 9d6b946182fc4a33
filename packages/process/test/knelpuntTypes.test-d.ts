import type {
  GebiedsprocesContext,
  Herijking,
  HerijkingPart,
  KnelpuntEscalationModel,
  KnelpuntLevel,
  KnelpuntProcessEvent,
  KnelpuntState,
  MonitoringState,
  PackageDealQuality,
  ShortTermItem,
} from '@gebiedsgericht/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { GebiedsprocesEvent } from '../src/index';

describe('public types of the second half', () => {
  it('puts the second half in the process context and the event union', () => {
    expectTypeOf<GebiedsprocesContext['knelpunten']['items'][string]>().toEqualTypeOf<KnelpuntState>();
    expectTypeOf<GebiedsprocesContext['monitoring']>().toEqualTypeOf<MonitoringState>();
    expectTypeOf<KnelpuntProcessEvent>().toExtend<GebiedsprocesEvent>();
    expectTypeOf<Extract<GebiedsprocesEvent, { type: 'knelpunt.escalate' }>>().toHaveProperty('knelpuntId');
  });

  it('types the levels, the model and the outcomes users build dashboards on', () => {
    expectTypeOf<KnelpuntState['level']>().toEqualTypeOf<KnelpuntLevel>();
    expectTypeOf<KnelpuntEscalationModel['interventions'][number]['level']>().toEqualTypeOf<
      'province_intervention' | 'rijk_decision'
    >();
    expectTypeOf<PackageDealQuality['netGain']>().toEqualTypeOf<boolean>();
    expectTypeOf<ShortTermItem['longTermGoalId']>().toEqualTypeOf<string>();
  });

  it('has no herijking of "everything": only an opgave, a deelgebied or a section of a deliverable', () => {
    expectTypeOf<HerijkingPart['kind']>().toEqualTypeOf<'opgave' | 'deelgebied' | 'deliverable_section'>();
    expectTypeOf<Herijking['scope']>().toEqualTypeOf<HerijkingPart>();
  });
});
