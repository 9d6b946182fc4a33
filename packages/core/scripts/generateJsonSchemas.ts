/**
 * Writes `schemas/<name>.schema.json` for every registered document type of the core package.
 * With `--check` it writes nothing and exits 1 when a file is missing, stale or no longer
 * registered (run in CI, so the published JSON Schema never drifts from the zod schemas).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentNames, toJsonSchema } from '../src/index';

const check = process.argv.includes('--check');
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(dir, { recursive: true });

const expected = new Map<string, string>();
for (const name of documentNames()) {
  expected.set(`${name}.schema.json`, `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}

const problems: string[] = [];
const present = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
for (const file of present) {
  if (!expected.has(file)) {
    if (check) problems.push(`stale file, no such document: schemas/${file}`);
    else rmSync(join(dir, file));
  }
}
for (const [file, text] of expected) {
  let current: string | undefined;
  try {
    current = readFileSync(join(dir, file), 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) problems.push(`${current === undefined ? 'missing' : 'out of date'}: schemas/${file}`);
  else writeFileSync(join(dir, file), text);
}

if (check && problems.length > 0) {
  console.error(`JSON Schema drift (run \`npm run schemas\`):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${check ? 'checked' : 'wrote'} ${expected.size} JSON Schema files in packages/core/schemas`);
