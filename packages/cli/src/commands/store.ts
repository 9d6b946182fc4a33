import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type GebiedsprocesStore,
  openPostgresStore,
  openSqliteStore,
  type ProcessOverview,
} from '@gebiedsgericht/store';
import { integerOption, required, stringOption, type Values } from '../internal/args';
import { type Command, EXIT_FINDINGS, EXIT_OK, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { documentOf } from '../internal/documents';
import { formatPath, formatShare, keyValues, renderTable } from '../internal/format';
import { snapshotStream } from '../internal/processApi';
import { readText, validateSources } from '../internal/readInput';
import { cliFail } from '../messages';

/** The SQLite file used when neither `--db` nor `GEBIEDSGERICHT_DB` names a database. */
const DEFAULT_DB = 'gebiedsgericht.db';

const DB = { db: { type: 'string' } } as const;

function isPostgres(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Where the store is, as shown to people: a file name, or a connection string without its password. */
function describeDb(db: string): string {
  if (!isPostgres(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Opens the store named by `--db`, `GEBIEDSGERICHT_DB` or the default file, runs `use`, closes it. */
async function withStore<T>(
  ctx: Ctx,
  values: Values,
  use: (store: GebiedsprocesStore, db: string) => Promise<T>,
): Promise<T> {
  const db = stringOption(values, 'db') ?? ctx.io.env.GEBIEDSGERICHT_DB ?? DEFAULT_DB;
  const store = isPostgres(db)
    ? await openPostgresStore({ connectionString: db })
    : await openSqliteStore({ path: resolve(ctx.io.cwd, db) });
  try {
    return await use(store, describeDb(db));
  } finally {
    await store.close();
  }
}

/** `gebiedsgericht store init [--db …]` */
export const storeInitCommand: Command = {
  options: DB,
  maxPositionals: 0,
  async run(ctx, values) {
    const info = await withStore(ctx, values, async (store, db) => ({
      db,
      engine: store.engine,
      library: store.library,
    }));
    if (ctx.json) printJson(ctx, info);
    else
      ctx.print(
        `${ctx.out.green('✓')} ${ctx.lang === 'nl' ? 'Opslag gereed' : 'Store ready'}: ${info.db} (${info.engine}, ${info.library})`,
      );
    return EXIT_OK;
  },
};

/** What one input of `store import` became. */
interface Imported {
  readonly file: string;
  readonly what: 'process' | 'document';
  readonly id: string;
  readonly version: number;
}

async function importOne(ctx: Ctx, store: GebiedsprocesStore, source: string): Promise<Imported> {
  const { name, text } = await readText(ctx, source);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not one JSON value: an export in JSON lines (a header line, then one line per event).
    const { processId, version } = await store.importProcess(text);
    return { file: name, what: 'process', id: processId, version };
  }
  const document = documentOf(value);
  if (document.kind === 'gebiedsprocesSnapshot') {
    const stream = snapshotStream(document);
    const created = await store.create({
      template: stream.template,
      settings: stream.settings,
      startedAt: stream.startedAt,
    });
    let version = created.version;
    for (const event of stream.events) {
      const result = await store.append(created.processId, event, { expectedVersion: version });
      if (result.status !== 'accepted')
        throw cliFail('store_import_rejected', { file: name, code: result.reason.code });
      version = result.version;
    }
    return { file: name, what: 'process', id: created.processId, version };
  }
  const stored = await store.putDocument(document, { storedAt: ctx.io.now() });
  return { file: name, what: 'document', id: `${stored.kind} ${stored.id}`, version: stored.version };
}

/** `gebiedsgericht store import <file…> [--db …]` */
export const storeImportCommand: Command = {
  options: DB,
  maxPositionals: Number.POSITIVE_INFINITY,
  async run(ctx, values, positionals) {
    required(positionals, 0, ctx.lang === 'nl' ? 'bestand' : 'file');
    validateSources(positionals);
    const imported = await withStore(ctx, values, async (store) => {
      const out: Imported[] = [];
      for (const source of positionals) out.push(await importOne(ctx, store, source));
      return out;
    });
    if (ctx.json) printJson(ctx, imported);
    else
      for (const i of imported)
        ctx.print(
          `${ctx.out.green('✓')} ${i.file}: ${
            i.what === 'process'
              ? `${ctx.lang === 'nl' ? 'proces' : 'process'} ${i.id}, ${ctx.lang === 'nl' ? 'versie' : 'version'} ${i.version}`
              : `${i.id}, ${ctx.lang === 'nl' ? 'versie' : 'version'} ${i.version}`
          }`,
        );
    return EXIT_OK;
  },
};

/** `gebiedsgericht store export <processId> [--out FILE] [--db …]` */
export const storeExportCommand: Command = {
  options: { ...DB, out: { type: 'string' } },
  maxPositionals: 1,
  async run(ctx, values, positionals) {
    const processId = required(positionals, 0, 'processId');
    const text = await withStore(ctx, values, (store) => store.exportProcess(processId));
    const out = stringOption(values, 'out');
    if (out === undefined) {
      ctx.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      return EXIT_OK;
    }
    try {
      await writeFile(resolve(ctx.io.cwd, out), text.endsWith('\n') ? text : `${text}\n`, 'utf8');
    } catch (e) {
      throw cliFail('output_not_writable', { file: out, reason: String((e as { code?: unknown }).code ?? e) });
    }
    if (!ctx.json) ctx.printErr(`${ctx.err.green('✓')} ${out}`);
    return EXIT_OK;
  },
};

function overviewRows(ctx: Ctx, rows: readonly ProcessOverview[]): string {
  const nl = ctx.lang === 'nl';
  return renderTable(
    nl
      ? ['proces', 'stap', 'status', 'voortgang', 'open knelpunten', 'eerstvolgende termijn', 'laatste gebeurtenis']
      : ['process', 'step', 'status', 'progress', 'open knelpunten', 'next due', 'last event'],
    rows.map((r) => [
      r.processId,
      r.step,
      r.status,
      `${r.stepsClosed}/${r.stepCount} (${formatShare(r.progress, ctx.lang, 0)})`,
      String(r.openKnelpunten.length),
      r.nextDueAt ?? '–',
      r.lastEventAt,
    ]),
    [4],
  );
}

/** `gebiedsgericht store list [--province …] [--step …] [--status …] [--limit N] [--db …]` */
export const storeListCommand: Command = {
  options: {
    ...DB,
    province: { type: 'string' },
    step: { type: 'string' },
    status: { type: 'string' },
    limit: { type: 'string' },
  },
  maxPositionals: 0,
  async run(ctx, values) {
    const province = stringOption(values, 'province');
    const step = stringOption(values, 'step');
    const status = stringOption(values, 'status');
    const limit =
      stringOption(values, 'limit') === undefined ? undefined : integerOption(values, 'limit', 1, 100_000, 100);
    const rows = await withStore(ctx, values, (store) =>
      store.list({
        ...(province ? { provinceId: province } : {}),
        ...(step ? { step } : {}),
        ...(status ? { status } : {}),
        ...(limit ? { limit } : {}),
      }),
    );
    if (ctx.json) printJson(ctx, rows);
    else if (rows.length === 0) ctx.print(ctx.lang === 'nl' ? 'Geen processen gevonden.' : 'No processes found.');
    else ctx.print(overviewRows(ctx, rows));
    return EXIT_OK;
  },
};

/** `gebiedsgericht store show <processId> [--db …]` */
export const storeShowCommand: Command = {
  options: DB,
  maxPositionals: 1,
  async run(ctx, values, positionals) {
    const processId = required(positionals, 0, 'processId');
    const shown = await withStore(ctx, values, async (store) => {
      const version = await store.version(processId);
      const overview = (await store.list()).find((r) => r.processId === processId);
      const documents = await store.listDocuments({ processId });
      const rejected = await store.rejected(processId);
      return {
        processId,
        version,
        overview,
        documents: documents.map((d) => ({ kind: d.kind, id: d.id, version: d.version })),
        rejected: rejected.length,
      };
    });
    if (ctx.json) {
      printJson(ctx, shown);
      return EXIT_OK;
    }
    const nl = ctx.lang === 'nl';
    const o = shown.overview;
    const lines = [ctx.out.bold(`${nl ? 'Gebiedsproces' : 'Area process'} ${processId}`)];
    lines.push(
      keyValues([
        [nl ? 'versie' : 'version', String(shown.version)],
        ...(o
          ? ([
              [nl ? 'stap' : 'step', o.step],
              ['status', o.status],
              [
                nl ? 'voortgang' : 'progress',
                `${o.stepsClosed}/${o.stepCount} (${formatShare(o.progress, ctx.lang, 0)})`,
              ],
              [nl ? 'open knelpunten' : 'open knelpunten', String(o.openKnelpunten.length)],
              [nl ? 'laatste gebeurtenis' : 'last event', o.lastEventAt],
            ] as [string, string][])
          : []),
        [nl ? 'geweigerde gebeurtenissen' : 'rejected events', String(shown.rejected)],
        [
          nl ? 'documenten' : 'documents',
          shown.documents.map((d) => `${d.kind} ${d.id} (v${d.version})`).join(', ') || '–',
        ],
      ]),
    );
    ctx.print(lines.join('\n'));
    return EXIT_OK;
  },
};

/** `gebiedsgericht store verify [processId…] [--db …]`: every process when none is named. */
export const storeVerifyCommand: Command = {
  options: DB,
  maxPositionals: Number.POSITIVE_INFINITY,
  async run(ctx, values, positionals) {
    const reports = await withStore(ctx, values, async (store) => {
      const ids =
        positionals.length > 0 ? positionals : (await store.list({ limit: 1_000_000 })).map((r) => r.processId);
      const out = [];
      for (const id of ids) out.push(await store.verify(id));
      return out;
    });
    const ok = reports.every((r) => r.ok);
    if (ctx.json) printJson(ctx, { ok, reports });
    else {
      for (const r of reports) {
        if (r.ok)
          ctx.print(`${ctx.out.green('✓')} ${r.processId} (${ctx.lang === 'nl' ? 'versie' : 'version'} ${r.version})`);
        else {
          ctx.print(`${ctx.out.red('✗')} ${r.processId} (${ctx.lang === 'nl' ? 'versie' : 'version'} ${r.version})`);
          for (const p of r.problems)
            ctx.print(`  ${formatPath(p.path, ctx.lang)}: ${p.message[ctx.lang]} ${ctx.out.dim(`(${p.code})`)}`);
        }
      }
      if (reports.length === 0)
        ctx.print(ctx.lang === 'nl' ? 'Geen processen in de opslag.' : 'No processes in the store.');
    }
    return ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
