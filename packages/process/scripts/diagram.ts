/**
 * Writes the Mermaid state diagram of the area process machine (default steps 0–5) into
 * docs/process.md between the generated-diagram markers. With `--check` it only compares and
 * exits with status 1 when the document has drifted from the machine (used in CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { areaProcessDiagram, createAreaProcessMachine, defaultStepTemplate } from '../src/index';

const BEGIN = '<!-- BEGIN GENERATED DIAGRAM (npm run diagram -w @gebiedsgericht/process) -->';
const END = '<!-- END GENERATED DIAGRAM -->';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../../docs/process.md');

const machine = createAreaProcessMachine(defaultStepTemplate, {
  processId: 'diagram',
  medeoverheden: [],
  consentStepIds: [],
  changeRules: { majorChangeApprovers: ['provincie'] },
});
const block = `${BEGIN}\n\`\`\`mermaid\n${areaProcessDiagram(machine)}\`\`\`\n${END}`;

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
      'docs/process.md: the process diagram has drifted from the machine; run `npm run diagram -w @gebiedsgericht/process`.',
    );
    process.exit(1);
  }
  console.log('docs/process.md: process diagram up to date');
} else {
  writeFileSync(target, next);
  console.log('docs/process.md: process diagram written');
}
