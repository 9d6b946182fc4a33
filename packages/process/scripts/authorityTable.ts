/**
 * Writes the authority table of the area process (event type × who may send it × from which role
 * or body) into docs/process.md between the generated-authority markers, from the same rules the
 * process checks. With `--check` it only compares and exits with status 1 when the document has
 * drifted from the code (used in CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authorityTableMarkdown } from '../src/authority/authorityTable';

const BEGIN = '<!-- BEGIN GENERATED AUTHORITY TABLE (npm run authority -w @gebiedsgericht/process) -->';
const END = '<!-- END GENERATED AUTHORITY TABLE -->';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../../docs/process.md');

const block = `${BEGIN}\n${authorityTableMarkdown()}${END}`;
const current = readFileSync(target, 'utf8');
const start = current.indexOf(BEGIN);
const end = current.indexOf(END);
if (start < 0 || end < start) {
  console.error(`docs/process.md lacks the markers ${BEGIN} … ${END}`);
  process.exit(1);
}
const next = current.slice(0, start) + block + current.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(
      'docs/process.md: the authority table has drifted from the rules; run `npm run authority -w @gebiedsgericht/process`.',
    );
    process.exit(1);
  }
  console.log('docs/process.md: authority table up to date');
} else {
  writeFileSync(target, next);
  console.log('docs/process.md: authority table written');
}
