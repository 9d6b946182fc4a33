/**
 * What the command does on a terminal: colour (unless NO_COLOR) and a progress bar for long
 * simulations. A spawned process has pipes, not a terminal, so these run the same command in
 * process with streams that say they are terminals.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { type CliIo, runCli } from '../src/index';

const cwd = inject('fixtureDir');
const ESC = '\u001b';
/** Text without its colour sequences. */
const plainText = (text: string) => text.replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), '');

function terminal(isTTY: boolean) {
  let text = '';
  return {
    stream: {
      isTTY,
      columns: 100,
      write: (chunk: string) => {
        text += chunk;
        return true;
      },
    },
    text: () => text,
  };
}

async function runOn(args: string[], opts: { tty: boolean; env?: Record<string, string> }) {
  const stdout = terminal(opts.tty);
  const stderr = terminal(opts.tty);
  const io: CliIo = {
    stdin: new PassThrough(),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: opts.env ?? {},
    cwd,
    now: () => '2027-03-01T09:00:00+01:00',
  };
  const code = await runCli(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('on a terminal', () => {
  it('colours the outcome, and not when NO_COLOR is set', async () => {
    const coloured = await runOn(['validate', 'startnotitie-invalid.json'], { tty: true });
    expect(coloured.code).toBe(1);
    expect(coloured.stdout).toContain(`${ESC}[31m`);
    const plain = await runOn(['validate', 'startnotitie-invalid.json'], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toBe(plainText(coloured.stdout));
  });

  it('draws a progress bar on stderr for a long simulation and clears it, but not when piped', async () => {
    const args = ['risk', 'simulate', 'estimate.json', '--iterations', '400000', '--seed', '3'];
    const tty = await runOn(args, { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('simuleren [');
    expect(tty.stderr).toContain('100%');
    expect(tty.stderr.endsWith('\r\u001b[2K')).toBe(true);
    const piped = await runOn(args, { tty: false });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(plainText(tty.stdout));
  });

  it('draws no progress bar for a short simulation or with --json', async () => {
    const short = await runOn(['risk', 'simulate', 'estimate.json', '--iterations', '1000'], { tty: true });
    expect(short.stderr).toBe('');
    const json = await runOn(['risk', 'simulate', 'estimate.json', '--iterations', '400000', '--json'], { tty: true });
    expect(json.stderr).toBe('');
  });
});
