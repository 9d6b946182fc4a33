/**
 * The audit chain gives the same hashes and signatures in every build users load: the ESM and
 * CommonJS files in `dist/` (run by Node itself, so `@gebiedsgericht/core` is its built dist too)
 * and a browser bundle run in a fresh `vm` context that has none of Node's built-ins, only the
 * `TextEncoder` every browser has. Needs `npm run build` first (the root `npm test` builds).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { EXPECTED_ANSWERS } from './support/auditVectors';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const entry = join(here, 'support', 'auditKatEntry.ts');
const outDir = join(packageDir, 'node_modules', '.cache', 'audit-builds');
const print = 'console.log(JSON.stringify(globalThis.auditAnswers));';

function bundle(format: 'esm' | 'cjs', file: string): string {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, file);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format,
    external: ['@gebiedsgericht/process'],
    footer: { js: print },
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

function runNode(file: string): unknown {
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: packageDir, encoding: 'utf8' }));
}

// Bundling and starting Node take seconds on a busy machine.
const SLOW = 120_000;

describe('known-answer vectors in every build', () => {
  it('the package is built (run `npm run build` first)', () => {
    expect(existsSync(join(packageDir, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(packageDir, 'dist', 'index.cjs'))).toBe(true);
  });

  it(
    'the ESM build (dist/index.js) gives the fixed hashes and signature',
    () => {
      expect(runNode(bundle('esm', 'kat.mjs'))).toEqual(EXPECTED_ANSWERS);
    },
    SLOW,
  );

  it('Node’s ESM build (dist/node/, which Node loads for `import`) hashes and signs with Node’s crypto, loaded on first use', () => {
    const dir = join(packageDir, 'dist', 'node');
    const code = [join(dir, 'index.js'), ...readdirSync(join(dir, 'chunks')).map((f) => join(dir, 'chunks', f))]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(code).toMatch(/getBuiltinModule\?\.\("node:crypto"\)/);
    expect(code).not.toMatch(/from "node:crypto"/);
    expect(code).not.toMatch(/@noble\//);
  });

  it(
    'the CommonJS build (dist/index.cjs) gives the same',
    () => {
      expect(runNode(bundle('cjs', 'kat.cjs'))).toEqual(EXPECTED_ANSWERS);
    },
    SLOW,
  );

  it(
    'a browser bundle gives the same in a context without Node built-ins',
    () => {
      const result = buildSync({
        entryPoints: [entry],
        bundle: true,
        platform: 'browser',
        format: 'iife',
        write: false,
        logLevel: 'silent',
      });
      const code = result.outputFiles[0]?.text ?? '';
      writeFileSync(join(outDir, 'kat.browser.js'), code);
      expect(code).not.toMatch(/require\(["']node:|require\(["']crypto["']\)/);
      const sandbox: Record<string, unknown> = { TextEncoder };
      const context = createContext(sandbox);
      expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe(
        'undefinedundefinedundefined',
      );
      runInContext(code, context);
      expect(JSON.parse(JSON.stringify(sandbox.auditAnswers))).toEqual(EXPECTED_ANSWERS);
    },
    SLOW,
  );
});
