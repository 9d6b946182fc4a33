import {
  type AspectAssessment,
  type ControlAspect,
  type ControlException,
  type ControlReport,
  type ControlSheet,
  ControlSheetSchema,
  type ControlStatus,
  formatEuro,
  type GokitStatus,
  IdSchema,
  type Label,
  type RiskRegister,
  RiskRegisterSchema,
  type Tolerance,
  validate,
} from '@gebiedsgericht/core';
import { rejectNonFinite, validateOptions } from './internal/arguments';
import { classify, daysBetween, laterDate, worst } from './internal/status';
import { riskFail } from './messages';
import { scoreOf } from './riskScore';

/** Options of {@link assessControlSheet}. */
export interface AssessControlOptions {
  /** Id of the report (default: the sheet id with `.report`). */
  readonly reportId?: string;
  /** The risk register of the same scope: gives the R of GOKIT-R. */
  readonly register?: RiskRegister;
  /** How many top risks the report names (default 5). */
  readonly topRiskCount?: number;
  /**
   * An exception whose deviation is more than this many times its tolerance is proposed as a
   * knelpunt; a smaller one for the agenda of the next ijkmoment (default 2).
   */
  readonly knelpuntFactor?: number;
}

type Finding = AspectAssessment['findings'][number];
interface Measured {
  finding: Finding;
  unit: ControlException['unit'];
  limit: number;
}

function limits(tolerance: Tolerance, norm: number): { over: number; under: number } {
  const base = tolerance.mode === 'relative' ? Math.abs(norm) : 1;
  return { over: tolerance.over * base, under: tolerance.under * base };
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : `${x}`;
}

/**
 * Assesses a GOKIT sheet at a measure and decision point: per control aspect a status (on track,
 * at risk, off track) with the findings behind it, the R from the risk register of the same scope
 * (the worst score band of the risks that are not closed, and the top risks), and every forecast
 * beyond tolerance as an exception that goes up a level (management by exception, PRINCE2:
 * outside the handreiking). Exceptions are plain data: the process package puts them on the
 * agenda of the next ijkmoment or raises them as a knelpunt, as `proposedRoute` suggests.
 *
 * - Geld: forecast against budget, tolerance over and under.
 * - Organisatie: forecast hours against required hours (a shortfall uses `under`); vacant roles are "at risk".
 * - Kwaliteit: each SMART criterion's forecast against its target in its direction.
 * - Informatie: each agreement's delivery (or forecast, or today when overdue) against its due date.
 * - Tijd: forecast (or actual) finish against planned finish, tolerance late and early in days.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad sheet (path `['sheet']`),
 * register (`['options', 'register']`) or report id (`['options', 'reportId']`); `invalid_argument`
 * when `options` is not an object (`['options']`), or for a `topRiskCount` that is not an integer
 * ≥ 0 or a `knelpuntFactor` below 1; `not_a_finite_number` for a `knelpuntFactor` that is NaN or
 * infinite.
 *
 * @example
 * const report = assessControlSheet(sheet, { register });
 * report.status.overall; // 'at_risk'
 * report.exceptions.map((e) => e.proposedRoute);
 * @see handreiking bijlage 1, onderdeel 1 (meet- en beslispunten; controle over voortgang); bijlage 1, onderdeel 4 (ijkmoment)
 */
export function assessControlSheet(sheetInput: ControlSheet, options: AssessControlOptions = {}): ControlReport {
  validateOptions(options);
  const sheet = validate(ControlSheetSchema, sheetInput, { path: ['sheet'] });
  const register =
    options.register !== undefined
      ? validate(RiskRegisterSchema, options.register, { path: ['options', 'register'] })
      : undefined;
  const topRiskCount = options.topRiskCount ?? 5;
  rejectNonFinite(topRiskCount, 'topRiskCount', ['options', 'topRiskCount']);
  if (!Number.isInteger(topRiskCount) || topRiskCount < 0)
    throw riskFail('invalid_argument', { name: 'topRiskCount' }, ['options', 'topRiskCount']);
  const knelpuntFactor = options.knelpuntFactor ?? 2;
  if (typeof knelpuntFactor !== 'number' || !Number.isFinite(knelpuntFactor))
    throw riskFail('not_a_finite_number', { name: 'knelpuntFactor' }, ['options', 'knelpuntFactor']);
  if (!(knelpuntFactor >= 1))
    throw riskFail('invalid_argument', { name: 'knelpuntFactor' }, ['options', 'knelpuntFactor']);
  const reportId = validate(IdSchema, options.reportId ?? `${sheet.id}.report`, { path: ['options', 'reportId'] });
  const share = sheet.atRiskShare ?? 0.8;
  const a = sheet.aspects;
  const measured = new Map<ControlAspect, Measured[]>();

  if (a.money) {
    const m = a.money;
    if (m.forecast < m.actual)
      throw riskFail('forecast_below_actual', { aspect: 'geld / money' }, ['sheet', 'aspects', 'money', 'forecast']);
    const l = limits(m.tolerance, m.budget);
    const deviation = m.forecast - m.budget;
    const status = classify(deviation, l.over, l.under, share);
    const text: Label = {
      nl: `Prognose ${formatEuro(m.forecast, 'nl')} tegen budget ${formatEuro(m.budget, 'nl')} (besteed ${formatEuro(m.actual, 'nl')})`,
      en: `Forecast ${formatEuro(m.forecast, 'en')} against budget ${formatEuro(m.budget, 'en')} (spent ${formatEuro(m.actual, 'en')})`,
    };
    measured.set('money', [
      {
        finding: { subjectId: 'budget', status, norm: m.budget, forecast: m.forecast, deviation, text },
        unit: 'euro_cents',
        limit: deviation > 0 ? l.over : l.under,
      },
    ]);
  }

  if (a.organisation) {
    const o = a.organisation;
    if (o.forecastHours < o.actualHours)
      throw riskFail('forecast_below_actual', { aspect: 'organisatie / organisation' }, [
        'sheet',
        'aspects',
        'organisation',
        'forecastHours',
      ]);
    const l = limits(o.tolerance, o.requiredHours);
    const deviation = o.forecastHours - o.requiredHours;
    const list: Measured[] = [
      {
        finding: {
          subjectId: 'capacity',
          status: classify(deviation, l.over, l.under, share),
          norm: o.requiredHours,
          forecast: o.forecastHours,
          deviation,
          text: {
            nl: `Capaciteit ${o.forecastHours} uur verwacht tegen ${o.requiredHours} uur nodig (${signed(deviation)} uur)`,
            en: `Capacity ${o.forecastHours} hours expected against ${o.requiredHours} hours needed (${signed(deviation)} hours)`,
          },
        },
        unit: 'hours',
        limit: deviation > 0 ? l.over : l.under,
      },
    ];
    o.roles.forEach((role, i) => {
      if (role.holderId === undefined)
        list.push({
          finding: {
            subjectId: `role-${i + 1}`,
            status: 'at_risk',
            text: { nl: `Rol "${role.role}" is niet ingevuld`, en: `Role "${role.role}" is vacant` },
          },
          unit: 'hours',
          limit: 0,
        });
    });
    measured.set('organisation', list);
  }

  if (a.quality) {
    measured.set(
      'quality',
      a.quality.criteria.map((criterion) => {
        const l = limits(criterion.tolerance, criterion.target);
        const raw = criterion.forecast - criterion.target;
        const counts =
          criterion.direction === 'exactly' ||
          (criterion.direction === 'at_least' && raw < 0) ||
          (criterion.direction === 'at_most' && raw > 0);
        const deviation = counts ? raw : 0;
        return {
          finding: {
            subjectId: criterion.id,
            status: classify(deviation, l.over, l.under, share),
            norm: criterion.target,
            forecast: criterion.forecast,
            deviation: raw,
            text: {
              nl: `${criterion.description}: prognose ${criterion.forecast} ${criterion.unit}, norm ${criterion.target} ${criterion.unit}`,
              en: `${criterion.description}: forecast ${criterion.forecast} ${criterion.unit}, norm ${criterion.target} ${criterion.unit}`,
            },
          },
          unit: 'criterion_unit' as const,
          limit: raw > 0 ? l.over : l.under,
        };
      }),
    );
  }

  if (a.information) {
    const lateDays = a.information.tolerance.lateDays;
    measured.set(
      'information',
      a.information.agreements.map((ag) => {
        const overdue = laterDate(sheet.measuredOn, ag.dueDate);
        const expected = ag.deliveredOn ?? (ag.forecastDate && ag.forecastDate > overdue ? ag.forecastDate : overdue);
        const late = daysBetween(ag.dueDate, expected);
        const deviation = Math.max(0, late);
        return {
          finding: {
            subjectId: ag.id,
            status: classify(deviation, lateDays, 0, share),
            norm: 0,
            forecast: late,
            deviation,
            text: ag.deliveredOn
              ? {
                  nl: `${ag.subject}: geleverd op ${ag.deliveredOn} (afgesproken ${ag.dueDate})`,
                  en: `${ag.subject}: delivered on ${ag.deliveredOn} (agreed ${ag.dueDate})`,
                }
              : {
                  nl: `${ag.subject}: verwacht op ${expected} (afgesproken ${ag.dueDate})`,
                  en: `${ag.subject}: expected on ${expected} (agreed ${ag.dueDate})`,
                },
          },
          unit: 'days' as const,
          limit: lateDays,
        };
      }),
    );
  }

  if (a.time) {
    const t = a.time;
    const finish = t.actualFinish ?? t.forecastFinish;
    const deviation = daysBetween(t.plannedFinish, finish);
    measured.set('time', [
      {
        finding: {
          subjectId: 'schedule',
          status: classify(deviation, t.tolerance.lateDays, t.tolerance.earlyDays, share),
          norm: 0,
          forecast: deviation,
          deviation,
          text: {
            nl: `${t.actualFinish ? 'Gereed' : 'Verwacht gereed'} op ${finish}, gepland ${t.plannedFinish} (${signed(deviation)} dagen)`,
            en: `${t.actualFinish ? 'Finished' : 'Expected to finish'} on ${finish}, planned ${t.plannedFinish} (${signed(deviation)} days)`,
          },
        },
        unit: 'days',
        limit: deviation > 0 ? t.tolerance.lateDays : t.tolerance.earlyDays,
      },
    ]);
  }

  const aspects: AspectAssessment[] = [];
  const exceptions: ControlException[] = [];
  const statusAspects: GokitStatus['aspects'] = {};
  for (const [aspect, list] of measured) {
    const status = worst(list.map((m) => m.finding.status));
    aspects.push({ aspect, status, findings: list.map((m) => m.finding) });
    statusAspects[aspect] = status;
    for (const m of list) {
      if (m.finding.status !== 'off_track') continue;
      const deviation = m.finding.deviation ?? 0;
      const beyond = Math.abs(deviation) > knelpuntFactor * m.limit;
      exceptions.push({
        id: `${sheet.id}.${aspect}.${m.finding.subjectId}`,
        sheetId: sheet.id,
        scope: sheet.scope,
        aspect,
        subjectId: m.finding.subjectId,
        measuredOn: sheet.measuredOn,
        unit: m.unit,
        norm: m.finding.norm ?? 0,
        forecast: m.finding.forecast ?? 0,
        deviation,
        toleranceLimit: m.limit,
        proposedRoute: beyond ? 'knelpunt' : 'ijkmoment_agenda',
        summary: {
          nl: `Buiten tolerantie: ${m.finding.text.nl}`,
          en: `Beyond tolerance: ${m.finding.text.en}`,
        },
      });
    }
  }

  let risks: ControlStatus | undefined;
  let topRiskIds: string[] = [];
  if (register) {
    const scores = register.risks
      .filter((r) => r.status !== 'closed')
      .map((r) => ({ risk: r, score: scoreOf(r, register.scales) }))
      .sort(
        (x, y) =>
          y.score.score - x.score.score ||
          y.score.probability - x.score.probability ||
          (x.risk.id < y.risk.id ? -1 : 1),
      );
    risks = worst(scores.map((s) => s.score.band.status));
    topRiskIds = scores.slice(0, topRiskCount).map((s) => s.risk.id);
    const offBands = register.scales.bands.filter((b) => b.status === 'off_track');
    const threshold = offBands.length > 0 ? Math.min(...offBands.map((b) => b.minScore)) - 1 : 0;
    for (const { risk, score } of scores) {
      if (score.band.status !== 'off_track') continue;
      exceptions.push({
        id: `${sheet.id}.risk.${risk.id}`,
        sheetId: sheet.id,
        scope: sheet.scope,
        aspect: 'risk',
        subjectId: risk.id,
        measuredOn: sheet.measuredOn,
        unit: 'score',
        norm: threshold,
        forecast: score.score,
        deviation: score.score - threshold,
        toleranceLimit: 0,
        proposedRoute: 'ijkmoment_agenda',
        summary: {
          nl: `Risico in band ${score.band.label.nl}: ${risk.title} (score ${score.score})`,
          en: `Risk in band ${score.band.label.en}: ${risk.title} (score ${score.score})`,
        },
      });
    }
  }

  const overall = worst([...aspects.map((x) => x.status), ...(risks ? [risks] : [])]);
  return {
    kind: 'controlReport',
    schemaVersion: 2,
    id: reportId,
    sheetId: sheet.id,
    status: {
      scope: sheet.scope,
      measuredOn: sheet.measuredOn,
      aspects: statusAspects,
      ...(risks ? { risks } : {}),
      overall,
    },
    aspects,
    topRiskIds,
    exceptions,
  };
}
