// Internal: what every command gets: the language, JSON mode, the streams and whether to colour.
import type { Label, Locale } from '@gebiedsgericht/core';

/**
 * A stream the command writes to; `isTTY` and `columns` are set when it is a terminal.
 *
 * @example
 * const collected: string[] = [];
 * const stream: OutputStream = { write: (chunk) => collected.push(chunk) };
 */
export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * Where a run of the command reads and writes, and what it may know of its environment.
 *
 * @example
 * const io: CliIo = { ...nodeIo(), cwd: '/data/lindewaard', now: () => '2027-03-01T09:00:00+01:00' };
 * await runCli(['process', 'status', 'snapshot.json'], io);
 * @see docs/cli.md
 */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory, against which relative file names are read. */
  readonly cwd: string;
  /** The clock, read only here at the edge: `now` when a command is not given `--now`. */
  readonly now: () => string;
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

export interface Ctx {
  readonly io: CliIo;
  readonly lang: Locale;
  readonly json: boolean;
  readonly maxInputBytes: number;
  /** Styles for stdout and stderr: plain text unless the stream is a terminal and NO_COLOR is unset. */
  readonly out: Style;
  readonly err: Style;
  /** Picks the text in the chosen language. */
  t(label: Label): string;
  print(text: string): void;
  printErr(text: string): void;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s };
const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const ansi: Style = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39) };

/** Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string. */
export function colourFor(stream: OutputStream, env: CliIo['env']): boolean {
  const noColor = env.NO_COLOR;
  return stream.isTTY === true && (noColor === undefined || noColor === '');
}

export function createCtx(io: CliIo, lang: Locale, json: boolean, maxInputBytes: number): Ctx {
  return {
    io,
    lang,
    json,
    maxInputBytes,
    out: colourFor(io.stdout, io.env) ? ansi : plain,
    err: colourFor(io.stderr, io.env) ? ansi : plain,
    t: (label) => label[lang],
    print: (text) => {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    printErr: (text) => {
      io.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
