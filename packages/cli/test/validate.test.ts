import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { run } from './support/run';

const cwd = inject('fixtureDir');
const read = (name: string) => readFileSync(join(cwd, name), 'utf8');

describe('gebiedsgericht validate', () => {
  it('accepts valid documents of any kind, read from their kind, with exit code 0', async () => {
    const r = await run(
      ['validate', 'startnotitie.json', 'gebiedsproces.json', 'estimate.json', 'assessmentInput.json', 'snapshot.json'],
      { cwd },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('startnotitie.json (startnotitie startnotitie-lindewaard): geldig');
    expect(r.stdout).toContain('snapshot.json (gebiedsprocesSnapshot lindewaard): geldig');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('✓'))).toHaveLength(5);
  });

  it('lists every problem of an invalid document with its path and Dutch message, exit code 1', async () => {
    const r = await run(['validate', 'startnotitie-invalid.json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ startnotitie-invalid.json (startnotitie startnotitie-lindewaard): 3 problemen');
    expect(r.stdout).toMatch(/^ {2}scope: Ongeldige invoer: verwacht object, ontving getal \(invalid_type\)$/m);
    expect(r.stdout).toMatch(/^ {2}escalation: Het veld 'escalation' ontbreekt/m);
    expect(r.stdout).toMatch(/^ {2}\(document\): .*"extra".*\(unrecognized_keys\)$/m);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['validate', 'startnotitie-invalid.json', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 problems');
    expect(r.stdout).toMatch(/^ {2}scope: Invalid input: expected object, received number/m);
  });

  it('reads standard input for -', async () => {
    const ok = await run(['validate', '-'], { cwd, stdin: read('estimate.json') });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('<stdin> (estimate n-weg-kosten): geldig');
    const bad = await run(['validate', '-'], { cwd, stdin: read('startnotitie-invalid.json') });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('<stdin> (startnotitie startnotitie-lindewaard): 3 problemen');
  });

  it('reports malformed JSON, an unknown kind and something that is not a document', async () => {
    const malformed = await run(['validate', 'malformed.json'], { cwd });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/malformed\.json is geen geldige JSON/);
    const unknown = await run(['validate', 'unknown-kind.json'], { cwd });
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('kind: Onbekende documentsoort "boodschappenlijst"');
    const array = await run(['validate', '-'], { cwd, stdin: '[1, 2]' });
    expect(array.code).toBe(1);
    expect(array.stdout).toContain('Dit is geen document');
  });

  it('checks every file even when one is missing, and exits 2 for the missing one', async () => {
    const r = await run(['validate', 'does-not-exist.json', 'startnotitie.json'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Kan does-not-exist.json niet lezen (ENOENT)');
    expect(r.stdout).toContain('startnotitie.json (startnotitie startnotitie-lindewaard): geldig');
  });

  it('points to --migrate for an older schemaVersion, and says when there is no migration', async () => {
    const r = await run(['validate', 'older-version.json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schemaVersion: Dit document heeft schemaVersion 0; gebruik --migrate');
    const before = read('older-version.json');
    const m = await run(['validate', '--migrate', 'older-version.json'], { cwd });
    expect(m.code).toBe(1);
    expect(m.stdout).toContain('Documentversie 0 wordt door deze versie van de SDK niet ondersteund');
    expect(read('older-version.json')).toBe(before);
  });

  it('upgrades a startnotitie written by release 0.1.0 with --migrate, and it validates afterwards', async () => {
    const stored = fileURLToPath(
      new URL('../../core/test/data/0.1.0/startnotitie/startnotitie-lindewaard.json', import.meta.url),
    );
    copyFileSync(stored, join(cwd, 'startnotitie-010.json'));
    const before = await run(['validate', 'startnotitie-010.json'], { cwd });
    expect(before.code).toBe(1);
    const m = await run(['validate', '--migrate', 'startnotitie-010.json'], { cwd });
    expect(m.code).toBe(0);
    const upgraded = JSON.parse(read('startnotitie-010.json'));
    expect(upgraded.schemaVersion).toBe(2);
    expect((await run(['validate', 'startnotitie-010.json'], { cwd })).code).toBe(0);
  });

  it('leaves current documents untouched with --migrate', async () => {
    copyFileSync(join(cwd, 'snapshot.json'), join(cwd, 'snapshot-copy.json'));
    const before = read('snapshot-copy.json');
    const r = await run(['validate', '--migrate', 'snapshot-copy.json', 'startnotitie.json'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('bijgewerkt');
    expect(read('snapshot-copy.json')).toBe(before);
  });

  it('gives scripts one JSON report with code, path and both messages per problem', async () => {
    const r = await run(['validate', '--json', 'startnotitie.json', 'startnotitie-invalid.json'], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.documents.map((d: { valid: boolean }) => d.valid)).toEqual([true, false]);
    expect(report.documents[1].issues).toContainEqual({
      code: 'invalid_type',
      path: ['scope'],
      message: { nl: expect.stringContaining('verwacht object'), en: expect.stringContaining('expected object') },
    });
  });

  it('refuses standard input twice and a missing file argument as usage errors', async () => {
    const twice = await run(['validate', '-', '-'], { cwd, stdin: '{}' });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('Standaardinvoer (-) kan maar één keer worden gelezen');
    const none = await run(['validate'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Ontbrekend argument: bestand');
    expect(none.stdout).toBe('');
  });
});
