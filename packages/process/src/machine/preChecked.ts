// `send` runs every rule on an event before it hands it to the actor (`preCheckEvent`); the
// machine's guards would run the same rules again on the same event and context. The wrapper marks
// the event with the context it checked it against, and a guard that sees that pair skips the
// repeat. Anyone else who sends to the actor (XState directly, child actors) is checked in full.

const checkedAgainst = new WeakMap<object, object>();

/** Marks `event` as having passed every rule in `context`, for the duration of one `actor.send`. */
export function markPreChecked(event: object, context: object): void {
  checkedAgainst.set(event, context);
}

/** Removes the mark of {@link markPreChecked}. */
export function forgetPreChecked(event: object): void {
  checkedAgainst.delete(event);
}

/** Whether `event` passed every rule in exactly this context (the same object). */
export function wasPreChecked(event: object, context: object): boolean {
  return checkedAgainst.get(event) === context;
}
