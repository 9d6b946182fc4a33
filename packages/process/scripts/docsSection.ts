import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Writes `body` between the `begin` and `end` markers of a docs file, or with `--check` on the
 * command line fails when the file holds something else there. `what` names the section in the
 * messages; `command` is what regenerates it.
 */
export function writeDocsSection(
  target: string,
  begin: string,
  end: string,
  body: string,
  what: string,
  command: string,
) {
  const current = readFileSync(target, 'utf8');
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const name = `docs/${basename(target)}`;
  if (start < 0 || stop < start) {
    console.error(`${name} lacks the markers ${begin} … ${end}`);
    process.exit(1);
  }
  const next = current.slice(0, start) + `${begin}\n${body}${end}` + current.slice(stop + end.length);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`${name}: the ${what} has drifted; run \`${command}\`.`);
      process.exit(1);
    }
    console.log(`${name}: ${what} up to date`);
  } else {
    writeFileSync(target, next);
    console.log(`${name}: ${what} written`);
  }
}
