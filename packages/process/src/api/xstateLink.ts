// How a running process and `xstateOf` (in the `@gebiedsgericht/process/xstate` entry) find each
// other without the main entry importing XState: the process offers a link under a registered
// symbol (the same in the ESM and CommonJS builds), and `xstateOf` attaches the actor it builds.
import type { GebiedsprocesContext } from '../machine/gebiedsprocesContext';
import type { GebiedsprocesDefinition } from '../machine/rejectionOfEvent';

/** The key of a running process's {@link XStateLink}. Internal. */
export const XSTATE_LINK: unique symbol = Symbol.for('@gebiedsgericht/process.xstate') as never;

/** What the running process needs of an attached actor. */
export interface AttachedActor {
  send(event: object): void;
  getSnapshot(): { readonly context: GebiedsprocesContext };
}

/** An attached machine and actor, typed by the entry that builds them. */
export interface AttachedXState {
  readonly machine: unknown;
  readonly actor: AttachedActor;
}

/** The link a running process offers under {@link XSTATE_LINK}. Internal. */
export interface XStateLink {
  /**
   * Attaches the machine and actor `start` builds from the definition and the current context,
   * the first time; returns the attached pair every time. From then on every event goes through
   * that actor.
   */
  attach(start: (definition: GebiedsprocesDefinition, context: GebiedsprocesContext) => AttachedXState): AttachedXState;
}

/** The link of a running process, or `undefined` for anything else. */
export function xstateLinkOf(value: unknown): XStateLink | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const link = (value as { [XSTATE_LINK]?: unknown })[XSTATE_LINK];
  return typeof link === 'object' && link !== null && typeof (link as XStateLink).attach === 'function'
    ? (link as XStateLink)
    : undefined;
}
