/**
 * End-to-end tests of the dashboard in Debian's Chromium (driven by playwright-core): every view
 * loads, shows what the SDK's queries return for the same stored data, has no serious or critical
 * axe-core violations, and is written as a screenshot to `screenshots/` for review.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assess } from '@gebiedsgericht/assessment';
import { formatEuro, type GebiedsprocesContext, KnelpuntLevel, type KnelpuntState } from '@gebiedsgericht/core';
import { lindewaardAssessmentInput, nWegEstimate, zuidmarkParties } from '@gebiedsgericht/core/fixtures';
import {
  decisionsAndConsents,
  dueItems,
  nextIntervention,
  progressSummary,
  verifyAuditLog,
} from '@gebiedsgericht/process';
import { simulateEstimate } from '@gebiedsgericht/risk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDashboard, startDashboard } from '../src/server/startDashboard';
import { consentEvent, consentingBody, nowOf } from '../src/server/views';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const screenshots = join(root, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it with scripts/chromium.sh install`);
}
if (!hasChromium) console.warn(`dashboard e2e tests skipped: no browser at ${CHROMIUM} (apt-get install chromium)`);

const LINDEWAARD = 'gebiedsproces-lindewaard';
const HOGE_ZAND = 'gebiedsproces-hoge-zand';
const WIND = 'knelpunt-wind-hoeverveen';

let dashboard: RunningDashboard;
let browser: Browser;
let page: Page;
let dir: string;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until the page has rendered `view` after render number `after`. */
async function rendered(view: string, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ([v, n]) => {
      const main = document.getElementById('main');
      if (!main || main.hasAttribute('aria-busy') || main.dataset.view !== v) return false;
      const count = Number(main.dataset.render ?? 0);
      return count > n ? count : false;
    },
    [view, after] as const,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function renderCount(): Promise<number> {
  return page.evaluate(() => Number(document.getElementById('main')?.dataset.render ?? 0));
}

async function go(hash: string): Promise<void> {
  const before = await renderCount();
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await rendered(hash, before);
}

/** Runs axe-core on the page; answers the serious and critical violations. */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    }
    return axe.run(document);
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

async function texts(selector: string): Promise<string[]> {
  return page.locator(selector).allTextContents();
}

async function stored(processId: string) {
  const { process } = await dashboard.store.load(processId);
  return { snapshot: process.snapshot(), context: process.context() as GebiedsprocesContext, process };
}

function knelpuntState(context: GebiedsprocesContext, id: string): KnelpuntState {
  const state = (context.knelpunten.items as Record<string, KnelpuntState>)[id];
  if (!state) throw new Error(`no knelpunt ${id}`);
  return state;
}

describe.skipIf(!hasChromium)('the dashboard in Chromium', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts/buildClient.mjs')], { stdio: 'inherit' });
    mkdirSync(screenshots, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'dashboard-e2e-'));
    dashboard = await startDashboard({ path: join(dir, 'gebiedsprocessen.db'), port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page.setDefaultTimeout(60_000);
    await page.goto(dashboard.url);
    await rendered('#/');
  });

  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every area with the step, progress and consents the SDK reports', async () => {
    const date = await page.inputValue('#peildatum');
    for (const id of [LINDEWAARD, HOGE_ZAND]) {
      const { snapshot } = await stored(id);
      const summary = progressSummary(snapshot, nowOf(date));
      expect(await page.textContent(`[data-testid="step-${id}"]`)).toBe(summary.position.stepLabel?.nl);
      expect(await page.textContent(`[data-testid="progress-${id}"]`)).toContain(
        `${summary.stepsClosed}/${summary.stepCount} stappen gesloten`,
      );
      const consents = decisionsAndConsents(snapshot).consents.find((c) => c.stepId === summary.position.stepId);
      const required = (consents?.given.length ?? 0) + (consents?.missing.length ?? 0);
      expect(await page.textContent(`[data-testid="consents-${id}"]`)).toMatch(
        new RegExp(`^${consents?.given.length}/${required}`),
      );
      const due = dueItems(snapshot, nowOf(date)).map((d) => d.message.nl);
      expect(await texts(`[data-testid="due-${id}"] li`)).toEqual(due.map((m) => expect.stringContaining(m)));
    }
    expect(await axeViolations()).toEqual([]);
    await shoot('overzicht');
  });

  it('shows what needs attention at a chosen date (dueItems), an overdue knelpunt among it', async () => {
    const before = await renderCount();
    await page.fill('#peildatum', '2027-07-15');
    await page.click('[data-testid="date-form"] button[type="submit"]');
    await rendered('#/', before);
    const { snapshot } = await stored(LINDEWAARD);
    const due = dueItems(snapshot, nowOf('2027-07-15'));
    expect(due.some((d) => d.kind === 'escalation_overdue')).toBe(true);
    expect(await texts(`[data-testid="due-${LINDEWAARD}"] li`)).toEqual(
      due.map((d) => expect.stringContaining(d.message.nl)),
    );
    expect(await page.textContent(`[data-testid="knelpunten-${LINDEWAARD}"]`)).toContain('over tijd');
  });

  it('refuses a date before the last event with the reason, and keeps the overview it showed', async () => {
    const shown = await page.inputValue('#peildatum');
    const reasons: string[] = [];
    for (const { processId } of await dashboard.store.list()) {
      const { snapshot } = await stored(processId);
      try {
        progressSummary(snapshot, nowOf('2020-01-06'));
      } catch (error) {
        reasons.push(`Deze peildatum kan niet: ${(error as { label: { nl: string } }).label.nl}`);
      }
    }
    expect(reasons.length).toBeGreaterThan(0);
    const before = await renderCount();
    await page.fill('#peildatum', '2020-01-06');
    await page.click('[data-testid="date-form"] button[type="submit"]');
    await rendered('#/', before);
    expect(reasons).toContain(await page.textContent('[data-testid="date-refused"]'));
    expect(await page.inputValue('#peildatum')).toBe(shown);
    expect(await page.textContent(`[data-testid="step-${LINDEWAARD}"]`)).toBeTruthy();
    expect(await axeViolations()).toEqual([]);
  });

  it('clicks through to a knelpunt: its level, who acts now, the next step and the deadline', async () => {
    const before = await renderCount();
    await page.getByRole('link', { name: 'Windturbines bij Hoeverveen' }).first().click();
    await rendered(`#/knelpunt/${LINDEWAARD}/${WIND}`, before);
    const state = knelpuntState((await stored(LINDEWAARD)).context, WIND);
    expect(await page.textContent('[data-testid="knelpunt-level"]')).toBe(KnelpuntLevel.label(state.level, 'nl'));
    expect(await page.textContent('[data-testid="knelpunt-acts"]')).toBe('Provincie Zuidmark');
    const next = nextIntervention(state, state.level);
    expect(await page.textContent('[data-testid="knelpunt-next"]')).toContain(
      KnelpuntLevel.label(next?.intervention.level ?? 'rijk_decision', 'nl'),
    );
    const dueAt = state.stays.at(-1)?.dueAt ?? '';
    expect(await page.getAttribute('[data-testid="knelpunt-deadline"] time', 'datetime')).toBe(dueAt.slice(0, 10));
    expect(await page.textContent('[data-testid="knelpunt-deadline"]')).toContain('over tijd');
    expect(await page.locator('[data-testid="knelpunt-path"] li[aria-current="step"]').textContent()).toBe(
      KnelpuntLevel.label(state.level, 'nl'),
    );
    expect(await page.locator('[data-testid="knelpunt-history"] tbody tr').count()).toBe(state.stays.length);
    expect(await axeViolations()).toEqual([]);
    await shoot('knelpunt');
  });

  it('shows an area: steps, consents, the audit log with its chain verified, the agenda', async () => {
    await go(`#/gebied/${LINDEWAARD}`);
    const { snapshot, context } = await stored(LINDEWAARD);
    expect(await page.locator('[data-testid="steps"] tbody tr').count()).toBe(Object.keys(context.steps).length);
    expect(await page.locator('[data-testid="audit"] tbody tr').count()).toBe(context.auditLog.length);
    expect(verifyAuditLog(snapshot).ok).toBe(true);
    expect(await page.textContent('[data-testid="audit-verified"]')).toBe('Hashketen geverifieerd: in orde');
    const step4 = decisionsAndConsents(snapshot).consents.find((c) => c.stepId === 'afwegen-en-keuze');
    const row = page.locator('[data-testid="steps"] tbody tr', { hasText: 'Stap 4.' });
    const partyName = (id: string) => {
      const party = zuidmarkParties.find((p) => p.id === id);
      return party?.shortName ?? party?.name ?? id;
    };
    expect(step4?.missing.length).toBeGreaterThan(0);
    expect(await row.locator('td').nth(4).textContent()).toBe(step4?.missing.map(partyName).join(', '));
    expect(await page.locator('[data-testid="agenda"] tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations()).toEqual([]);
    await shoot('gebied');
  });

  it('sends a consent through the form; the overview updates without a reload', async () => {
    await go('#/');
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    const { snapshot } = await stored(LINDEWAARD);
    const missing = decisionsAndConsents(snapshot).consents.find((c) => c.stepId === 'afwegen-en-keuze')?.missing ?? [];
    const given =
      decisionsAndConsents(snapshot).consents.find((c) => c.stepId === 'afwegen-en-keuze')?.given.length ?? 0;
    const party = missing[0] ?? '';
    expect(await page.textContent(`[data-testid="consents-${LINDEWAARD}"]`)).toMatch(new RegExp(`^${given}/`));
    await page.selectOption('#processId', LINDEWAARD);
    await page.selectOption('#partyId', party);
    await page.selectOption('#outcome', 'adopted');
    await page.fill('#consentDate', '2027-07-15');
    const before = await renderCount();
    await page.click('[data-testid="consent-form"] button[type="submit"]');
    await rendered('#/', before);
    expect(await page.textContent('[data-testid="form-status"]')).toContain('Vastgelegd als versie');
    expect(await page.textContent(`[data-testid="consents-${LINDEWAARD}"]`)).toMatch(new RegExp(`^${given + 1}/`));
    const after = decisionsAndConsents((await stored(LINDEWAARD)).snapshot).consents.find(
      (c) => c.stepId === 'afwegen-en-keuze',
    );
    expect(after?.given.map((c) => c.partyId)).toContain(party);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await shoot('formulier-aanvaard');
  });

  it('shows the SDK’s Dutch reason when the process refuses the event', async () => {
    const form = {
      processId: LINDEWAARD,
      stepId: 'afwegen-en-keuze',
      partyId: 'dorpsraad-hoeverveen',
      outcome: 'adopted',
      date: '2027-07-16',
    };
    const { process } = await stored(LINDEWAARD);
    const reason = process.rejectionOf(consentEvent(form, consentingBody(process.definition.settings, form.partyId)), {
      untyped: true,
    });
    expect(reason).not.toBeNull();
    await page.selectOption('#processId', LINDEWAARD);
    await page.selectOption('#partyId', form.partyId);
    await page.fill('#consentDate', form.date);
    const before = await renderCount();
    await page.click('[data-testid="consent-form"] button[type="submit"]');
    await rendered('#/', before);
    expect(await page.textContent('[data-testid="form-status"]')).toBe(`Geweigerd: ${reason?.message.nl}`);
    expect(await axeViolations()).toEqual([]);
    await shoot('formulier-geweigerd');
  });

  it('shows the GOKIT-R heat map and cost S-curve with their data tables', async () => {
    await go('#/gokit');
    expect(await page.locator('[data-testid="heatmap"] svg').count()).toBe(1);
    expect(await page.locator('[data-testid="s-curve"] svg').count()).toBe(1);
    const result = simulateEstimate(nWegEstimate, { iterations: 20_000, seed: 20261128 });
    const p85 = page.locator('[data-testid="percentiles"] tbody tr', { hasText: 'P85' });
    expect(await p85.locator('td').nth(1).textContent()).toBe(formatEuro(result.p85, 'nl'));
    expect(await axeViolations()).toEqual([]);
    await shoot('gokit-r');
  });

  it('shows the afweging: ranking, weight sensitivity and SMAA rank acceptabilities', async () => {
    await go('#/afweging');
    const input = lindewaardAssessmentInput();
    const name = (id: string) => input.variants.find((v) => v.id === id)?.name.nl;
    const result = assess(input);
    const rows = await page.locator('[data-testid="ranking"] tbody tr td:nth-child(2)').allTextContents();
    expect(rows).toEqual(result.ranking.map((r) => name(r.variantId)));
    expect(await page.locator('[data-testid="ranking-chart"] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="sensitivity"] tbody tr').count()).toBe(
      result.sensitivity?.criteria.length ?? 0,
    );
    expect(await page.locator('[data-testid="smaa-chart"] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="smaa"] tbody tr').count()).toBe(result.ranking.length);
    expect(await axeViolations()).toEqual([]);
    await shoot('afweging');
  });

  it('switches to English: labels from the SDK in English', async () => {
    await go('#/');
    const before = await renderCount();
    await page.click('[data-testid="language"]');
    await rendered('#/', before);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('Province overview');
    const { snapshot } = await stored(HOGE_ZAND);
    const summary = progressSummary(snapshot, nowOf('2027-07-15'));
    expect(await page.textContent(`[data-testid="step-${HOGE_ZAND}"]`)).toBe(summary.position.stepLabel?.en);
    expect(await axeViolations()).toEqual([]);
    await shoot('overview-en');
  });
});
