import {
  type ControlException,
  type ControlReport,
  ControlReportSchema,
  type ControlScope,
  type ControlStatus,
  type GokitStatus,
  validate,
} from '@gebiedsgericht/core';
import { optionalString, validateOptions } from './internal/arguments';
import { worst } from './internal/status';
import { riskFail } from './messages';

/** One row of the GOKIT-R overview: the latest status of one step, project, increment or programme. */
export interface GokitOverviewRow {
  readonly scope: ControlScope;
  readonly reportId: string;
  readonly status: GokitStatus;
  readonly exceptionCount: number;
}

/** Count of rows per status for one column (an aspect, or the risks) of the overview. */
export type StatusCounts = Readonly<Record<ControlStatus, number>>;

/** The GOKIT-R overview of a programme or an area process. */
export interface GokitOverview {
  readonly rows: readonly GokitOverviewRow[];
  readonly overall: ControlStatus;
  readonly counts: Readonly<
    Record<'money' | 'organisation' | 'quality' | 'information' | 'time' | 'risks', StatusCounts>
  >;
  readonly exceptions: readonly ControlException[];
}

function scopeKey(scope: ControlScope): string {
  switch (scope.level) {
    case 'step':
      return `step|${scope.processId}|${scope.stepId}`;
    case 'project':
      return `project|${scope.programmeId}|${scope.projectId}|${scope.phase ?? ''}`;
    case 'increment':
      return `increment|${scope.programmeId}|${scope.projectId}|${scope.incrementId}`;
    case 'programme':
      return `programme|${scope.programmeId}`;
  }
}

/**
 * GOKIT-R across a programme (per project, phase or increment) or across an area process (per
 * step): the latest report per scope (by measure date, then report id), the status counts per
 * aspect and for the risks, the overall status (the worst row), and the open exceptions of those
 * latest reports. Filter with `programmeId` or `processId`.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_argument` when `reports` is not an array
 * (path `['reports']`), `filter` is not an object (`['filter']`) or one of its ids is not text
 * (`['filter', name]`); `invalid_input` for a bad report (`['reports', i]`).
 *
 * @example
 * const overview = gokitOverview(reports, { programmeId: 'lindewaard' });
 * overview.rows.map((r) => [r.scope, r.status.overall]);
 * @see handreiking bijlage 1, onderdeel 1 (GOKIT-R per project en per fase); bijlage 1, onderdeel 2 (stappen)
 */
export function gokitOverview(
  reportsInput: readonly ControlReport[],
  filter: { programmeId?: string; processId?: string } = {},
): GokitOverview {
  if (!Array.isArray(reportsInput)) throw riskFail('invalid_argument', { name: 'reports' }, ['reports']);
  validateOptions(filter, ['filter']);
  optionalString(filter.programmeId, 'programmeId', ['filter', 'programmeId']);
  optionalString(filter.processId, 'processId', ['filter', 'processId']);
  const reports = reportsInput.map((r, i) => validate(ControlReportSchema, r, { path: ['reports', i] }));
  const latest = new Map<string, ControlReport>();
  for (const report of reports) {
    const scope = report.status.scope;
    if (filter.programmeId !== undefined && (scope.level === 'step' || scope.programmeId !== filter.programmeId))
      continue;
    if (filter.processId !== undefined && (scope.level !== 'step' || scope.processId !== filter.processId)) continue;
    const key = scopeKey(scope);
    const seen = latest.get(key);
    if (
      !seen ||
      report.status.measuredOn > seen.status.measuredOn ||
      (report.status.measuredOn === seen.status.measuredOn && report.id > seen.id)
    )
      latest.set(key, report);
  }
  const rows = [...latest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, report]) => ({
      scope: report.status.scope,
      reportId: report.id,
      status: report.status,
      exceptionCount: report.exceptions.length,
    }));
  const empty = (): Record<ControlStatus, number> => ({ on_track: 0, at_risk: 0, off_track: 0 });
  const counts = {
    money: empty(),
    organisation: empty(),
    quality: empty(),
    information: empty(),
    time: empty(),
    risks: empty(),
  };
  for (const row of rows) {
    for (const aspect of ['money', 'organisation', 'quality', 'information', 'time'] as const) {
      const s = row.status.aspects[aspect];
      if (s) counts[aspect][s]++;
    }
    if (row.status.risks) counts.risks[row.status.risks]++;
  }
  return {
    rows,
    overall: worst(rows.map((r) => r.status.overall)),
    counts,
    exceptions: [...latest.values()].flatMap((r) => r.exceptions),
  };
}
