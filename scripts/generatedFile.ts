import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a generated docs file, or with `--check` on the command line fails when the file on disk
 * differs (CI's drift check). `name` is the file as the messages show it, `command` what
 * regenerates it and `summary` what the file holds (for example "42 codes").
 */
export function writeOrCheckGenerated(target: string, text: string, name: string, command: string, summary: string) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${name} is out of date: run \`${command}\``);
      process.exit(1);
    }
    console.log(`checked ${name} (${summary})`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${name} (${summary})`);
  }
}
