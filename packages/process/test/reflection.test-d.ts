import type { Finding, FindingSeverity, ReflectionDocumentKind, ReflectionReport } from '@gebiedsgericht/core';
import { expectTypeOf, test } from 'vitest';
import { type ReflectionRule, reflect, reflectionRules } from '../src/index';

test('the public types of the reflection check', () => {
  expectTypeOf(reflect).returns.toEqualTypeOf<ReflectionReport>();
  expectTypeOf<FindingSeverity>().toEqualTypeOf<'error' | 'warning' | 'info'>();
  expectTypeOf<ReflectionDocumentKind>().toEqualTypeOf<'startnotitie' | 'gebiedsproces' | 'arrangement' | 'process'>();
  expectTypeOf<Finding['message']>().toEqualTypeOf<{ nl: string; en: string }>();
  expectTypeOf<Finding['path']>().toEqualTypeOf<(string | number)[]>();
  expectTypeOf<ReflectionReport['findings']>().toEqualTypeOf<Finding[]>();
  expectTypeOf(reflectionRules).toEqualTypeOf<readonly ReflectionRule[]>();
  expectTypeOf<ReflectionRule['check']>().returns.toEqualTypeOf<Finding[]>();
  // `now` is required: the SDK never reads the clock.
  expectTypeOf(reflect).parameter(1).toHaveProperty('now').toEqualTypeOf<string>();
});
