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

// An event that `preCheckEvent` parsed from its own plain-JSON copy of the caller's value is held by
// nobody else, so its audit entry can keep it as it is; any other event (sent to the actor directly)
// is copied into its entry, so that a caller changing the object afterwards cannot change the log.

const ownEvents = new WeakSet<object>();

/** Marks `event` as a private, plain-JSON value that only the process holds. */
export function markOwnEvent(event: object): void {
  ownEvents.add(event);
}

/** Whether {@link markOwnEvent} marked `event`. */
export function isOwnEvent(event: object): boolean {
  return ownEvents.has(event);
}
