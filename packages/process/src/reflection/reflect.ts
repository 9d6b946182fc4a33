import {
  type ReflectionContext,
  ReflectionContextSchema,
  type ReflectionInput,
  ReflectionInputSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { lastEventOf, readNow } from '../internal/readNow';
import { readSnapshot } from '../internal/readSnapshot';
import { processMessages } from '../messages';
import type { Finding } from './finding';
import { FindingSeverity } from './findingSeverity';
import { gebiedsprocessen, startnotities } from './internal/subjects';
import { ReflectionDocumentKind } from './reflectionDocumentKind';
import { type ReflectionReport, ReflectionReportSchema } from './reflectionReport';
import type { ReflectionRule } from './reflectionRule';
import { reflectionRules } from './rules/index';
import { sortFindings } from './sortFindings';

/**
 * Options of {@link reflect}.
 *
 * @example
 * const options: ReflectOptions = { now: '2028-01-15T10:00:00+01:00', minimumSeverity: 'warning' };
 * @see handreiking §1
 */
export interface ReflectOptions {
  /** The moment of the check (ISO date-time with offset). The SDK never reads the clock. */
  readonly now: string;
  /** Run only these rules (by id); default: every rule. Unknown ids are rejected. */
  readonly ruleIds?: readonly string[];
  /** Leave out findings below this severity (`info` keeps everything, the default). */
  readonly minimumSeverity?: FindingSeverity;
}

const OptionsSchema = z.strictObject({
  now: ReflectionContextSchema.shape.now,
  ruleIds: z.array(z.string().min(1)).optional(),
  minimumSeverity: FindingSeverity.schema.optional(),
});

/** Which input parts (standalone or embedded) are present. */
function presentKinds(input: ReflectionInput): Set<ReflectionDocumentKind> {
  const kinds = new Set<ReflectionDocumentKind>();
  if (startnotities(input).length > 0) kinds.add('startnotitie');
  if (gebiedsprocessen(input).length > 0) kinds.add('gebiedsproces');
  if (input.arrangement) kinds.add('arrangement');
  if (input.process) kinds.add('process');
  return kinds;
}

function validateBelongTogether(input: ReflectionInput): void {
  const { startnotitie, gebiedsproces, arrangement, process } = input;
  const own = gebiedsproces?.startnotitie;
  if (startnotitie && own && own.id !== startnotitie.id) {
    throw processMessages.fail(
      'reflection_documents_mismatch',
      { what: 'gebiedsproces.startnotitie.id', expected: startnotitie.id, found: own.id },
      ['gebiedsproces', 'startnotitie', 'id'],
    );
  }
  if (gebiedsproces && arrangement && !arrangement.gebiedsprocessen.some((g) => g.id === gebiedsproces.id)) {
    throw processMessages.fail(
      'reflection_documents_mismatch',
      {
        what: 'gebiedsproces.id',
        expected: arrangement.gebiedsprocessen.map((g) => g.id).join(' | '),
        found: gebiedsproces.id,
      },
      ['gebiedsproces', 'id'],
    );
  }
  const processId = process?.settings.processId;
  const expected = gebiedsproces ? [gebiedsproces.id] : (arrangement?.gebiedsprocessen.map((g) => g.id) ?? []);
  if (process && expected.length > 0 && !expected.includes(processId ?? '')) {
    throw processMessages.fail(
      'reflection_documents_mismatch',
      { what: 'process.settings.processId', expected: expected.join(' | '), found: String(processId) },
      ['process', 'settings', 'processId'],
    );
  }
}

function selectRules(ruleIds: readonly string[] | undefined): readonly ReflectionRule[] {
  if (ruleIds === undefined) return reflectionRules;
  const byId = new Map(reflectionRules.map((r) => [r.id, r]));
  const selected = ruleIds.map((id, i) => {
    const rule = byId.get(id);
    if (!rule) throw processMessages.fail('reflection_unknown_rule', { ruleId: id }, ['options', 'ruleIds', i]);
    return rule;
  });
  return [...new Set(selected)];
}

/**
 * Reflects a process design or a running process against the handreiking: validates the input
 * with the core schemas (throws `invalid_input` with every issue, or `reflection_input_empty`,
 * `reflection_documents_mismatch`, `reflection_unknown_rule`, and `now_before_last_event` at path
 * `options.now` for a running process whose last event is after `now`), runs every rule that reads one of
 * the input parts present, and returns a report whose findings are in one stable order: severity, rule id,
 * path. The input is never changed and the clock is never read: `now` is a parameter.
 *
 * @example
 * const report = reflect({ gebiedsproces }, { now: '2026-11-28T12:00:00+01:00' });
 * for (const f of report.findings) console.log(f.severity, f.section, f.message.nl);
 * @see handreiking §1 ("een document om na te slaan om te reflecteren op reeds voorgenomen processtappen")
 */
export function reflect(input: unknown, options: ReflectOptions): ReflectionReport {
  const opts = validate(OptionsSchema, options, { path: ['options'] });
  const parsed = validate(ReflectionInputSchema, input, { path: [] });
  const kinds = presentKinds(parsed);
  if (kinds.size === 0) throw processMessages.fail('reflection_input_empty', {}, []);
  if (parsed.process) {
    const { context } = readSnapshot(parsed.process, ['process']);
    readNow(opts.now, lastEventOf(context), ['options', 'now']);
  }
  validateBelongTogether(parsed);
  const rules = selectRules(opts.ruleIds);
  const context: ReflectionContext = { now: opts.now };
  const minimum = FindingSeverity.values.indexOf(opts.minimumSeverity ?? 'info');
  const ran: string[] = [];
  const found: Finding[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.some((kind) => kinds.has(kind))) continue;
    ran.push(rule.id);
    for (const finding of rule.check(parsed, context)) {
      if (FindingSeverity.values.indexOf(finding.severity) <= minimum) found.push(finding);
    }
  }
  const findings = sortFindings(found);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return ReflectionReportSchema.parse({
    checkedAt: opts.now,
    documents: ReflectionDocumentKind.values.filter((k) => kinds.has(k)),
    rulesRun: [...ran].sort(),
    counts,
    findings,
  });
}
