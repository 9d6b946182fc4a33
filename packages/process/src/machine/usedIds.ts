// The ids a process has used (decisions, changes, accepted consents, agreements), kept beside the
// context a running process holds, so that checking an event's ids does not read every earlier
// record: over a long stream that scan grew with each event. Only the running process keeps an
// index, for contexts it made itself with the reducer, which only ever appends to these lists;
// any other context (one given to `transition`, the actor's after `xstateOf`) is scanned as before.
import type { GebiedsprocesContext } from './gebiedsprocesContext';

/** The kinds of id that must be unique within a process. */
export type UsedIdKind = 'decision' | 'change' | 'consent' | 'agreement';

interface UsedIds {
  readonly ids: Record<UsedIdKind, Set<string>>;
  /** How many items of each list the sets hold. */
  readonly read: { decisions: number; changes: number; auditLog: number; agreements: number };
}

const indexes = new WeakMap<GebiedsprocesContext, UsedIds>();

function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Adds the items of `context`'s lists beyond those the index has read. */
function extend(index: UsedIds, context: GebiedsprocesContext): void {
  const { ids, read } = index;
  for (let i = read.decisions; i < context.decisions.length; i++) {
    ids.decision.add((context.decisions[i] as GebiedsprocesContext['decisions'][number]).decision.id);
  }
  for (let i = read.changes; i < context.changes.length; i++) {
    ids.change.add((context.changes[i] as GebiedsprocesContext['changes'][number]).change.id);
  }
  for (let i = read.agreements; i < context.agreements.length; i++) {
    ids.agreement.add((context.agreements[i] as GebiedsprocesContext['agreements'][number]).id);
  }
  for (let i = read.auditLog; i < context.auditLog.length; i++) {
    const entry = context.auditLog[i] as GebiedsprocesContext['auditLog'][number];
    const id = entry.accepted && entry.type === 'consent.record' ? idOf(entry.event?.consent) : undefined;
    if (id !== undefined) ids.consent.add(id);
  }
  read.decisions = context.decisions.length;
  read.changes = context.changes.length;
  read.agreements = context.agreements.length;
  read.auditLog = context.auditLog.length;
}

function indexOf(context: GebiedsprocesContext): UsedIds {
  const index: UsedIds = {
    ids: { decision: new Set(), change: new Set(), consent: new Set(), agreement: new Set() },
    read: { decisions: 0, changes: 0, auditLog: 0, agreements: 0 },
  };
  extend(index, context);
  return index;
}

/**
 * Moves the index of `from` (built now if it has none) to `to`, the context the reducer made from
 * it, reading only the items `to` added. A list that got shorter (never, with the reducer) is read
 * again in full.
 */
export function carryUsedIds(from: GebiedsprocesContext, to: GebiedsprocesContext): void {
  let index = indexes.get(from) ?? indexOf(from);
  const { read } = index;
  if (
    to.decisions.length < read.decisions ||
    to.changes.length < read.changes ||
    to.agreements.length < read.agreements ||
    to.auditLog.length < read.auditLog
  ) {
    index = indexOf(to);
  } else extend(index, to);
  indexes.delete(from);
  indexes.set(to, index);
}

/** Whether an accepted event of this process already used `id` for a `kind`; scans when the context has no index. */
export function isUsedId(context: GebiedsprocesContext, kind: UsedIdKind, id: string): boolean {
  const index = indexes.get(context);
  if (index) return index.ids[kind].has(id);
  switch (kind) {
    case 'decision':
      return context.decisions.some((d) => d.decision.id === id);
    case 'change':
      return context.changes.some((c) => c.change.id === id);
    case 'agreement':
      return context.agreements.some((a) => a.id === id);
    case 'consent':
      return context.auditLog.some(
        (entry) => entry.accepted && entry.type === 'consent.record' && idOf(entry.event?.consent) === id,
      );
  }
}
