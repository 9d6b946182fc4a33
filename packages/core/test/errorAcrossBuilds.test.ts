import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The published ESM builds (one file per module, and bundled for Node) and the CommonJS build are
// separate copies of the class. A consumer whose dependencies mix them must still recognise every
// error of the SDK. These tests load the built files (turbo runs the build first).
type CoreBuild = typeof import('../src/index');
const esm = (await import(new URL('../dist/index.js', import.meta.url).href)) as CoreBuild;
const esmForNode = (await import(new URL('../dist/node/index.js', import.meta.url).href)) as CoreBuild;
const cjs = createRequire(import.meta.url)('../dist/index.cjs') as CoreBuild;

function errorFrom(build: CoreBuild): unknown {
  try {
    build.validate(build.IdSchema, '');
  } catch (e) {
    return e;
  }
  throw new Error('validate accepted an empty id');
}

describe('GebiedsgerichtError across the ESM and CommonJS builds', () => {
  it('the two builds have different classes', () => {
    expect(esm.GebiedsgerichtError).not.toBe(cjs.GebiedsgerichtError);
  });

  it('instanceof holds both ways', () => {
    const fromEsm = errorFrom(esm);
    const fromCjs = errorFrom(cjs);
    expect(fromEsm instanceof cjs.GebiedsgerichtError).toBe(true);
    expect(fromCjs instanceof esm.GebiedsgerichtError).toBe(true);
    expect(fromEsm instanceof esm.GebiedsgerichtError).toBe(true);
    expect(fromCjs instanceof cjs.GebiedsgerichtError).toBe(true);
  });

  it('the bundled ESM build for Node is recognised by the other two', () => {
    expect(esmForNode.GebiedsgerichtError).not.toBe(esm.GebiedsgerichtError);
    expect(errorFrom(esmForNode) instanceof esm.GebiedsgerichtError).toBe(true);
    expect(errorFrom(esmForNode) instanceof cjs.GebiedsgerichtError).toBe(true);
    expect(errorFrom(cjs) instanceof esmForNode.GebiedsgerichtError).toBe(true);
  });

  it('isGebiedsgerichtError holds both ways', () => {
    expect(cjs.isGebiedsgerichtError(errorFrom(esm))).toBe(true);
    expect(esm.isGebiedsgerichtError(errorFrom(cjs))).toBe(true);
  });

  it('other errors and look-alike plain objects are not instances', () => {
    expect(new Error('x') instanceof esm.GebiedsgerichtError).toBe(false);
    expect(new TypeError('x') instanceof cjs.GebiedsgerichtError).toBe(false);
    expect({ name: 'GebiedsgerichtError', code: 'invalid_input' } instanceof esm.GebiedsgerichtError).toBe(false);
    expect((null as unknown as object) instanceof esm.GebiedsgerichtError).toBe(false);
  });

  it('a subclass keeps the ordinary instanceof check', () => {
    class Narrow extends esm.GebiedsgerichtError {}
    const narrow = new Narrow({ code: 'x', message: { nl: 'x', en: 'x' } });
    expect(narrow instanceof Narrow).toBe(true);
    expect(narrow instanceof cjs.GebiedsgerichtError).toBe(true);
    expect(errorFrom(esm) instanceof Narrow).toBe(false);
  });
});
