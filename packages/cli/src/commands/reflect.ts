import type { Finding, ReflectionReport } from '@gebiedsgericht/core';
import { FindingSeverity } from '@gebiedsgericht/core';
import { choiceOption, nowOption, required } from '../internal/args';
import { type Command, EXIT_FINDINGS, EXIT_OK, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { documentOf } from '../internal/documents';
import { formatPath } from '../internal/format';
import { reflectOn } from '../internal/processApi';
import { readJson, validateSources } from '../internal/readInput';
import { cliFail } from '../messages';

/** Which part of the reflection input a document kind fills. */
const PART_OF_KIND: Readonly<Record<string, string>> = {
  startnotitie: 'startnotitie',
  gebiedsproces: 'gebiedsproces',
  ruimtelijkArrangement: 'arrangement',
  gebiedsprocesSnapshot: 'process',
};

function countsLine(ctx: Ctx, report: ReflectionReport): string {
  const { error, warning, info } = report.counts;
  return ctx.lang === 'nl'
    ? `${error} ${error === 1 ? 'fout' : 'fouten'}, ${warning} ${warning === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${info} ter overweging`
    : `${error} ${error === 1 ? 'error' : 'errors'}, ${warning} ${warning === 1 ? 'warning' : 'warnings'}, ${info} for consideration`;
}

function title(ctx: Ctx, report: ReflectionReport, names: readonly string[]): string {
  return ctx.lang === 'nl'
    ? `Reflectie op ${names.join(', ')} (${report.checkedAt})`
    : `Reflection on ${names.join(', ')} (${report.checkedAt})`;
}

function severityLabel(ctx: Ctx, finding: Finding): string {
  return FindingSeverity.label(finding.severity, ctx.lang);
}

function asText(ctx: Ctx, report: ReflectionReport, names: readonly string[]): string {
  const s = ctx.out;
  const lines = [s.bold(title(ctx, report, names)), countsLine(ctx, report), ''];
  const colour = { error: s.red, warning: s.yellow, info: s.dim } as const;
  for (const f of report.findings) {
    lines.push(
      `${colour[f.severity](severityLabel(ctx, f).toUpperCase())}  ${f.section}  ${s.dim(formatPath(f.path, ctx.lang))}`,
    );
    lines.push(`  ${f.message[ctx.lang]} ${s.dim(`(${f.ruleId})`)}`);
  }
  if (report.findings.length === 0) lines.push(ctx.lang === 'nl' ? 'Geen bevindingen.' : 'No findings.');
  return lines.join('\n');
}

function escapeMd(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function asMarkdown(ctx: Ctx, report: ReflectionReport, names: readonly string[]): string {
  const lines = [`# ${title(ctx, report, names)}`, '', countsLine(ctx, report), ''];
  for (const severity of FindingSeverity.values) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push(`## ${FindingSeverity.label(severity, ctx.lang)} (${findings.length})`, '');
    lines.push(ctx.lang === 'nl' ? '| § | Bevinding | Pad | Regel |' : '| § | Finding | Path | Rule |');
    lines.push('|---|---|---|---|');
    for (const f of findings)
      lines.push(
        `| ${f.section} | ${escapeMd(f.message[ctx.lang])} | \`${formatPath(f.path, ctx.lang)}\` | ${f.ruleId} |`,
      );
    lines.push('');
  }
  if (report.findings.length === 0) lines.push(ctx.lang === 'nl' ? 'Geen bevindingen.' : 'No findings.', '');
  return lines.join('\n');
}

/** `gebiedsgericht reflect <file…> [--format text|md|json] [--now …]` */
export const reflectCommand: Command = {
  options: { format: { type: 'string' }, now: { type: 'string' } },
  maxPositionals: 4,
  async run(ctx, values, positionals) {
    required(positionals, 0, ctx.lang === 'nl' ? 'bestand' : 'file');
    validateSources(positionals);
    const format = ctx.json ? 'json' : choiceOption(values, 'format', ['text', 'md', 'json'], 'text');
    const now = nowOption(values, ctx.io.now);
    const input: Record<string, unknown> = {};
    const names: string[] = [];
    for (const source of positionals) {
      const { name, value } = await readJson(ctx, source);
      const document = documentOf(value);
      const part = PART_OF_KIND[document.kind as string];
      if (!part)
        throw cliFail(
          'wrong_document_kind',
          {
            expected: Object.keys(PART_OF_KIND).join(' | '),
            found: String(document.kind),
          },
          ['kind'],
        );
      if (Object.hasOwn(input, part)) throw cliFail('unexpected_argument', { argument: name });
      input[part] = document;
      names.push(typeof document.id === 'string' ? `${document.kind} ${document.id}` : name);
    }
    const report = reflectOn(input, now);
    if (format === 'json') printJson(ctx, report);
    else if (format === 'md') ctx.print(asMarkdown(ctx, report, names));
    else ctx.print(asText(ctx, report, names));
    return report.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
