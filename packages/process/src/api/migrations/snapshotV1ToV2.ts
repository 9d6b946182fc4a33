/**
 * Snapshot format 1 → 2. Version 1 (release 0.1.0) stored XState's own persisted snapshot under
 * `machine` (state value, history, context and child actors). Version 2 stores only the context,
 * with `revision` (the number of accepted events), because the state of the machine and its child
 * actors follow from the context and the template. The machine part is dropped here, not trusted:
 * restore derives it again and validates the context. Plain JSON in, plain JSON out; anything
 * malformed is passed on as it is, so validation reports it with its path. Version 1 called the
 * document kind `areaProcessSnapshot`; version 2 calls it `gebiedsprocesSnapshot`, the one code name
 * of the gebiedsproces (docs/glossary.md).
 *
 * @example
 * const v2 = snapshotV1ToV2(JSON.parse(rowWrittenBy010));
 */
const KIND_IN_VERSION_1 = 'areaProcessSnapshot';

export function snapshotV1ToV2(v1: Record<string, unknown>): Record<string, unknown> {
  const { machine, ...rest } = v1;
  const context =
    typeof machine === 'object' && machine !== null && !Array.isArray(machine)
      ? (machine as Record<string, unknown>).context
      : undefined;
  const auditLog =
    typeof context === 'object' && context !== null ? (context as Record<string, unknown>).auditLog : undefined;
  return {
    ...rest,
    ...(rest.kind === KIND_IN_VERSION_1 ? { kind: 'gebiedsprocesSnapshot' } : {}),
    schemaVersion: 2,
    ...(Array.isArray(auditLog) ? { revision: auditLog.length } : {}),
    context,
  };
}
