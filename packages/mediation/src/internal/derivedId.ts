// Internal: ids of derived documents stay valid ids (at most 200 characters).

/** `<base>-<suffix>`, with the base shortened when the id would exceed 200 characters. */
export function derivedId(base: string, suffix: string): string {
  const room = 200 - suffix.length - 1;
  return `${base.length > room ? base.slice(0, room) : base}-${suffix}`;
}
