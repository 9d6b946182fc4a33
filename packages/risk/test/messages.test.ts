import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { riskMessages } from '../src/index';

describe('risk errors', () => {
  it('are typed GebiedsgerichtErrors with a stable code and Dutch and English messages', () => {
    const error = riskMessages.fail('invalid_argument', { name: 'x' }, ['x']);
    expect(isGebiedsgerichtError(error)).toBe(true);
    expect(error.code).toBe('invalid_argument');
    expect(error.messageIn('nl')).toContain('x');
    expect(error.messageIn('en')).toContain('x');
  });
});
