/**
 * `npm run dashboard`: starts the province dashboard on a SQLite file seeded with the fixture areas
 * and prints its URL. Usage: `tsx src/server/main.ts [file.db] [--port 8080]`; without a file it
 * uses a new file in a temp dir, so every start begins from the seed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDashboard } from './startDashboard';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 8080);
const file = args.find((arg, i) => !arg.startsWith('--') && (portIndex < 0 || i !== portIndex + 1));
const path = file ?? join(mkdtempSync(join(tmpdir(), 'dashboard-')), 'gebiedsprocessen.db');

const dashboard = await startDashboard({ path, port });
console.log(`Dashboard Provincie Zuidmark (fictief) draait op ${dashboard.url}`);
console.log(`Gegevens: ${path}. Stoppen met Ctrl+C.`);
const stop = () => {
  dashboard.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
