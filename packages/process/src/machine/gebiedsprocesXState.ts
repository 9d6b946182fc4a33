import type { Actor } from 'xstate';
import type { GebiedsprocesMachine } from './createGebiedsprocesMachine';

/**
 * The XState side of a running area process: the machine it runs and its running actor, for
 * callers who subscribe to the actor, inspect its child actors or draw the machine. `xstateOf`
 * (in `@gebiedsgericht/process/xstate`) gives it for a process made by `createGebiedsproces`.
 *
 * @example
 * const { actor, machine }: GebiedsprocesXState = xstateOf(process);
 */
export interface GebiedsprocesXState {
  /** The XState machine of the process. */
  readonly machine: GebiedsprocesMachine;
  /** The running XState actor. */
  readonly actor: Actor<GebiedsprocesMachine>;
}
