import { createActor } from 'xstate';
import { machineOf } from '../machine/createGebiedsprocesMachine';
import type { GebiedsprocesXState } from '../machine/gebiedsprocesXState';
import { machineSnapshotOf } from '../machine/machineSnapshotOf';
import { processMessages } from '../messages';
import type { RunningGebiedsproces } from './createGebiedsproces';
import { xstateLinkOf } from './xstateLink';

/**
 * The XState machine and actor behind a running process made by `createGebiedsproces`,
 * `restoreGebiedsproces` or a replay. The first call builds them, the actor started from the
 * process's current context (as `restoreGebiedsproces` starts one, with a child actor per
 * knelpunt and regime); later calls give the same pair. From then on every event sent to the
 * process goes through this actor, so its subscribers see each one; until then the process runs
 * without one. They live in `@gebiedsgericht/process/xstate` so that the main entry loads neither
 * XState nor its types. Throws `invalid_argument` (path `running`) for anything that is not a
 * running process.
 *
 * @example
 * import { xstateOf } from '@gebiedsgericht/process/xstate';
 * const { actor } = xstateOf(createGebiedsproces({ template: defaultStepTemplate, settings, startedAt }));
 * actor.subscribe((snapshot) => console.log(snapshot.value));
 * @see docs/process.md
 */
export function xstateOf(running: RunningGebiedsproces): GebiedsprocesXState {
  const link = xstateLinkOf(running);
  if (link === undefined) {
    throw processMessages.fail('invalid_argument', { name: 'running (a running gebiedsproces)' }, ['running']);
  }
  return link.attach((definition, context) => {
    const machine = machineOf(definition);
    const actor = createActor(machine, {
      snapshot: machineSnapshotOf(context) as never,
      input: { startedAt: context.startedAt },
    });
    actor.start();
    return { machine, actor };
  }) as GebiedsprocesXState;
}
