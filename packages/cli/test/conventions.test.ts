import { accessSync, constants, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BIN, run } from './support/run';

const cwd = inject('fixtureDir');
const COMMANDS = [
  [],
  ['validate'],
  ['reflect'],
  ['risk'],
  ['risk', 'simulate'],
  ['assess'],
  ['process'],
  ['process', 'status'],
  ['process', 'replay'],
  ['process', 'diagram'],
  ['store'],
  ['store', 'init'],
  ['store', 'import'],
  ['store', 'export'],
  ['store', 'list'],
  ['store', 'show'],
  ['store', 'verify'],
  ['zgw'],
  ['zgw', 'catalogue'],
];
/** The escape character that starts every ANSI colour sequence. */
const ESC = '\u001b';

describe('the executable', () => {
  it('is what npx runs: the bin field points at an executable file with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ gebiedsgericht: './dist/bin.js' });
    expect(resolve(import.meta.dirname, '..', pkg.bin.gebiedsgericht)).toBe(BIN);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(BIN, constants.X_OK)).not.toThrow();
  });

  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
    const r = await run(['--version'], { cwd });
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('help in Dutch and English', () => {
  it.each(COMMANDS.map((words) => [words.join(' ') || '(no command)', words] as const))(
    '%s --help',
    async (_, words) => {
      const nl = await run([...words, '--help'], { cwd });
      expect(nl.code).toBe(0);
      expect(nl.stdout).toMatch(/^Gebruik: gebiedsgericht/m);
      expect(nl.stdout).toContain('Exitcodes: 0 in orde, 1 bevindingen of ongeldige invoer, 2 verkeerd gebruik.');
      const en = await run([...words, '--help', '--lang', 'en'], { cwd });
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(/^Usage: gebiedsgericht/m);
      expect(en.stdout).toContain('Exit codes: 0 fine, 1 findings or invalid input, 2 usage error.');
      expect(nl.stderr + en.stderr).toBe('');
    },
  );

  it('shows the overview on stderr with exit code 2 when the command is missing', async () => {
    const r = await run([], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Gebruik: gebiedsgericht <commando> [opties]');
    const group = await run(['process', '--lang', 'en'], { cwd });
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('Usage: gebiedsgericht process <command>');
  });
});

describe('errors', () => {
  it('are usage errors (exit 2) on stderr for an unknown command, option or a missing value', async () => {
    for (const args of [
      ['valideer', 'x.json'],
      ['validate', '--strict', 'x.json'],
      ['risk', 'simulate', 'estimate.json', '--iterations'],
      ['process', 'diagram', 'a.json', 'b.json'],
    ]) {
      const r = await run(args, { cwd });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(/^fout: /);
    }
  });

  it('never show a stack trace for bad input', async () => {
    for (const args of [
      ['validate', 'malformed.json'],
      ['reflect', 'startnotitie-invalid.json'],
      ['assess', 'estimate.json'],
      ['process', 'replay', 'nope.json'],
    ]) {
      const r = await run(args, { cwd });
      expect(r.code, args.join(' ')).toBeGreaterThan(0);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at |Error: |node:internal/);
    }
  });

  it('give every problem with its path when a document is invalid', async () => {
    const r = await run(['reflect', 'startnotitie-invalid.json', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}startnotitie\.scope: .*\(invalid_type\)$/m);
    expect(r.stderr).toMatch(/^ {2}startnotitie\.escalation: /m);
  });

  it('are JSON on stderr with --json, with code, path and both messages', async () => {
    const r = await run(['assess', 'estimate.json', '--json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const { error } = JSON.parse(r.stderr);
    expect(error).toMatchObject({ name: 'GebiedsgerichtError', code: 'wrong_document_kind', path: ['kind'] });
    expect(error.message.nl).toContain('Verwacht een document van soort assessmentInput');
    expect(error.message.en).toContain('Expected a document of kind assessmentInput');
  });
});

describe('colour', () => {
  it('is never used when the output is piped, NO_COLOR or not', async () => {
    for (const env of [{}, { NO_COLOR: '1' }, { FORCE_COLOR: '1' }]) {
      const r = await run(['validate', 'startnotitie-invalid.json', 'nope.json'], { cwd, env });
      expect(r.stdout).not.toContain(ESC);
      expect(r.stderr).not.toContain(ESC);
    }
  });
});
