import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import 'vitest';
import type { TestProject } from 'vitest/node';
import { writeFixtureFiles } from './fixtureFiles';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDir: string;
  }
}

/** The tests run the built command, as users do: build first (`npm run build`, or turbo does it). */
export default function setup(project: TestProject) {
  const bin = resolve(import.meta.dirname, '../../dist/bin.js');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build -w @gebiedsgericht/cli" first`);
  const dir = mkdtempSync(join(tmpdir(), 'gebiedsgericht-cli-'));
  writeFixtureFiles(dir);
  project.provide('fixtureDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
