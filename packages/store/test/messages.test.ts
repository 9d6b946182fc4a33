import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { storeMessages } from '../src/index';

describe('store errors', () => {
  it('are typed GebiedsgerichtErrors with a stable code and Dutch and English messages', () => {
    const error = storeMessages.fail('unknown_process', { processId: 'gebiedsproces-x' }, ['processId']);
    expect(isGebiedsgerichtError(error)).toBe(true);
    expect(error.code).toBe('unknown_process');
    expect(error.path).toEqual(['processId']);
    expect(error.messageIn('nl')).toContain('gebiedsproces-x');
    expect(error.messageIn('en')).toContain('gebiedsproces-x');
  });

  it('say in both languages, for every code, that a failed write wrote nothing where that applies', () => {
    for (const code of ['store_read_only', 'store_full'] as const) {
      const error = storeMessages.fail(code, undefined);
      expect(error.messageIn('nl')).toMatch(/niets geschreven/);
      expect(error.messageIn('en')).toMatch(/nothing was written/);
    }
  });
});
