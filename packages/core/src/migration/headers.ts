/**
 * Sets `schemaVersion` from `from` to `to` on every document header inside a JSON value (any
 * object with a string `kind` and that `schemaVersion`), in place: documents embed other documents
 * (a gebiedsproces its startnotitie, an assessment input its afwegingskader), and each carries
 * its own header.
 */
export function bumpHeaders(value: unknown, from: number, to: number): void {
  if (Array.isArray(value)) {
    for (const item of value) bumpHeaders(item, from, to);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  if (typeof object.kind === 'string' && object.schemaVersion === from) object.schemaVersion = to;
  for (const item of Object.values(object)) bumpHeaders(item, from, to);
}
