/**
 * `@gebiedsgericht/process/xstate`: the area process as an XState v5 machine, for callers who use
 * XState directly. The main entry `@gebiedsgericht/process` runs the same machine behind
 * `createGebiedsproces` without naming XState's types, so a consumer that does not import this
 * entry does not type-check XState's declarations.
 *
 * @example
 * import { createActor } from 'xstate';
 * import { createGebiedsprocesMachine } from '@gebiedsgericht/process/xstate';
 * const actor = createActor(createGebiedsprocesMachine(defaultStepTemplate, settings), { input: { startedAt } }).start();
 * @packageDocumentation
 */
export { xstateOf } from './api/xstateOf';
export {
  createGebiedsprocesMachine,
  type GebiedsprocesInput,
  type GebiedsprocesMachine,
} from './machine/createGebiedsprocesMachine';
export type { GebiedsprocesXState } from './machine/gebiedsprocesXState';
