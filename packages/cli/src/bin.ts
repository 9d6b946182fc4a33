#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCli } from './runCli';

// Output piped into a program that stops reading (`| head`) is not an error of this command.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === '--version') {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
} else {
  process.exitCode = await runCli(args);
}
