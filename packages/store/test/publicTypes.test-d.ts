import { describe, expectTypeOf, it } from 'vitest';
import type { AppendResult, GebiedsprocesStore, ProcessOverview } from '../src/index';

describe('public types', () => {
  it('narrows an append result by its status', () => {
    const handle = (result: AppendResult) => {
      if (result.status === 'accepted') expectTypeOf(result.version).toEqualTypeOf<number>();
      if (result.status === 'conflict') expectTypeOf(result.currentVersion).toEqualTypeOf<number>();
      if (result.status === 'rejected') expectTypeOf(result.reason.code).toEqualTypeOf<string>();
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<AppendResult>();
  });

  it('lists read-model rows', () => {
    expectTypeOf<GebiedsprocesStore['list']>().returns.resolves.toEqualTypeOf<readonly ProcessOverview[]>();
  });
});
