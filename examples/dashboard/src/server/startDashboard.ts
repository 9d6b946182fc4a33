/**
 * The dashboard's web server (Node's `http`): serves the built page from `dist/` and the JSON of
 * each view, and passes the event form on to the store. Opens (and, when empty, seeds) a SQLite file.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { type GebiedsprocesStore, openSqliteStore } from '@gebiedsgericht/store';
import { seedStore } from './seedAreas';
import { afwegingView, areaView, consentEvent, consentingBody, gokitView, knelpuntView, overviewView } from './views';

/** Where `npm run build -w @gebiedsgericht/example-dashboard` writes the page. */
export const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** Options of {@link startDashboard}. */
export interface DashboardOptions {
  /** The SQLite file; seeded with the fixture areas when it holds no process yet. */
  readonly path: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The province whose overview the page shows. */
  readonly provinceId?: string;
}

/** A running dashboard. */
export interface RunningDashboard {
  readonly url: string;
  readonly store: GebiedsprocesStore;
  close(): Promise<void>;
}

const STATIC: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9:._-]{0,120}$/;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** The request body as JSON, or `null` when it is too large or not JSON. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64_000) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}

function text(value: unknown, pattern: RegExp): string | null {
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

/**
 * Starts the dashboard on a SQLite file and answers once it listens.
 *
 * @example
 * const dashboard = await startDashboard({ path: 'dashboard.db', port: 8080 });
 * console.log(dashboard.url);
 */
export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const provinceId = options.provinceId ?? 'provincie-zuidmark';
  const store = await openSqliteStore({ path: options.path, durability: 'normal' });
  if ((await store.list({ limit: 1 })).length === 0) await seedStore(store);
  const rows = await store.list({ provinceId });
  const defaultDate =
    rows
      .map((r) => r.lastEventAt.slice(0, 10))
      .sort()
      .at(-1) ?? '2027-01-01';
  const fixed = { gokit: gokitView(), afweging: afwegingView() };
  // One request at a time against the store: the event form and the views never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const asset = STATIC[url.pathname];
    if (req.method === 'GET' && asset) {
      try {
        const body = await readFile(join(distDir, asset.file));
        res.writeHead(200, { 'content-type': asset.type });
        res.end(body);
      } catch {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('De pagina is nog niet gebouwd: npm run build -w @gebiedsgericht/example-dashboard');
      }
      return;
    }
    if (parts[0] !== 'api') return send(res, 404, { error: 'not found' });
    const date = text(url.searchParams.get('date'), DATE) ?? defaultDate;
    if (req.method === 'GET' && parts[1] === 'overview' && parts.length === 2)
      return send(res, 200, await serial(() => overviewView(store, provinceId, date)));
    if (req.method === 'GET' && parts[1] === 'areas' && parts.length === 3) {
      const id = text(parts[2], ID);
      if (!id) return send(res, 404, { error: 'not found' });
      return send(res, 200, await serial(() => areaView(store, id)));
    }
    if (req.method === 'GET' && parts[1] === 'knelpunten' && parts.length === 4) {
      const processId = text(parts[2], ID);
      const knelpuntId = text(parts[3], ID);
      const view =
        processId && knelpuntId ? await serial(() => knelpuntView(store, processId, knelpuntId, date)) : null;
      return view ? send(res, 200, view) : send(res, 404, { error: 'not found' });
    }
    if (req.method === 'GET' && parts[1] === 'gokit' && parts.length === 2) return send(res, 200, fixed.gokit);
    if (req.method === 'GET' && parts[1] === 'afweging' && parts.length === 2) return send(res, 200, fixed.afweging);
    if (req.method === 'POST' && parts[1] === 'events' && parts.length === 2) {
      const body = (await readJson(req)) as Record<string, unknown> | null;
      const form = {
        processId: text(body?.processId, ID),
        stepId: text(body?.stepId, ID),
        partyId: text(body?.partyId, ID),
        outcome: text(body?.outcome, ID),
        date: text(body?.date, DATE),
      };
      if (!form.processId || !form.stepId || !form.partyId || !form.outcome || !form.date)
        return send(res, 400, {
          status: 'invalid',
          reason: { nl: 'Het formulier is niet volledig ingevuld.', en: 'The form is incomplete.' },
        });
      const valid = { ...form } as { [K in keyof typeof form]: string };
      const result = await serial(async () => {
        const { process, version } = await store.load(valid.processId);
        const bodyId = consentingBody(process.definition.settings, valid.partyId);
        return store.append(valid.processId, consentEvent(valid, bodyId), { expectedVersion: version });
      });
      if (result.status === 'accepted') return send(res, 200, { status: 'accepted', version: result.version });
      if (result.status === 'rejected')
        return send(res, 422, { status: 'rejected', code: result.reason.code, reason: result.reason.message });
      return send(res, 409, {
        status: 'conflict',
        reason: { nl: 'Iemand anders was u voor; probeer het opnieuw.', en: 'Someone else was first; try again.' },
      });
    }
    return send(res, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isGebiedsgerichtError(error)) {
        const status = error.code === 'unknown_process' ? 404 : 400;
        return send(res, status, { status: 'error', code: error.code, reason: error.label });
      }
      send(res, 500, { status: 'error', reason: { nl: 'Interne fout', en: 'Internal error' } });
      console.error(error);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}/`,
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    },
  };
}
