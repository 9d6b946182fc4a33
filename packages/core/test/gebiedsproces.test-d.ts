import { describe, expectTypeOf, it } from 'vitest';
import type {
  Actor,
  Afwegingskader,
  Agreement,
  AssessmentRecord,
  Bindingness,
  Consent,
  ConsentOutcome,
  Decision,
  EscalationRoute,
  EscalationStep,
  FinancialStatus,
  Gebiedsproces,
  IjkmomentKind,
  IjkmomentOutcome,
  InvestmentAgenda,
  Placement,
  Programme,
  RuimtelijkArrangement,
  VariantSet,
  VisionAndFramework,
  Wisselgeld,
} from '../src/index';
import { investmentAgenda } from '../src/index';

describe('public types of core-B', () => {
  it('enumerations are closed unions of their values', () => {
    expectTypeOf<ConsentOutcome>().toEqualTypeOf<'adopted' | 'amended' | 'rejected'>();
    expectTypeOf<Bindingness>().toEqualTypeOf<'intention' | 'best_effort' | 'result'>();
    expectTypeOf<FinancialStatus>().toEqualTypeOf<'indicative' | 'reserved' | 'committed'>();
    expectTypeOf<IjkmomentKind>().toEqualTypeOf<'programme_moment' | 'regional_moment' | 'external_deadline'>();
    expectTypeOf<IjkmomentOutcome>().toEqualTypeOf<'continue' | 'adjust' | 'recalibrate' | 'escalate'>();
    expectTypeOf<EscalationRoute>().toEqualTypeOf<
      'bilateral' | 'ijkmoment_agenda' | 'facilitator' | 'province_intervenes' | 'rijk_decides'
    >();
  });

  it('a decision always has its body and a bilingual motivation; the actor is core-A’s Actor', () => {
    expectTypeOf<Decision['bodyId']>().toEqualTypeOf<string>();
    expectTypeOf<Decision['motivation']>().toEqualTypeOf<{ nl: string; en: string }>();
    expectTypeOf<Decision['decidedBy']>().toEqualTypeOf<Actor>();
    expectTypeOf<EscalationStep['handledBy']>().toEqualTypeOf<Actor>();
  });

  it('the gebiedsproces document embeds the other sections’ shapes rather than copies', () => {
    expectTypeOf<Gebiedsproces['decisions']>().toEqualTypeOf<Decision[]>();
    expectTypeOf<Gebiedsproces['consents']>().toEqualTypeOf<Consent[]>();
    expectTypeOf<Gebiedsproces['agreements']>().toEqualTypeOf<Agreement[]>();
    expectTypeOf<Gebiedsproces['deliverables']['visionAndFramework']>().toEqualTypeOf<VisionAndFramework | undefined>();
    expectTypeOf<VisionAndFramework['afwegingskader']>().toEqualTypeOf<Afwegingskader>();
    expectTypeOf<Gebiedsproces['programme']>().toEqualTypeOf<Programme | undefined>();
    expectTypeOf<
      NonNullable<Gebiedsproces['deliverables']['developmentVariants']>['variantSet']
    >().toEqualTypeOf<VariantSet>();
    expectTypeOf<
      NonNullable<Gebiedsproces['deliverables']['assessmentAndChoice']>['assessmentRecord']
    >().toEqualTypeOf<AssessmentRecord>();
  });

  it('the arrangement holds area processes, wisselgeld and core-A placements', () => {
    expectTypeOf<RuimtelijkArrangement['gebiedsprocessen']>().toEqualTypeOf<Gebiedsproces[]>();
    expectTypeOf<RuimtelijkArrangement['wisselgeld']>().toEqualTypeOf<Wisselgeld[]>();
    expectTypeOf<RuimtelijkArrangement['nationalOpgaven'][number]['placement']>().toEqualTypeOf<Placement>();
  });

  it('investmentAgenda maps a Programme to an InvestmentAgenda with money in number cents', () => {
    expectTypeOf(investmentAgenda).parameter(0).toEqualTypeOf<Programme>();
    expectTypeOf(investmentAgenda).returns.toEqualTypeOf<InvestmentAgenda>();
    expectTypeOf<InvestmentAgenda['totalCents']>().toEqualTypeOf<number>();
  });
});
