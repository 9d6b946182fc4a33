import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { AreaProcessSettings, AreaProcessSettingsSchema, Startnotitie, StartnotitieSchema } from '../src/index';

describe('named document types stay exactly what their schemas accept', () => {
  it('Startnotitie is the output of StartnotitieSchema', () => {
    expectTypeOf<Startnotitie>().toEqualTypeOf<z.output<typeof StartnotitieSchema>>();
  });
  it('AreaProcessSettings is the output of AreaProcessSettingsSchema', () => {
    expectTypeOf<AreaProcessSettings>().toEqualTypeOf<z.output<typeof AreaProcessSettingsSchema>>();
    expectTypeOf<AreaProcessSettings>().not.toEqualTypeOf<z.output<typeof StartnotitieSchema>>();
  });
});
