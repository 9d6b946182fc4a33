/**
 * Every call from the store into `@gebiedsgericht/process` goes through this module, so the store
 * depends on a small, named part of the process API: create, restore, send, snapshot, context and
 * the dashboard queries.
 */
import { createHash } from 'node:crypto';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import {
  type AuditEntry,
  type ErrorIssue,
  GEBIEDSPROCES_SNAPSHOT_VERSION,
  type GebiedsprocesSettings,
  OPEN_KNELPUNT_LEVELS,
  type StepTemplate,
} from '@gebiedsgericht/core';
import {
  AUDIT_GENESIS_HASH,
  createGebiedsproces,
  currentPosition,
  nextIjkmomenten,
  type ProvincialRollup,
  progressSummary,
  provincialRollup,
  type RunningGebiedsproces,
  rejectionOfAuditLink,
  restoreTrustedGebiedsproces,
  verifyAuditLog,
} from '@gebiedsgericht/process';
import { storeMessages } from '../messages';

export type { ProvincialRollup, RunningGebiedsproces };

/** The snapshot schema version this release of the process package writes. */
export const SNAPSHOT_SCHEMA_VERSION: number = GEBIEDSPROCES_SNAPSHOT_VERSION;

/** What a stream starts from. */
export interface StreamStart {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
  readonly startedAt: string;
}

/** Starts a new process (throws the process package's typed error for bad input). */
export function startProcess(start: StreamStart): RunningGebiedsproces {
  return createGebiedsproces({ template: start.template, settings: start.settings, startedAt: start.startedAt });
}

/**
 * Restores a snapshot of the current version that this store wrote and that passed its checks
 * (checksum of the text, audit head equal to the stored event's entry): the context is not
 * validated again nor its audit chain recomputed. `snapshot` must be a fresh parse.
 */
export function restoreCheckedProcess(snapshot: unknown): RunningGebiedsproces {
  return restoreTrustedGebiedsproces(snapshot);
}

/** The last accepted audit entry in a parsed snapshot, or `undefined`. */
export function snapshotHeadOf(snapshot: unknown): AuditEntry | undefined {
  const log = (snapshot as { context?: { auditLog?: unknown } } | null)?.context?.auditLog;
  if (!Array.isArray(log)) return undefined;
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i] as AuditEntry | undefined;
    if (entry?.accepted) return entry;
  }
  return undefined;
}

/** The process id, area, province and template a set of settings describes. */
export function describeSettings(start: StreamStart): {
  processId: string;
  areaId: string | null;
  provinceIds: string[];
  templateId: string;
} {
  const settings = start.settings as GebiedsprocesSettings & { areaId?: string; provinceId?: string };
  const provinces = new Set<string>();
  if (settings.provinceId) provinces.add(settings.provinceId);
  for (const party of settings.medeoverheden ?? []) if (party.layer === 'provincie') provinces.add(party.partyId);
  return {
    processId: settings.processId,
    areaId: settings.areaId ?? null,
    provinceIds: [...provinces].sort(),
    templateId: start.template.id,
  };
}

/** The outcome of sending one event. */
export type SendOutcome =
  | {
      readonly accepted: true;
      readonly entry: AuditEntry;
      /** The event is identical to one the process accepted before: nothing was applied, `entry` is that one's. */
      readonly duplicate?: true;
    }
  | { readonly accepted: false; readonly reason: ErrorIssue; readonly entry?: AuditEntry };

/** Sends an event; the process decides. */
export function sendEvent(process: RunningGebiedsproces, event: unknown, now?: string): SendOutcome {
  const result = process.send(event, now === undefined ? { untyped: true } : { untyped: true, now });
  if (result.accepted) return { accepted: true, entry: result.entry, ...(result.duplicate ? { duplicate: true } : {}) };
  return { accepted: false, reason: result.reason, ...(result.entry ? { entry: result.entry } : {}) };
}

/** The persisted snapshot of a running process, as plain JSON. */
export function snapshotOf(process: RunningGebiedsproces): Record<string, unknown> {
  return process.snapshot() as unknown as Record<string, unknown>;
}

/**
 * A snapshot as the store writes it: the snapshot's JSON (UTF-8) compressed with gzip, as one or
 * more gzip members that read as one stream, and the SHA-256 (lowercase hex) of those bytes.
 */
export interface SnapshotData {
  readonly data: Buffer;
  readonly checksum: string;
}

/**
 * The gzip level of stored snapshots: the fastest. Higher levels save about 2–4 % of the size of
 * the store's snapshots and take up to three times as long (`bench/snapshotCompression.ts`);
 * decompressing is about as fast for every level.
 */
export const SNAPSHOT_GZIP_LEVEL = 1;

/**
 * Entries of a growing list are compressed into a gzip member of their own once this much of their
 * text has gathered; until then they are compressed again with the rest of each snapshot.
 */
const MEMBER_TEXT_LENGTH = 64 * 1024;

const EVERY_NON_ASCII = /[\u0080-\uffff]/g;

/**
 * The same JSON with every character outside ASCII written as a `\uXXXX` escape (a character
 * beyond U+FFFF as its two surrogates, as JSON allows). A text of ASCII only becomes a string of
 * one byte per character when it is read back, which decodes in about half the time; a few dashes
 * or quotes in the settings would otherwise make the whole snapshot a string of two bytes each.
 */
export function asciiJson(json: string): string {
  // Every character outside ASCII takes two or more bytes in UTF-8; counting them is quicker
  // than searching for them.
  if (Buffer.byteLength(json, 'utf8') === json.length) return json;
  return json.replace(EVERY_NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function gzip(text: string): Buffer {
  return gzipSync(asciiJson(text), { level: SNAPSHOT_GZIP_LEVEL });
}

/**
 * The lists of a context that the snapshot text starts with, in order: the audit log first, then
 * every other list at the top of the context. They only grow as events arrive (a list that
 * changes otherwise is serialised again, see {@link snapshotDataOf}).
 */
function listKeysOf(context: Readonly<Record<string, unknown>>): string[] {
  return ['auditLog', ...Object.keys(context).filter((key) => key !== 'auditLog' && Array.isArray(context[key]))];
}

/** The text that opens the list `key` at position `index` of the snapshot text. */
function listOpening(key: string, index: number): string {
  return `${index === 0 ? '{"context":{' : ','}${JSON.stringify(key)}:[`;
}

/** The text after the lists: the rest of the context, then the snapshot's own members. */
function tailOf(
  process: RunningGebiedsproces,
  context: Readonly<Record<string, unknown>>,
  listKeys: readonly string[],
  definitionText: string,
): string {
  const rest: Record<string, unknown> = { ...context };
  for (const key of listKeys) delete rest[key];
  const restText = JSON.stringify(rest);
  const log = context.auditLog as readonly unknown[];
  return (
    `${restText.length > 2 ? `,${restText.slice(1, -1)}` : ''}},"kind":"gebiedsprocesSnapshot",` +
    `"schemaVersion":${GEBIEDSPROCES_SNAPSHOT_VERSION},"id":${JSON.stringify(process.definition.settings.processId)},` +
    `"revision":${log.length},${definitionText}}`
  );
}

function definitionTextOf(process: RunningGebiedsproces): string {
  const { template, settings } = process.definition;
  return `"template":${JSON.stringify(template)},"settings":${JSON.stringify(settings)}`;
}

/**
 * The text of a snapshot: the value of `process.snapshot()` as JSON in ASCII (see
 * {@link asciiJson}), with the lists of the context first, the audit log leading
 * (`{"context":{"auditLog":[...],"changes":[...],...,"status":...},"kind":...}`; the order of
 * members means nothing in JSON). What `snapshotDataOf` compresses, written in one piece; for
 * tests and benchmarks.
 */
export function snapshotTextOf(process: RunningGebiedsproces): string {
  const context = process.context() as unknown as Readonly<Record<string, unknown>>;
  const listKeys = listKeysOf(context);
  let text = '';
  for (const [index, key] of listKeys.entries()) {
    const list = context[key] as readonly unknown[];
    text += `${listOpening(key, index)}${list.map((item) => JSON.stringify(item) ?? 'null').join(',')}]`;
  }
  return asciiJson(text + tailOf(process, context, listKeys, definitionTextOf(process)));
}

/** What is kept of one list of a running process between its snapshots. */
interface KeptList {
  readonly key: string;
  /** The items whose text is in `members` and `pending`, to see that the list still starts with them. */
  readonly items: unknown[];
  /** gzip members holding the list's text from its opening up to `pending`. */
  members: Buffer[];
  /** The text of the items after `members` (from the opening while there are no members). */
  pending: string;
}

/** What is kept of one running process between its snapshots. */
interface SnapshotKeeper {
  readonly lists: readonly KeptList[];
  /** Template and settings never change in a running process: serialised once. */
  readonly definitionText: string;
}

const keepers = new WeakMap<RunningGebiedsproces, SnapshotKeeper>();

function freshList(key: string, index: number): KeptList {
  return { key, items: [], members: [], pending: listOpening(key, index) };
}

function freshKeeper(process: RunningGebiedsproces, listKeys: readonly string[]): SnapshotKeeper {
  return {
    lists: listKeys.map(freshList),
    definitionText: asciiJson(definitionTextOf(process)),
  };
}

/** Whether `list` still starts with the very items kept (the same objects, in order). */
function startsWith(list: readonly unknown[], items: readonly unknown[]): boolean {
  if (list.length < items.length) return false;
  for (let i = 0; i < items.length; i++) if (list[i] !== items[i]) return false;
  return true;
}

/**
 * The snapshot of a running process as the store writes it (see {@link SnapshotData}).
 *
 * The audit log and the other lists of the context grow as events arrive, and the snapshot text
 * starts with them, so their compressed text is kept for the process between calls: each item is
 * serialised once, and compressed once as part of a gzip member of about 64 kB of text. A later
 * snapshot compresses the items added since the last full member of each list, the rest of the
 * context, and the template and settings, and hashes the stored bytes. gzip readers read
 * consecutive members as one stream, so the stored bytes decompress to the whole text. A list
 * that no longer starts with the very items kept (changed, or a process that was rebuilt) is
 * serialised again.
 */
export function snapshotDataOf(process: RunningGebiedsproces): SnapshotData {
  const context = process.context() as unknown as Readonly<Record<string, unknown>>;
  const listKeys = listKeysOf(context);
  let keeper = keepers.get(process);
  if (!keeper || keeper.lists.length !== listKeys.length || keeper.lists.some((l, i) => l.key !== listKeys[i])) {
    keeper = freshKeeper(process, listKeys);
    keepers.set(process, keeper);
  }
  const parts: Buffer[] = [];
  let text = '';
  for (const [index, kept] of keeper.lists.entries()) {
    const list = context[kept.key] as readonly unknown[];
    if (!startsWith(list, kept.items)) Object.assign(kept, freshList(kept.key, index));
    let added = '';
    for (let i = kept.items.length; i < list.length; i++) {
      added += `${i === 0 ? '' : ','}${JSON.stringify(list[i]) ?? 'null'}`;
      kept.items.push(list[i]);
    }
    kept.pending += added;
    if (kept.pending.length >= MEMBER_TEXT_LENGTH) {
      kept.members.push(gzip(kept.pending));
      kept.pending = '';
    }
    if (kept.members.length > 0) {
      if (text.length > 0) parts.push(gzip(text));
      parts.push(...kept.members);
      text = '';
    }
    text += `${kept.pending}]`;
  }
  parts.push(gzip(text + tailOf(process, context, listKeys, keeper.definitionText)));
  const data = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  return { data, checksum: checksumOf(data) };
}

/** The checksum the store keeps beside a snapshot: SHA-256 (lowercase hex) of the stored bytes or text. */
function checksumOf(stored: Uint8Array | string): string {
  return createHash('sha256').update(stored).digest('hex');
}

/** The largest output chunk to decompress into at once (64 MiB). */
const MAX_CHUNK = 64 * 1024 * 1024;

/**
 * The JSON text of a stored snapshot row, or `null` when its checksum does not match: `gzip`
 * rows hold compressed bytes with the SHA-256 of those bytes, `json` rows (written before the
 * store compressed snapshots) the text with the SHA-256 of the text. Throws when bytes that match
 * their checksum do not decompress.
 */
export function storedSnapshotText(encoding: string, body: unknown, data: unknown, checksum: string): string | null {
  if (encoding === 'gzip') {
    if (!(data instanceof Uint8Array)) return null;
    if (checksumOf(data) !== checksum) return null;
    // One output chunk of about the whole text (JSON compresses about tenfold) instead of
    // 16 KiB chunks joined at the end: one copy of the text fewer.
    const chunkSize = Math.min(MAX_CHUNK, Math.max(constants.Z_DEFAULT_CHUNK, data.length * 16));
    return gunzipSync(data, { chunkSize }).toString('utf8');
  }
  if (encoding !== 'json' || typeof body !== 'string') return null;
  return checksumOf(body) === checksum ? body : null;
}

/** The snapshot schema version written in a stored snapshot, or `null` when unreadable. */
export function snapshotVersionOf(snapshot: unknown): number | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const v = (snapshot as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' ? v : null;
}

/** How many accepted events the process has applied (its audit log). */
export function appliedCount(process: RunningGebiedsproces): number {
  return process.context().auditLog.filter((entry) => entry.accepted).length;
}

/** The stream version of an accepted audit entry of the process: its position among the accepted ones, from 1. */
export function versionOfEntry(process: RunningGebiedsproces, entry: AuditEntry): number {
  return auditEntriesOf(process).findIndex((e) => e.seq === entry.seq) + 1;
}

/** Whether a stored event applied as a new one on replay (a duplicate of an earlier one did not). */
export function appliedAsNew(outcome: SendOutcome): boolean {
  return outcome.accepted && !outcome.duplicate;
}

/** The accepted audit entries of the process, in order. */
export function auditEntriesOf(process: RunningGebiedsproces): readonly AuditEntry[] {
  return process.context().auditLog.filter((entry) => entry.accepted);
}

/** One open knelpunt in the read model. */
export interface OpenKnelpuntSummary {
  readonly id: string;
  readonly level: string;
  readonly dueAt: string | null;
}

/** The fields of the read model that come from the process, computed at `now`. */
export interface ProcessSummary {
  readonly step: string;
  readonly status: string;
  readonly stepsClosed: number;
  readonly stepCount: number;
  readonly progress: number;
  readonly nextIjkmomenten: Readonly<Record<string, { id: string; date: string }>>;
  readonly openKnelpunten: readonly OpenKnelpuntSummary[];
}

interface KnelpuntLike {
  readonly level: string;
  readonly stays: readonly { readonly level: string; readonly dueAt?: string }[];
}

interface ContextView {
  readonly status: string;
  readonly position: string;
  readonly steps: Readonly<Record<string, { readonly status: string }>>;
  readonly knelpunten?: { readonly items?: Readonly<Record<string, KnelpuntLike>> };
  readonly ijkmomenten?: { readonly schedule?: Parameters<typeof nextIjkmomenten>[0] };
}

function openKnelpuntenOf(context: ContextView): OpenKnelpuntSummary[] {
  const open = new Set<string>(OPEN_KNELPUNT_LEVELS);
  return Object.entries(context.knelpunten?.items ?? {})
    .filter(([, state]) => open.has(state.level))
    .map(([id, state]) => {
      const stay = state.stays[state.stays.length - 1];
      return { id, level: state.level, dueAt: stay?.level === state.level && stay.dueAt ? stay.dueAt : null };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function nextIjkmomentenOf(context: ContextView, now: string): Record<string, { id: string; date: string }> {
  const next: Record<string, { id: string; date: string }> = {};
  const schedule = context.ijkmomenten?.schedule;
  if (schedule) {
    for (const [kind, occurrence] of Object.entries(nextIjkmomenten(schedule, now))) {
      if (occurrence) next[kind] = { id: occurrence.id, date: occurrence.date };
    }
  }
  return next;
}

/**
 * The dashboard summary of a process at `now` (the time of its last event), read from the
 * context without serialising a snapshot: cheap enough for every append.
 */
export function summarize(process: RunningGebiedsproces, template: StepTemplate, now: string): ProcessSummary {
  const context = process.context() as unknown as ContextView;
  const inStep = template.steps.some((step) => step.id === context.position);
  const stepsClosed = template.steps.filter((step) => context.steps[step.id]?.status === 'closed').length;
  return {
    step: inStep ? context.position : 'monitoring',
    status: context.status,
    stepsClosed,
    stepCount: template.steps.length,
    progress: stepsClosed / template.steps.length,
    nextIjkmomenten: nextIjkmomentenOf(context, now),
    openKnelpunten: openKnelpuntenOf(context),
  };
}

/** The same summary through the process package's queries over a snapshot (used to verify). */
export function summarizeWithQueries(process: RunningGebiedsproces, now: string): ProcessSummary {
  const snapshot = process.snapshot();
  const progress = progressSummary(snapshot, now);
  const position = currentPosition(snapshot);
  const context = process.context() as unknown as ContextView;
  return {
    step: position.stepId ?? position.phase,
    status: position.status,
    stepsClosed: progress.stepsClosed,
    stepCount: progress.stepCount,
    progress: progress.share,
    nextIjkmomenten: nextIjkmomentenOf(context, now),
    openKnelpunten: openKnelpuntenOf(context),
  };
}

/** The provincial roll-up over stored snapshots. */
export function rollup(snapshots: readonly unknown[], provinceId?: string): ProvincialRollup {
  return provincialRollup(snapshots, provinceId ? { provinceId } : {});
}

/**
 * Problems in the audit trail of a replayed process: sequence numbers that do not count up from
 * 0. A hash-chain check over the same entries belongs here as well.
 */
export function auditEntryProblems(entries: readonly AuditEntry[]): ErrorIssue[] {
  const verified = verifyAuditLog(entries);
  if (verified.ok) return [];
  return [
    storeMessages.issue(
      'verification_failed',
      {
        detailNl: `de auditketen is verbroken bij regel ${verified.index}: ${verified.message.nl}`,
        detailEn: `the audit chain breaks at entry ${verified.index}: ${verified.message.en}`,
      },
      ['auditLog', verified.index],
    ),
  ];
}

/**
 * Whether a new audit entry (stream version `version`) extends the stored chain whose last entry
 * is `previous` (none for the first event): `null` when it does, else the process's reason.
 * `madeHere`: the entry comes straight from the process and `previous` is the stored head this
 * store wrote itself. `log`: the audit log of the process that produced the entry; the entries it
 * derived from an accepted document after `previous` (the configuration from the startnotitie,
 * `accepted: false` with `derivedFrom`) are not stored as events, so the new entry links to the
 * last of them, which the log holds next to `previous`.
 */
export function rejectionOfStoredLink(
  previous: AuditEntry | undefined,
  version: number,
  entry: AuditEntry,
  { madeHere = false, log = [] }: { readonly madeHere?: boolean; readonly log?: readonly AuditEntry[] } = {},
): ErrorIssue | null {
  const from = previous ? previous.seq + 1 : 0;
  const between = entry.seq > from ? log.slice(from, entry.seq) : [];
  const derived =
    between.length > 0 &&
    between.length === entry.seq - from &&
    between.every((e) => !e.accepted && e.derivedFrom !== undefined) &&
    (previous === undefined || log[previous.seq]?.hash === previous.hash);
  const head = derived ? between[between.length - 1] : previous;
  // The entry's position in the log: after `previous` and any entries derived after it (without
  // derived entries in the log that is `version - 1`).
  const length = derived ? entry.seq : previous ? previous.seq + 1 : version - 1;
  // An entry the process produced a moment ago in this store, after a head this store wrote
  // itself, needs no new schema check or hash: only that it links to that head.
  if (madeHere && head && entry.seq === length && entry.prevHash === head.hash) return null;
  return rejectionOfAuditLink({ length, hash: head ? head.hash : AUDIT_GENESIS_HASH }, entry);
}
