import type { GebiedsprocesXState } from '../machine/gebiedsprocesXState';
import { processMessages } from '../messages';
import type { RunningGebiedsproces } from './createGebiedsproces';

function isXState(value: object): value is GebiedsprocesXState {
  const { machine, actor } = value as { machine?: unknown; actor?: unknown };
  return (
    typeof machine === 'object' &&
    machine !== null &&
    'root' in machine &&
    typeof actor === 'object' &&
    actor !== null &&
    typeof (actor as { getSnapshot?: unknown }).getSnapshot === 'function'
  );
}

/**
 * The XState machine and actor behind a running process made by `createGebiedsproces`,
 * `restoreGebiedsproces` or a replay. They live in `@gebiedsgericht/process/xstate` so that the
 * main entry's types do not load XState's. Throws `invalid_argument` (path `running`) for anything
 * that is not a running process.
 *
 * @example
 * import { xstateOf } from '@gebiedsgericht/process/xstate';
 * const { actor } = xstateOf(createGebiedsproces({ template: defaultStepTemplate, settings, startedAt }));
 * actor.subscribe((snapshot) => console.log(snapshot.value));
 * @see docs/process.md
 */
export function xstateOf(running: RunningGebiedsproces): GebiedsprocesXState {
  if (typeof running !== 'object' || running === null || !isXState(running)) {
    throw processMessages.fail('invalid_argument', { name: 'running (a running gebiedsproces)' }, ['running']);
  }
  return { machine: running.machine, actor: running.actor };
}
