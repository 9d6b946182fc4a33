// The ids a process has used (decisions, changes, accepted consents, agreements), kept beside the
// context a running process holds, so that checking an event's ids does not read every earlier
// record: over a long stream that scan grew with each event. Only the running process keeps an
// index, for contexts it made itself with the reducer, which only ever appends to these lists;
// any other context (one given to `transition`) is scanned.
import type { GebiedsprocesContext } from './gebiedsprocesContext';

/** The kinds of id that must be unique within a process. */
export type UsedIdKind = 'decision' | 'change' | 'consent' | 'agreement';

/** The id an object carries as `id`, if it is a string. */
export function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

type Item<K extends keyof GebiedsprocesContext> = GebiedsprocesContext[K] extends readonly (infer T)[] ? T : never;

/** Per kind: the list of the context that holds its ids, and the id an item of it uses (if any). */
const SOURCES: {
  readonly [K in UsedIdKind]: {
    readonly list: (context: GebiedsprocesContext) => readonly unknown[];
    readonly idOf: (item: never) => string | undefined;
  };
} = {
  decision: { list: (c) => c.decisions, idOf: (d: Item<'decisions'>) => d.decision.id },
  change: { list: (c) => c.changes, idOf: (c: Item<'changes'>) => c.change.id },
  agreement: { list: (c) => c.agreements, idOf: (a: Item<'agreements'>) => a.id },
  consent: {
    list: (c) => c.auditLog,
    idOf: (entry: Item<'auditLog'>) =>
      entry.accepted && entry.type === 'consent.record' ? idOf(entry.event?.consent) : undefined,
  },
};
const KINDS = Object.keys(SOURCES) as UsedIdKind[];

/** Per kind, the ids used and how many items of its list they were read from. */
type UsedIds = Record<UsedIdKind, { readonly ids: Set<string>; read: number }>;

const indexes = new WeakMap<GebiedsprocesContext, UsedIds>();

function idsOf(kind: UsedIdKind, item: unknown): string | undefined {
  return (SOURCES[kind].idOf as (item: unknown) => string | undefined)(item);
}

/** Adds the items of `context`'s lists beyond those the index has read. */
function extend(index: UsedIds, context: GebiedsprocesContext): void {
  for (const kind of KINDS) {
    const list = SOURCES[kind].list(context);
    const used = index[kind];
    for (let i = used.read; i < list.length; i++) {
      const id = idsOf(kind, list[i]);
      if (id !== undefined) used.ids.add(id);
    }
    used.read = list.length;
  }
}

function indexOf(context: GebiedsprocesContext): UsedIds {
  const index = Object.fromEntries(KINDS.map((kind) => [kind, { ids: new Set<string>(), read: 0 }])) as UsedIds;
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
  if (KINDS.some((kind) => SOURCES[kind].list(to).length < index[kind].read)) index = indexOf(to);
  else extend(index, to);
  indexes.delete(from);
  indexes.set(to, index);
}

/** Whether an accepted event of this process already used `id` for a `kind`; scans when the context has no index. */
export function isUsedId(context: GebiedsprocesContext, kind: UsedIdKind, id: string): boolean {
  const index = indexes.get(context);
  if (index) return index[kind].ids.has(id);
  return SOURCES[kind].list(context).some((item) => idsOf(kind, item) === id);
}
