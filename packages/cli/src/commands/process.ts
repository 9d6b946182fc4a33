import { isDeepStrictEqual } from 'node:util';
import { IjkmomentKind, type Startnotitie } from '@gebiedsgericht/core';
import { nowOption, required, stringOption } from '../internal/args';
import { type Command, EXIT_FINDINGS, EXIT_OK, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { expectDocument } from '../internal/documents';
import { formatNumber, formatShare, keyValues } from '../internal/format';
import {
  defaultTemplate,
  type ProcessStatus,
  processDiagram,
  processStatus,
  replayFromSnapshot,
} from '../internal/processApi';
import { readJson, validateSources } from '../internal/readInput';
import { cliMessages } from '../messages';

function statusText(ctx: Ctx, status: ProcessStatus, now: string): string {
  const nl = ctx.lang === 'nl';
  const s = ctx.out;
  const { summary, position, due } = status;
  const state = {
    running: nl ? 'loopt' : 'running',
    suspended: nl ? 'opgeschort' : 'suspended',
    stopped: nl ? 'gestopt' : 'stopped',
  }[position.status];
  const where =
    position.phase === 'monitoring'
      ? nl
        ? 'monitoring (alle stappen gesloten)'
        : 'monitoring (every step closed)'
      : `${nl ? 'stap' : 'step'} ${position.stepNumber}/${position.stepCount}: ${position.stepLabel?.[ctx.lang] ?? position.stepId}${
          position.round && position.round > 1 ? ` (${nl ? 'ronde' : 'round'} ${position.round})` : ''
        }`;
  const lines = [
    s.bold(`${nl ? 'Gebiedsproces' : 'Area process'} ${summary.processId} (${now})`),
    keyValues([
      ['status', state],
      [nl ? 'positie' : 'position', where],
      [
        nl ? 'voortgang' : 'progress',
        `${summary.stepsClosed}/${summary.stepCount} ${nl ? 'stappen gesloten' : 'steps closed'} (${formatShare(summary.share, ctx.lang, 0)})`,
      ],
      [
        nl ? 'looptijd' : 'running for',
        `${formatNumber(summary.daysSinceStart, ctx.lang, 0)} ${nl ? 'dagen' : 'days'}${
          summary.daysInCurrentStep === null
            ? ''
            : `, ${formatNumber(summary.daysInCurrentStep, ctx.lang, 0)} ${nl ? 'in deze stap' : 'in this step'}`
        }`,
      ],
      [nl ? 'besluiten' : 'decisions', String(summary.decisions)],
      [
        nl ? 'wijzigingen' : 'changes',
        `${summary.changes.minor} ${nl ? 'klein' : 'minor'}, ${summary.changes.major} ${nl ? 'groot' : 'major'}, ${summary.changes.framework} ${nl ? 'kader' : 'framework'}`,
      ],
      [nl ? 'open afspraken' : 'open agreements', String(summary.openAgreements)],
      [nl ? 'auditlog' : 'audit log', `${summary.auditEntries} ${nl ? 'regels' : 'entries'}`],
    ]),
    '',
  ];
  const next = Object.values(status.nextIjkmomenten ?? {}).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (next.length > 0) {
    lines.push(s.bold(nl ? 'Volgende ijkmomenten' : 'Next ijkmomenten'));
    for (const o of next) lines.push(`${o.date}  ${o.name} ${s.dim(`(${IjkmomentKind.label(o.kind, ctx.lang)})`)}`);
    lines.push('');
  }
  if (due.length === 0) lines.push(nl ? 'Niets vraagt nu aandacht.' : 'Nothing needs attention now.');
  else {
    lines.push(s.bold(nl ? 'Vraagt aandacht' : 'Needs attention'));
    for (const item of due)
      lines.push(
        `${item.severity === 'warning' ? s.yellow('!') : s.dim('·')} ${item.message[ctx.lang]}${item.date ? s.dim(` (${item.date})`) : ''}`,
      );
  }
  return lines.join('\n');
}

/** `gebiedsgericht process status <snapshot.json> [--now …]` */
export const processStatusCommand: Command = {
  options: { now: { type: 'string' }, startnotitie: { type: 'string' } },
  maxPositionals: 1,
  async run(ctx, values, positionals) {
    const source = required(positionals, 0, 'snapshot.json');
    const now = nowOption(values, ctx.io.now);
    const startnotitieFile = stringOption(values, 'startnotitie');
    validateSources(startnotitieFile === undefined ? [source] : [source, startnotitieFile]);
    const { value } = await readJson(ctx, source);
    expectDocument(value, 'gebiedsprocesSnapshot');
    const startnotitie =
      startnotitieFile === undefined
        ? undefined
        : (expectDocument((await readJson(ctx, startnotitieFile)).value, 'startnotitie') as unknown as Startnotitie);
    const status = processStatus(value, now, startnotitie);
    if (ctx.json) printJson(ctx, { now, ...status });
    else ctx.print(statusText(ctx, status, now));
    return EXIT_OK;
  },
};

/** `gebiedsgericht process replay <snapshot.json>` */
export const processReplayCommand: Command = {
  options: {},
  maxPositionals: 1,
  async run(ctx, _values, positionals) {
    const source = required(positionals, 0, 'snapshot.json');
    const { value } = await readJson(ctx, source);
    expectDocument(value, 'gebiedsprocesSnapshot');
    const { restored, replayed, auditEntries } = replayFromSnapshot(value);
    const differs: string[] = [];
    if (restored.revision !== replayed.revision) differs.push('revision');
    // Compared as JSON values: the order of keys carries no meaning (a replayed audit entry keeps
    // its event's keys in canonical order, the original in the order they were sent).
    if (!isDeepStrictEqual(restored.context, replayed.context)) differs.push('context');
    if (!isDeepStrictEqual(restored, replayed) && differs.length === 0) differs.push('snapshot');
    const same = differs.length === 0;
    if (ctx.json) printJson(ctx, { same, auditEntries, differs });
    else if (same)
      ctx.print(
        `${ctx.out.green('✓')} ${
          ctx.lang === 'nl'
            ? `Opnieuw afspelen van ${auditEntries} auditregels geeft dezelfde toestand`
            : `Replaying ${auditEntries} audit entries gives the same state`
        }`,
      );
    else
      ctx.printErr(
        `${ctx.err.red('✗')} ${cliMessages.messages.replay_differs({ part: differs.join(', ') })[ctx.lang]}`,
      );
    return same ? EXIT_OK : EXIT_FINDINGS;
  },
};

/** `gebiedsgericht process diagram [template.json]` */
export const processDiagramCommand: Command = {
  options: {},
  maxPositionals: 1,
  async run(ctx, _values, positionals) {
    const source = positionals[0];
    let template: unknown = defaultTemplate();
    if (source !== undefined) {
      const { value } = await readJson(ctx, source);
      template = expectDocument(value, 'stepTemplate');
    }
    const mermaid = processDiagram(template);
    if (ctx.json) printJson(ctx, { mermaid });
    else ctx.io.stdout.write(mermaid);
    return EXIT_OK;
  },
};
