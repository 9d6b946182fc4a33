// A small consumer of process and core, type-checked against the built declarations by
// scripts/budgets/types.mjs to keep the cost of the SDK's types for users in view.
import type { GebiedsprocesSettings, Startnotitie } from '@gebiedsgericht/core';
import { StartnotitieSchema } from '@gebiedsgericht/core';
import { type createGebiedsproces, dueItems, progressSummary, settingsFromStartnotitie } from '@gebiedsgericht/process';

export function summarise(snapshot: unknown, now: string) {
  return { progress: progressSummary(snapshot, now), due: dueItems(snapshot, now) };
}
export function settings(
  input: unknown,
  actors: Parameters<typeof settingsFromStartnotitie>[1],
): GebiedsprocesSettings {
  const startnotitie: Startnotitie = StartnotitieSchema.parse(input);
  return settingsFromStartnotitie(startnotitie, actors, { processId: 'gebiedsproces-lindewaard' });
}
export type RunningGebiedsproces = ReturnType<typeof createGebiedsproces>;
