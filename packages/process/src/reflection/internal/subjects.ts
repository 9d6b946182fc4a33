import type { GebiedsprocesDesign, IssuePath, ReflectionInput, StartnotitieDesign } from '@gebiedsgericht/core';

/** A gebiedsproces in the input, with the path at which it sits. */
export interface GebiedsprocesSubject {
  readonly doc: GebiedsprocesDesign;
  readonly path: IssuePath;
}

/** A startnotitie in the input, with its path and the gebiedsproces that holds it (if any). */
export interface StartnotitieSubject {
  readonly doc: StartnotitieDesign;
  readonly path: IssuePath;
  readonly gebiedsproces?: GebiedsprocesSubject;
}

/**
 * Every gebiedsproces in the input: the standalone one (`['gebiedsproces']`) and each area process
 * of the arrangement, addressed by its id (`['arrangement', 'gebiedsprocessen', id]`).
 */
export function gebiedsprocessen(input: ReflectionInput): GebiedsprocesSubject[] {
  const out: GebiedsprocesSubject[] = [];
  if (input.gebiedsproces) out.push({ doc: input.gebiedsproces, path: ['gebiedsproces'] });
  for (const g of input.arrangement?.gebiedsprocessen ?? []) {
    out.push({ doc: g, path: ['arrangement', 'gebiedsprocessen', g.id] });
  }
  return out;
}

/**
 * Every startnotitie in the input: the standalone one, and the one embedded in each gebiedsproces
 * (skipped when it is the standalone one under the same id, so nothing is reported twice).
 */
export function startnotities(input: ReflectionInput): StartnotitieSubject[] {
  const out: StartnotitieSubject[] = [];
  const standalone = input.startnotitie;
  const processes = gebiedsprocessen(input);
  if (standalone) {
    const owner = processes.find((g) => g.doc.startnotitie?.id === standalone.id);
    out.push({ doc: standalone, path: ['startnotitie'], ...(owner ? { gebiedsproces: owner } : {}) });
  }
  for (const g of processes) {
    const own = g.doc.startnotitie;
    if (!own || own.id === standalone?.id) continue;
    out.push({ doc: own, path: [...g.path, 'startnotitie'], gebiedsproces: g });
  }
  return out;
}

/** `[...base, key, item.id]`: an array element addressed by its id. */
export function byId(base: IssuePath, key: string, item: { readonly id: string }): IssuePath {
  return [...base, key, item.id];
}
