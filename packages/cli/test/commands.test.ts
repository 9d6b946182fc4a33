import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assess, deriveAhpWeights } from '@gebiedsgericht/assessment';
import { MonteCarloResultSchema, ReflectionReportSchema } from '@gebiedsgericht/core';
import {
  lindewaard,
  lindewaardAssessmentInput,
  lindewaardStartnotitie,
  nWegEstimate,
  zuidmarkArrangement,
} from '@gebiedsgericht/core/fixtures';
import { nextIjkmomenten, reflect } from '@gebiedsgericht/process';
import { simulateEstimate } from '@gebiedsgericht/risk';
import { describe, expect, inject, it } from 'vitest';
import { run } from './support/run';

const cwd = inject('fixtureDir');
const NOW = '2027-03-01T09:00:00+01:00';

describe('gebiedsgericht reflect', () => {
  it('writes the reflection report in Dutch, with the findings the library finds', async () => {
    const expected = reflect({ gebiedsproces: lindewaard }, { now: NOW });
    const r = await run(['reflect', 'gebiedsproces.json', '--now', NOW], { cwd });
    expect(expected.counts.error).toBe(0);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Reflectie op gebiedsproces gebiedsproces-lindewaard (${NOW})`);
    for (const finding of expected.findings) expect(r.stdout).toContain(finding.message.nl);
  });

  it('writes Markdown with --format md and the report document with --json', async () => {
    const md = await run(['reflect', 'gebiedsproces.json', '--now', NOW, '--format', 'md'], { cwd });
    expect(md.stdout.startsWith('# Reflectie op gebiedsproces')).toBe(true);
    expect(md.stdout).toContain('| § | Bevinding | Pad | Regel |');
    const json = await run(['reflect', 'gebiedsproces.json', '--now', NOW, '--json'], { cwd });
    const report = ReflectionReportSchema.parse(JSON.parse(json.stdout));
    expect(report).toEqual(reflect({ gebiedsproces: lindewaard }, { now: NOW }));
  });

  it('exits 1 when the report has errors, with the section, path and rule of each finding', async () => {
    const expected = reflect({ arrangement: zuidmarkArrangement }, { now: NOW });
    const error = expected.findings.find((f) => f.severity === 'error');
    const r = await run(['reflect', 'arrangement.json', '--now', NOW, '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${expected.counts.error} error`);
    expect(r.stdout).toMatch(new RegExp(`^ERROR  ${error?.section}  `, 'm'));
    expect(r.stdout).toContain(`${error?.message.en} (${error?.ruleId})`);
  });

  it('rejects a document the reflection does not read, and a bad --now', async () => {
    const kind = await run(['reflect', 'estimate.json'], { cwd });
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('Verwacht een document van soort startnotitie | gebiedsproces');
    const now = await run(['reflect', 'gebiedsproces.json', '--now', 'morgen'], { cwd });
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('Ongeldige waarde "morgen" voor --now');
  });
});

describe('gebiedsgericht risk simulate', () => {
  it('prints P50, P85 and the contingency the library computes for the same seed', async () => {
    const result = simulateEstimate(nWegEstimate, { iterations: 5_000, seed: 42 });
    const r = await run(['risk', 'simulate', 'estimate.json', '--iterations', '5000', '--seed', '42', '--json'], {
      cwd,
    });
    expect(r.code).toBe(0);
    expect(MonteCarloResultSchema.parse(JSON.parse(r.stdout))).toEqual(result);
    const text = await run(['risk', 'simulate', 'estimate.json', '--iterations', '5000', '--seed', '42'], { cwd });
    const euros = (cents: number) =>
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
        cents / 100,
      );
    expect(text.stdout).toMatch(new RegExp(`P50\\s+${euros(result.p50)}`));
    expect(text.stdout).toMatch(new RegExp(`P85\\s+${euros(result.p85)}`));
    expect(text.stdout).toContain(euros(result.contingency.amount));
    expect(text.stdout).toContain(result.contributions[0]?.label);
    expect(text.stderr).toBe('');
  });

  it('writes the histogram, S-curve and tornado as SVG files into --svg DIR', async () => {
    const dir = mkdtempSync(join(cwd, 'svg-'));
    const r = await run(['risk', 'simulate', 'estimate.json', '--svg', join(dir, 'grafieken'), '--lang', 'en'], {
      cwd,
    });
    expect(r.code).toBe(0);
    for (const name of ['histogram.svg', 's-curve.svg', 'tornado.svg']) {
      const svg = readFileSync(join(dir, 'grafieken', name), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    }
    expect(readFileSync(join(dir, 'grafieken', 'tornado.svg'), 'utf8')).toContain('Tornado: total with one input');
  });

  it('takes the estimate from standard input and refuses another kind of document', async () => {
    const r = await run(['risk', 'simulate', '-', '--json', '--iterations', '200'], {
      cwd,
      stdin: readFileSync(join(cwd, 'estimate.json')),
    });
    expect(JSON.parse(r.stdout).iterations).toBe(200);
    const wrong = await run(['risk', 'simulate', 'startnotitie.json'], { cwd });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Verwacht een document van soort estimate, gevonden: startnotitie');
  });

  it('draws no progress bar when the output is piped', async () => {
    const r = await run(['risk', 'simulate', 'estimate.json', '--iterations', '1000000'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\r');
  });
});

describe('gebiedsgericht assess', () => {
  const input = lindewaardAssessmentInput();

  it("ranks with the input's own method and names the most critical criterion", async () => {
    const expected = assess(input);
    const r = await run(['assess', 'assessmentInput.json', '--json'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).result).toEqual(expected);
    const text = await run(['assess', 'assessmentInput.json'], { cwd });
    const critical = input.afwegingskader.criteria.find((c) => c.id === expected.sensitivity?.mostCriticalCriterionId);
    expect(text.stdout).toContain(`Meest kritische criterium: ${critical?.name.nl}`);
    const first = input.variants.find((v) => v.id === expected.ranking[0]?.variantId);
    expect(text.stdout).toMatch(new RegExp(`^\\s+1\\s+${first?.name.nl}`, 'm'));
  });

  it('runs PROMETHEE II, AHP weights and SMAA-2 rank acceptabilities on request', async () => {
    const promethee = JSON.parse(
      (await run(['assess', 'assessmentInput.json', '--method', 'promethee', '--json'], { cwd })).stdout,
    );
    expect(promethee.result.method).toBe('promethee2');
    expect(promethee.result.prometheeFlows.length).toBeGreaterThan(0);

    const comparison = JSON.parse(readFileSync(join(cwd, 'ahpComparison.json'), 'utf8'));
    const ahp = JSON.parse(
      (
        await run(['assess', 'assessmentInput.json', '--method', 'ahp', '--ahp', 'ahpComparison.json', '--json'], {
          cwd,
        })
      ).stdout,
    );
    expect(ahp.ahp).toEqual(deriveAhpWeights(comparison));
    const byId = new Map(
      ahp.result.weights.map((w: { criterionId: string; weight: number }) => [w.criterionId, w.weight]),
    );
    for (const w of deriveAhpWeights(comparison).weights) expect(byId.get(w.criterionId)).toBeCloseTo(w.weight, 12);

    const smaa = await run(
      ['assess', 'assessmentInput.json', '--method', 'smaa', '--samples', '1000', '--seed', '5', '--json'],
      { cwd },
    );
    const uncertainty = JSON.parse(smaa.stdout).result.uncertainty;
    expect(uncertainty.settings).toMatchObject({ samples: 1000, seed: 5 });
    for (const v of uncertainty.variants)
      expect(v.rankAcceptability.reduce((s: number, b: number) => s + b, 0)).toBeCloseTo(1, 9);
    const table = await run(
      ['assess', 'assessmentInput.json', '--method', 'smaa', '--samples', '1000', '--lang', 'en'],
      { cwd },
    );
    expect(table.stdout).toContain('SMAA-2 rank acceptability (1000 samples, seed 1)');
  });

  it('needs --ahp for the AHP method and a known method name', async () => {
    const missing = await run(['assess', 'assessmentInput.json', '--method', 'ahp'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Ontbrekend argument: --ahp');
    const unknown = await run(['assess', 'assessmentInput.json', '--method', 'topsis'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('verwacht wsm | ahp | promethee | smaa');
  });
});

describe('gebiedsgericht process', () => {
  it('shows where the process stands and what is due at --now', async () => {
    const r = await run(['process', 'status', 'snapshot.json', '--now', '2026-09-01T12:00:00+02:00'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/positie\s+stap 2\/6: Stap 1\. Inzicht verkrijgen/);
    expect(r.stdout).toMatch(/voortgang\s+1\/6 stappen gesloten/);
    expect(r.stdout).toContain('Vraagt aandacht');
    const json = JSON.parse(
      (await run(['process', 'status', 'snapshot.json', '--now', '2026-09-01T12:00:00+02:00', '--json'], { cwd }))
        .stdout,
    );
    expect(json.summary).toMatchObject({ processId: 'lindewaard', stepsClosed: 1, stepCount: 6 });
    expect(json.due.map((d: { kind: string }) => d.kind)).toContain('timebox_exceeded');
  });

  it('adds the next ijkmomenten from the startnotitie with --startnotitie', async () => {
    const now = '2026-09-01T12:00:00+02:00';
    const expected = nextIjkmomenten(lindewaardStartnotitie.ijkmomenten, now);
    const json = JSON.parse(
      (
        await run(
          ['process', 'status', 'snapshot.json', '--now', now, '--startnotitie', 'startnotitie.json', '--json'],
          { cwd },
        )
      ).stdout,
    );
    expect(json.nextIjkmomenten).toEqual(expected);
    const text = await run(
      ['process', 'status', 'snapshot.json', '--now', now, '--startnotitie', 'startnotitie.json'],
      { cwd },
    );
    expect(text.stdout).toContain('Volgende ijkmomenten');
    for (const o of Object.values(expected)) expect(text.stdout).toContain(`${o.date}  ${o.name}`);
  });

  it('confirms that replaying the audit log gives the same state, and exits 1 when it does not', async () => {
    const ok = await run(['process', 'replay', 'snapshot.json'], { cwd });
    expect(ok.code).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(cwd, 'snapshot.json'), 'utf8'));
    // Every entry of the log, the ones derived from the accepted startnotitie included.
    expect(ok.stdout).toContain(
      `Opnieuw afspelen van ${snapshot.context.auditLog.length} auditregels geeft dezelfde toestand`,
    );
    // Tampered: a decision in the stored state that no audit entry explains.
    snapshot.context.decisions = [];
    writeFileSync(join(cwd, 'snapshot-tampered.json'), JSON.stringify(snapshot));
    const bad = await run(['process', 'replay', 'snapshot-tampered.json', '--lang', 'en'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Replaying the audit log gives a different state (context)');
  });

  it('draws the same Mermaid diagram as the one generated into docs/process.md', async () => {
    const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/process.md'), 'utf8');
    const generated = docs.slice(docs.indexOf('<!-- BEGIN GENERATED DIAGRAM'));
    const block = /```mermaid\n(stateDiagram-v2[\s\S]*?)```/.exec(generated)?.[1];
    const r = await run(['process', 'diagram'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(block);
    const fromFile = await run(['process', 'diagram', 'stepTemplate.json'], { cwd });
    expect(fromFile.stdout).toBe(block);
  });

  it('refuses a snapshot that is not one', async () => {
    const r = await run(['process', 'status', 'startnotitie.json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Verwacht een document van soort gebiedsprocesSnapshot');
  });
});
