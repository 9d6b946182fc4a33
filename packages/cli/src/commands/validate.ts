import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type ErrorIssue, isGebiedsgerichtError } from '@gebiedsgericht/core';
import { required } from '../internal/args';
import { type Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { documentOf, validateDocument } from '../internal/documents';
import { formatPath } from '../internal/format';
import { migrateDocument } from '../internal/migrateDocument';
import { readJson, validateSources } from '../internal/readInput';
import { cliFail, USAGE_CODES } from '../messages';

/** The outcome for one input. */
interface ValidationLine {
  readonly file: string;
  readonly kind?: string;
  readonly id?: string;
  readonly valid: boolean;
  readonly migrated: boolean;
  readonly issues: readonly ErrorIssue[];
}

async function writeBack(ctx: Ctx, source: string, document: unknown): Promise<void> {
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (source === '-') {
    ctx.io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(ctx.io.cwd, source), text, 'utf8');
  } catch (e) {
    throw cliFail('output_not_writable', { file: source, reason: String((e as { code?: unknown }).code ?? e) });
  }
}

async function validateOne(ctx: Ctx, source: string, migrate: boolean): Promise<ValidationLine> {
  const input = await readJson(ctx, source);
  let kind: string | undefined;
  let id: string | undefined;
  let migrated = false;
  try {
    let document = documentOf(input.value);
    kind = document.kind as string;
    if (typeof document.id === 'string') id = document.id;
    if (migrate) {
      const outcome = await migrateDocument(document);
      document = outcome.document;
      if (outcome.changed) {
        validateDocument(document);
        await writeBack(ctx, source, document);
        migrated = true;
      }
    }
    validateDocument(document);
    return { file: input.name, ...(kind ? { kind } : {}), ...(id ? { id } : {}), valid: true, migrated, issues: [] };
  } catch (e) {
    if (!isGebiedsgerichtError(e) || USAGE_CODES.has(e.code)) throw e;
    return {
      file: input.name,
      ...(kind ? { kind } : {}),
      ...(id ? { id } : {}),
      valid: false,
      migrated,
      issues: e.issues,
    };
  }
}

function printLine(ctx: Ctx, line: ValidationLine, print: (text: string) => void): void {
  const what = line.kind ? ` (${line.kind}${line.id ? ` ${line.id}` : ''})` : '';
  const s = ctx.out;
  if (line.valid) {
    const migrated = line.migrated
      ? ctx.lang === 'nl'
        ? ', bijgewerkt naar de huidige versie'
        : ', upgraded to the current version'
      : '';
    print(`${s.green('✓')} ${line.file}${what}: ${ctx.lang === 'nl' ? 'geldig' : 'valid'}${migrated}`);
    return;
  }
  const n = line.issues.length;
  const count =
    ctx.lang === 'nl' ? `${n} ${n === 1 ? 'probleem' : 'problemen'}` : `${n} ${n === 1 ? 'problem' : 'problems'}`;
  print(`${s.red('✗')} ${line.file}${what}: ${count}`);
  for (const issue of line.issues)
    print(`  ${s.bold(formatPath(issue.path, ctx.lang))}: ${issue.message[ctx.lang]} ${s.dim(`(${issue.code})`)}`);
}

/** `gebiedsgericht validate <file…> [--migrate]` */
export const validateCommand: Command = {
  options: { migrate: { type: 'boolean' } },
  maxPositionals: Number.POSITIVE_INFINITY,
  async run(ctx, values, positionals) {
    required(positionals, 0, ctx.lang === 'nl' ? 'bestand' : 'file');
    validateSources(positionals);
    const migrate = values.migrate === true;
    // With --migrate, a document read from stdin is written to stdout, so the report goes to stderr.
    const print = migrate && positionals.includes('-') ? ctx.printErr : ctx.print;
    const lines: ValidationLine[] = [];
    let code = EXIT_OK;
    for (const source of positionals) {
      try {
        const line = await validateOne(ctx, source, migrate);
        lines.push(line);
        if (!line.valid && code === EXIT_OK) code = EXIT_FINDINGS;
        if (!ctx.json) printLine(ctx, line, print);
      } catch (e) {
        // A file that cannot be read is reported and the other files are still checked.
        if (!isGebiedsgerichtError(e)) throw e;
        const line: ValidationLine = {
          file: source === '-' ? '<stdin>' : source,
          valid: false,
          migrated: false,
          issues: e.issues,
        };
        lines.push(line);
        code = USAGE_CODES.has(e.code) ? EXIT_USAGE : Math.max(code, EXIT_FINDINGS);
        if (!ctx.json) ctx.printErr(`${ctx.err.red('✗')} ${e.messageIn(ctx.lang)}`);
      }
    }
    const report = { valid: lines.every((l) => l.valid), documents: lines };
    if (ctx.json) print === ctx.print ? printJson(ctx, report) : ctx.printErr(JSON.stringify(report, null, 2));
    return code;
  },
};
