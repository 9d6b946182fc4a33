/**
 * Smoke run of the dashboard (`npm run example:smoke`): starts it on a fresh seeded file at a free
 * port, asks the page and every view's JSON once, and stops. Fails when anything answers badly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDashboard } from './startDashboard';

const dir = mkdtempSync(join(tmpdir(), 'dashboard-smoke-'));
const dashboard = await startDashboard({ path: join(dir, 'gebiedsprocessen.db'), port: 0 });
try {
  const paths = [
    '',
    'app.js',
    'app.css',
    'api/overview',
    'api/areas/gebiedsproces-lindewaard',
    'api/knelpunten/gebiedsproces-lindewaard/knelpunt-wind-hoeverveen',
    'api/gokit',
    'api/afweging',
  ];
  for (const path of paths) {
    const response = await fetch(new URL(path, dashboard.url));
    if (!response.ok) throw new Error(`${path || '/'}: HTTP ${response.status}`);
    await response.arrayBuffer();
  }
  console.log(`Dashboard op ${dashboard.url}: pagina en ${paths.length - 3} views in orde`);
} finally {
  await dashboard.close();
  rmSync(dir, { recursive: true, force: true });
}
