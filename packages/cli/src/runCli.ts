import { isGebiedsgerichtError, type Locale } from '@gebiedsgericht/core';
import { numberOption, parseCommand, scanGlobals, splitCommand, stringOption } from './internal/args';
import { type Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './internal/command';
import { type CliIo, type Ctx, createCtx } from './internal/context';
import { formatPath } from './internal/format';
import { helpTexts } from './internal/help';
import { DEFAULT_MAX_INPUT_MB } from './internal/readInput';
import { cliFail, USAGE_CODES } from './messages';

export type { CliIo, OutputStream } from './internal/context';

// Each command is loaded when it is called, so `validate` does not pay for loading the process
// machine, the simulation or the assessment methods.
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  reflect: async () => (await import('./commands/reflect')).reflectCommand,
  assess: async () => (await import('./commands/assess')).assessCommand,
  'risk simulate': async () => (await import('./commands/riskSimulate')).riskSimulateCommand,
  'process status': async () => (await import('./commands/process')).processStatusCommand,
  'process replay': async () => (await import('./commands/process')).processReplayCommand,
  'process diagram': async () => (await import('./commands/process')).processDiagramCommand,
  'store init': async () => (await import('./commands/store')).storeInitCommand,
  'store import': async () => (await import('./commands/store')).storeImportCommand,
  'store export': async () => (await import('./commands/store')).storeExportCommand,
  'store list': async () => (await import('./commands/store')).storeListCommand,
  'store show': async () => (await import('./commands/store')).storeShowCommand,
  'store verify': async () => (await import('./commands/store')).storeVerifyCommand,
  'zgw catalogue': async () => (await import('./commands/zgw')).zgwCatalogueCommand,
};
const groups = new Set(['risk', 'process', 'store', 'zgw']);

const MB = 1024 * 1024;

/**
 * The real process: standard streams, environment, working directory and clock.
 *
 * @example
 * await runCli(['validate', '-'], { ...nodeIo(), env: {} }); // as if NO_COLOR and every other variable were unset
 * @see docs/cli.md
 */
export function nodeIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date().toISOString(),
  };
}

function help(ctx: Ctx, path: string, toStderr = false): void {
  const text = (helpTexts[path] ?? helpTexts[''])?.[ctx.lang] ?? '';
  if (toStderr) ctx.io.stderr.write(text);
  else ctx.io.stdout.write(text);
}

function reportError(ctx: Ctx, e: unknown): number {
  if (isGebiedsgerichtError(e)) {
    const usage = USAGE_CODES.has(e.code);
    if (ctx.json) ctx.printErr(JSON.stringify({ error: e.toJSON() }, null, 2));
    else {
      const s = ctx.err;
      const word = ctx.lang === 'nl' ? 'fout' : 'error';
      const issues = e.issues;
      if (issues.length === 1 && issues[0]?.path.length === 0)
        ctx.printErr(`${s.red(`${word}:`)} ${issues[0].message[ctx.lang]}`);
      else {
        ctx.printErr(`${s.red(`${word}:`)} ${e.messageIn(ctx.lang)}`);
        for (const issue of issues)
          ctx.printErr(
            `  ${s.bold(formatPath(issue.path, ctx.lang))}: ${issue.message[ctx.lang]} ${s.dim(`(${issue.code})`)}`,
          );
      }
      if (usage && e.code !== 'unknown_command') ctx.printErr(s.dim(ctx.lang === 'nl' ? 'Zie --help.' : 'See --help.'));
    }
    return usage ? EXIT_USAGE : EXIT_FINDINGS;
  }
  // Not bad input but a fault of the program: one line, the stack only on request.
  const detail = e instanceof Error ? e.message : String(e);
  const message = cliFail('internal_error', { detail }).messageIn(ctx.lang);
  ctx.printErr(`${ctx.err.red(message)}`);
  if (ctx.io.env.GEBIEDSGERICHT_DEBUG && e instanceof Error && e.stack) ctx.printErr(e.stack);
  return EXIT_FINDINGS;
}

/**
 * Runs the `gebiedsgericht` command with the given arguments (without `node` and the script name)
 * and returns the exit code: 0 fine, 1 findings or invalid input, 2 usage error. Output goes to
 * `io.stdout`, errors to `io.stderr`; nothing is thrown for bad input. `io` defaults to the real
 * process, so other tools can embed the command or run it with their own streams.
 *
 * @example
 * const code = await runCli(['validate', 'startnotitie.json', '--lang', 'en']);
 * process.exitCode = code;
 * @see docs/cli.md
 */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const globals = scanGlobals(argv);
  let ctx = createCtx(io, globals.lang, globals.json, DEFAULT_MAX_INPUT_MB * MB);
  try {
    const { words, rest } = splitCommand(argv, (w) => groups.has(w));
    if (words[0] === 'help') {
      help(ctx, words.slice(1).join(' '));
      return EXIT_OK;
    }
    const path = words.join(' ');
    const load = Object.hasOwn(commands, path) ? commands[path] : undefined;
    if (!load) {
      const known = words.length === 0 || (words.length === 1 && groups.has(words[0] as string));
      if (!known) throw cliFail('unknown_command', { command: path });
      const { values } = parseCommand(rest, {}, 0);
      if (values.help === true) {
        help(ctx, path);
        return EXIT_OK;
      }
      help(ctx, path, true);
      return EXIT_USAGE;
    }
    const command = await load();
    const { values, positionals } = parseCommand(rest, command.options, command.maxPositionals);
    const lang = stringOption(values, 'lang');
    if (lang !== undefined && lang !== 'nl' && lang !== 'en')
      throw cliFail('invalid_option_value', { option: '--lang', value: lang, expected: 'nl | en' });
    ctx = createCtx(
      io,
      (lang ?? 'nl') as Locale,
      values.json === true,
      numberOption(values, 'max-input-mb', DEFAULT_MAX_INPUT_MB) * MB,
    );
    if (values.help === true) {
      help(ctx, path);
      return EXIT_OK;
    }
    return await command.run(ctx, values, positionals);
  } catch (e) {
    return reportError(ctx, e);
  }
}
