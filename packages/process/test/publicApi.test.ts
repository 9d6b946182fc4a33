import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

const indexFile = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const architecture = fileURLToPath(new URL('../../../docs/architecture.md', import.meta.url));

/** Every name the package's entry exports, types included, as the compiler sees them. */
function exportedNames(): string[] {
  const program = ts.createProgram([indexFile], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@gebiedsgericht/source'],
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexFile);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error('no module symbol for src/index.ts');
  return checker
    .getExportsOfModule(symbol)
    .map((s) => s.getName())
    .sort();
}

/** The public API as docs/architecture.md lists it, between its two markers. */
function documentedNames(): string[] {
  const text = readFileSync(architecture, 'utf8');
  const start = text.indexOf('<!-- process-public-api:start -->');
  const end = text.indexOf('<!-- process-public-api:end -->');
  if (start < 0 || end < start) throw new Error('docs/architecture.md has no process public API list');
  return [...text.slice(start, end).matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1] as string).sort();
}

describe('the public API of @gebiedsgericht/process', () => {
  const names = exportedNames();

  it('is exactly the list in docs/architecture.md', () => {
    expect(names).toEqual(documentedNames());
  });

  it('stays small: at most 120 exported names, types included', () => {
    expect(names.length).toBeLessThanOrEqual(120);
  });
});

describe('garbage at the public API', () => {
  // Every exported function, called with garbage, either answers (a value, or a result that
  // carries the error) or throws a typed error; never a raw TypeError.
  const GARBAGE: readonly (readonly unknown[])[] = [[{}], [undefined], [Number.NaN], [[Number.NaN]], [{}, {}], [null]];
  const functions = (Object.entries(api) as [string, unknown][]).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] =>
      typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
  );

  it('has functions to probe', () => {
    expect(functions.length).toBeGreaterThan(30);
  });

  it.each(functions.map(([name, fn]) => ({ name, fn })))('$name never throws an untyped error', ({ fn }) => {
    for (const args of GARBAGE) {
      try {
        fn(...args);
      } catch (error) {
        expect(isGebiedsgerichtError(error), `${JSON.stringify(args)}: ${String(error)}`).toBe(true);
      }
    }
  });
});
