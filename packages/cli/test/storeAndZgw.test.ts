import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultStepTemplate } from '@gebiedsgericht/process';
import { planCatalogue } from '@gebiedsgericht/zgw';
import { describe, expect, inject, it } from 'vitest';
import { run } from './support/run';

const cwd = inject('fixtureDir');

describe('gebiedsgericht store (SQLite)', () => {
  it('creates a store, imports a snapshot and a document, lists, shows and verifies them', async () => {
    const dir = mkdtempSync(join(cwd, 'store-'));
    const db = ['--db', join(dir, 'processen.db')];
    const init = await run(['store', 'init', ...db], { cwd });
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/Opslag gereed: .*processen\.db \(sqlite, /);

    const imported = await run(['store', 'import', 'snapshot.json', 'startnotitie.json', ...db, '--json'], { cwd });
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual([
      { file: 'snapshot.json', what: 'process', id: 'lindewaard', version: 8 },
      { file: 'startnotitie.json', what: 'document', id: 'startnotitie startnotitie-lindewaard', version: 1 },
    ]);

    const list = JSON.parse((await run(['store', 'list', ...db, '--json'], { cwd })).stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      processId: 'lindewaard',
      step: 'inzicht-verkrijgen',
      stepsClosed: 1,
      stepCount: 6,
    });
    const table = await run(['store', 'list', ...db, '--lang', 'en'], { cwd });
    expect(table.stdout).toMatch(/^lindewaard\s+inzicht-verkrijgen\s+running\s+1\/6 \(17%\)/m);

    const show = await run(['store', 'show', 'lindewaard', ...db], { cwd });
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^versie\s+8$/m);

    const verify = await run(['store', 'verify', ...db], { cwd });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('✓ lindewaard (versie 8)');
  });

  it('moves a process to another store through an export in JSON lines', async () => {
    const dir = mkdtempSync(join(cwd, 'store-'));
    const first = ['--db', join(dir, 'een.db')];
    const second = ['--db', join(dir, 'twee.db')];
    await run(['store', 'import', 'snapshot.json', ...first], { cwd });
    const exported = await run(['store', 'export', 'lindewaard', ...first], { cwd });
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(JSON.parse(lines[0] as string).kind).toBe('gebiedsprocesStream');
    const imported = await run(['store', 'import', '-', ...second], { cwd, stdin: exported.stdout });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('proces lindewaard, versie 8');
    const again = await run(['store', 'export', 'lindewaard', ...second], { cwd });
    expect(again.stdout).toBe(exported.stdout);
  });

  it('answers an unknown process with exit code 1 and the store message', async () => {
    const dir = mkdtempSync(join(cwd, 'store-'));
    const r = await run(['store', 'show', 'bestaat-niet', '--db', join(dir, 'leeg.db'), '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bestaat-niet');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes the database from GEBIEDSGERICHT_DB', async () => {
    const dir = mkdtempSync(join(cwd, 'store-'));
    const r = await run(['store', 'init', '--json'], { cwd, env: { GEBIEDSGERICHT_DB: join(dir, 'omgeving.db') } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ db: join(dir, 'omgeving.db'), engine: 'sqlite' });
  });
});

describe('gebiedsgericht zgw catalogue', () => {
  it('plans the same catalogue as planCatalogue, as JSON and as a table', async () => {
    const config = JSON.parse(readFileSync(join(cwd, 'zgw-config.json'), 'utf8'));
    const expected = planCatalogue(defaultStepTemplate, config);
    const json = await run(['zgw', 'catalogue', 'stepTemplate.json', '--config', 'zgw-config.json', '--json'], { cwd });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = await run(['zgw', 'catalogue', 'stepTemplate.json', '--config', 'zgw-config.json'], { cwd });
    expect(text.stdout).toContain(`${expected.objects.length} objecten, ${expected.publish.length} te publiceren`);
    expect(text.stdout).toContain('urn:gebiedsgericht:zgw:catalogus');
  });

  it('needs --config, and reports every problem of a bad configuration with its path', async () => {
    const missing = await run(['zgw', 'catalogue', 'stepTemplate.json'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Ontbrekend argument: --config');
    const bad = await run(['zgw', 'catalogue', 'stepTemplate.json', '--config', 'startnotitie.json', '--json'], {
      cwd,
    });
    expect(bad.code).toBe(1);
    const { error } = JSON.parse(bad.stderr);
    expect(error.issues.map((i: { path: string[] }) => i.path[0])).toContain('config');
  });
});
