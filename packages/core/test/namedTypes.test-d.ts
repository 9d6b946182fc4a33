import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as core from '../src/index';
import type {
  GebiedsprocesSettings,
  GebiedsprocesSettingsSchema,
  Startnotitie,
  StartnotitieSchema,
} from '../src/index';

describe('named document types stay exactly what their schemas accept', () => {
  it('Startnotitie is the output of StartnotitieSchema', () => {
    expectTypeOf<Startnotitie>().toEqualTypeOf<z.output<typeof StartnotitieSchema>>();
  });
  it('GebiedsprocesSettings is the output of GebiedsprocesSettingsSchema', () => {
    expectTypeOf<GebiedsprocesSettings>().toEqualTypeOf<z.output<typeof GebiedsprocesSettingsSchema>>();
    expectTypeOf<GebiedsprocesSettings>().not.toEqualTypeOf<z.output<typeof StartnotitieSchema>>();
  });
});

describe('the named process types stay exactly what their schemas accept', () => {
  it('the context and the snapshot', () => {
    expectTypeOf<core.GebiedsprocesContext>().toEqualTypeOf<z.output<typeof core.GebiedsprocesContextSchema>>();
    expectTypeOf<core.GebiedsprocesSnapshot>().toEqualTypeOf<z.output<typeof core.GebiedsprocesSnapshotSchema>>();
  });
  it('the event unions of the steps and of every slice', () => {
    expectTypeOf<core.ProcessEvent>().toEqualTypeOf<z.output<typeof core.ProcessEventSchema>>();
    expectTypeOf<core.KnelpuntEvent>().toEqualTypeOf<z.output<typeof core.KnelpuntEventSchema>>();
    expectTypeOf<core.DelegationRegimeEvent>().toEqualTypeOf<z.output<typeof core.DelegationRegimeEventSchema>>();
    expectTypeOf<core.IjkmomentEvent>().toEqualTypeOf<z.output<typeof core.IjkmomentEventSchema>>();
    expectTypeOf<core.MonitoringEvent>().toEqualTypeOf<z.output<typeof core.MonitoringEventSchema>>();
    expectTypeOf<core.TrackEvent>().toEqualTypeOf<z.output<typeof core.TrackEventSchema>>();
  });
  it('the slice events with the id of their knelpunt or regime accept the same values as their schemas', () => {
    // `ForKnelpunt<E>` and `ForRegime<E>` are intersections, equal in values, not in spelling.
    expectTypeOf<core.KnelpuntProcessEvent>().toExtend<z.output<typeof core.KnelpuntProcessEventSchema>>();
    expectTypeOf<z.output<typeof core.KnelpuntProcessEventSchema>>().toExtend<core.KnelpuntProcessEvent>();
    expectTypeOf<core.RegimeProcessEvent>().toExtend<z.output<typeof core.RegimeProcessEventSchema>>();
    expectTypeOf<z.output<typeof core.RegimeProcessEventSchema>>().toExtend<core.RegimeProcessEvent>();
    expectTypeOf<{
      type: 'knelpunt.escalate';
      timestamp: string;
      actor: string;
      role: 'partij';
    }>().not.toExtend<core.KnelpuntProcessEvent>();
  });
  it('a named event is not another event', () => {
    expectTypeOf<core.TrackStopEvent>().not.toEqualTypeOf<core.TrackCompleteEvent>();
  });
});
