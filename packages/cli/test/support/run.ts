import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The built executable, as `npx @gebiedsgericht/cli` runs it. */
export const BIN = resolve(import.meta.dirname, '../../dist/bin.js');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the built binary with arguments, optional stdin and environment, and collects its output. */
export function run(
  args: readonly string[],
  options: { cwd: string; stdin?: string | Buffer | NodeJS.ReadableStream; env?: Record<string, string> },
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(BIN, [...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.on('error', () => {
      // the command may stop reading early (an input over the limit): that is what some tests check
    });
    const input = options.stdin;
    if (input === undefined) child.stdin.end();
    else if (typeof input === 'string' || Buffer.isBuffer(input)) child.stdin.end(input);
    else input.pipe(child.stdin);
  });
}
