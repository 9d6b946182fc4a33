import {
  type DilemmaAnalysis,
  type DilemmaLine,
  type DilemmaLineAnalysis,
  DilemmaLineSchema,
  type PositionCluster,
  type SharedArgumentApart,
  validate,
} from '@gebiedsgericht/core';
import { validateOptions } from './internal/arguments';
import { fail } from './messages';

/** Options of {@link analyseDilemmaLine}. */
export interface AnalyseDilemmaLineOptions {
  /** Neighbours on the line further apart than this start a new cluster. Default 0.15. */
  readonly clusterGap?: number;
  /** Two participants at least this far apart count as "far apart". Default 0.5. */
  readonly farApart?: number;
}

/**
 * Analyses a dilemma-line session (West-Overijssel): per dilemma the spread of positions on the
 * line between the two extremes (0 and 1), the clusters of participants standing close together
 * (a new cluster starts where the gap to the next neighbour exceeds `clusterGap`), and — the
 * surprise the handreiking reports — pairs of participants who give the same argument yet stand
 * at least `farApart` from each other, farthest first.
 *
 * Throws `invalid_input` for a malformed session (path `['line']`), `invalid_argument` (path
 * `['options']`) when `options` is given but not an object, `not_a_finite_number` for a threshold
 * that is not a finite number and `invalid_threshold` for one outside (0, 1] (path
 * `['options', 'clusterGap']` or `['options', 'farApart']`).
 *
 * @example
 * const a = analyseDilemmaLine(line);
 * a.dilemmas[0].sharedArgumentsApart; // same argument, very different place
 * @see handreiking bijlage 2, voorbeeld 4 ("deelnemers op basis van dezelfde argumenten soms op een heel andere plek")
 */
export function analyseDilemmaLine(line: unknown, options: AnalyseDilemmaLineOptions = {}): DilemmaLineAnalysis {
  const l: DilemmaLine = validate(DilemmaLineSchema, line, { path: ['line'] });
  return analyseValidDilemmaLine(l, dilemmaLineThresholds(options));
}

/**
 * Internal (not in the package barrel): the analysis of a line that is already valid, with checked
 * thresholds; the conversation-map summary calls it on the positions of a validated session.
 */
export function analyseValidDilemmaLine(
  l: DilemmaLine,
  { clusterGap, farApart }: { clusterGap: number; farApart: number },
): DilemmaLineAnalysis {
  const dilemmas: DilemmaAnalysis[] = l.dilemmas.map((dilemma) => {
    const positions = l.positions
      .filter((p) => p.dilemmaId === dilemma.id)
      .sort((a, b) => a.position - b.position || compareText(a.participantId, b.participantId));
    if (positions.length === 0) return { dilemmaId: dilemma.id, clusters: [], sharedArgumentsApart: [] };
    const values = positions.map((p) => p.position);
    const min = values[0] as number;
    const max = values[values.length - 1] as number;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    const clusters: PositionCluster[] = [];
    let group: typeof positions = [];
    const close = () => {
      const from = (group[0] as (typeof positions)[0]).position;
      const to = (group[group.length - 1] as (typeof positions)[0]).position;
      const centre = group.reduce((s, p) => s + p.position, 0) / group.length;
      clusters.push({ participantIds: group.map((p) => p.participantId), from, to, centre });
    };
    for (const p of positions) {
      const last = group[group.length - 1];
      if (last && p.position - last.position > clusterGap) {
        close();
        group = [];
      }
      group.push(p);
    }
    close();
    const apart: SharedArgumentApart[] = [];
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        const a = positions[i] as (typeof positions)[0];
        const b = positions[j] as (typeof positions)[0];
        const distance = b.position - a.position;
        if (distance < farApart) continue;
        const shared = a.argumentIds.filter((id, k) => b.argumentIds.includes(id) && a.argumentIds.indexOf(id) === k);
        for (const argumentId of shared)
          apart.push({
            argumentId,
            participantIds: [a.participantId, b.participantId],
            positions: [a.position, b.position],
            distance,
          });
      }
    }
    apart.sort((x, y) => y.distance - x.distance || compareText(x.argumentId, y.argumentId));
    return {
      dilemmaId: dilemma.id,
      spread: { count: values.length, min, max, range: max - min, mean, standardDeviation: Math.sqrt(variance) },
      clusters,
      sharedArgumentsApart: apart,
    };
  });
  return { dilemmaLineId: l.id, clusterGap, farApart, dilemmas };
}

/**
 * Internal (not in the package barrel): the checked thresholds of {@link analyseDilemmaLine}, with
 * their defaults; shared with the conversation-map summary so both reject the same options.
 */
export function dilemmaLineThresholds(options: AnalyseDilemmaLineOptions = {}): {
  clusterGap: number;
  farApart: number;
} {
  validateOptions(options);
  return {
    clusterGap: threshold('clusterGap', options.clusterGap ?? 0.15),
    farApart: threshold('farApart', options.farApart ?? 0.5),
  };
}

function threshold(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw fail('not_a_finite_number', { name }, ['options', name]);
  if (!(value > 0 && value <= 1)) throw fail('invalid_threshold', { name, value }, ['options', name]);
  return value;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
