import { describe, expectTypeOf, it } from 'vitest';
import type {
  Actor,
  Actors,
  EscalationLevel,
  EscalationModel,
  GovernmentLayer,
  Opgave,
  Party,
  PartyKind,
  Placement,
  Startnotitie,
  Structure,
} from '../src/index';
import { areasWithSeveralTables, governmentLayerOf, missingGovernmentLayers } from '../src/index';

describe('public types of parties, area and startnotitie', () => {
  it('a party kind is one of the labelled values, and a ministry knows its rijk', () => {
    expectTypeOf<Party['kind']>().toEqualTypeOf<PartyKind>();
    expectTypeOf<Extract<Party, { kind: 'ministerie' }>['partOf']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Party, { kind: 'samenwerkingsverband' }>['participants']>().toEqualTypeOf<string[]>();
  });

  it('the check functions return government layers', () => {
    expectTypeOf(missingGovernmentLayers).returns.toEqualTypeOf<GovernmentLayer[]>();
    expectTypeOf(governmentLayerOf).returns.toEqualTypeOf<GovernmentLayer | undefined>();
    expectTypeOf(areasWithSeveralTables).parameter(0).toEqualTypeOf<Actors>();
  });

  it('an actor always names its role', () => {
    expectTypeOf<Actor['role']>().not.toEqualTypeOf<undefined>();
    expectTypeOf<Actor>().toHaveProperty('partyId').toEqualTypeOf<string>();
  });

  it('structures narrow by type: only a programme team has a mandate, a gebiedstafel always a chair', () => {
    expectTypeOf<Extract<Structure, { type: 'programmateam' }>>().toHaveProperty('mandate');
    expectTypeOf<Extract<Structure, { type: 'integrale_gebiedstafel' }>['chair']>().toEqualTypeOf<{
      partyId: string;
      personId?: string | undefined;
    }>();
  });

  it('placement narrows by status: needs_extra has needs, the others do not', () => {
    type NeedsExtra = Extract<Placement, { status: 'needs_extra' }>;
    expectTypeOf<NeedsExtra['needs'][number]['from']['kind']>().toEqualTypeOf<
      'partij' | 'andere_provincie' | 'overig'
    >();
    expectTypeOf<Extract<Placement, { status: 'fits' }>>().not.toHaveProperty('needs');
    expectTypeOf<Opgave['placement']>().toEqualTypeOf<Placement | undefined>();
  });

  it('the final escalation level is required', () => {
    expectTypeOf<EscalationModel['finalLevel']>().toEqualTypeOf<EscalationLevel>();
    expectTypeOf<Startnotitie['escalation']>().toEqualTypeOf<EscalationModel>();
    expectTypeOf<EscalationModel['intervenerNotParty']>().toEqualTypeOf<true>();
  });
});
