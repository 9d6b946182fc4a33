import { runningValueOf, stateValueOf } from '../internal/readContext';
import { knelpuntActorId } from '../knelpunten/KnelpuntenSlice';
import { regimeActorId } from '../regimes/RegimesSlice';
import type { GebiedsprocesContext } from './gebiedsprocesContext';

/** The persisted snapshot of a child actor in the state `value` with `context`. */
function childSnapshot(src: string, value: string, context: object) {
  return {
    src,
    syncSnapshot: false,
    snapshot: { status: 'active', value, historyValue: {}, context, children: {} },
  };
}

/**
 * The XState persisted snapshot of the area process machine, derived from a validated context:
 * the state value from the position and status, the deep history of a suspended process from the
 * position it was suspended in, one knelpunt child actor per knelpunt record (in the state of its
 * level) and one regime child actor per regime record (in the state of its status). Restore builds
 * the actor from this, so nothing of XState's own format is read from a stored snapshot.
 */
export function machineSnapshotOf(context: GebiedsprocesContext): Record<string, unknown> {
  const children: Record<string, unknown> = {};
  for (const [id, state] of Object.entries(context.knelpunten.items)) {
    children[knelpuntActorId(id)] = childSnapshot('knelpunt', state.level, state);
  }
  for (const [id, state] of Object.entries(context.regimes)) {
    children[regimeActorId(id)] = childSnapshot('delegationRegime', state.status, state);
  }
  const running = runningValueOf(context);
  const atomic = typeof running === 'string' ? running : `monitoring.${running.monitoring}`;
  return {
    status: 'active',
    value: stateValueOf(context),
    historyValue:
      context.status === 'running'
        ? {}
        : { 'gebiedsproces.steps.running.history': [{ id: `gebiedsproces.steps.running.${atomic}` }] },
    context,
    children,
  };
}
