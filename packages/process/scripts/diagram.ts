/**
 * Writes the Mermaid state diagram of the area process machine (default steps 0–5) into
 * docs/process.md between the generated-diagram markers. With `--check` it only compares and
 * exits with status 1 when the document has drifted from the machine (used in CI).
 */

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStepTemplate, gebiedsprocesDiagram } from '../src/index';
import { createGebiedsprocesMachine } from '../src/xstate';
import { writeDocsSection } from './docsSection';

const BEGIN = '<!-- BEGIN GENERATED DIAGRAM (npm run diagram -w @gebiedsgericht/process) -->';
const END = '<!-- END GENERATED DIAGRAM -->';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../../docs/process.md');

const machine = createGebiedsprocesMachine(defaultStepTemplate, {
  processId: 'diagram',
  medeoverheden: [],
  consentStepIds: [],
  changeRules: { majorChangeApprovers: ['provincie'] },
});
writeDocsSection(
  target,
  BEGIN,
  END,
  `\`\`\`mermaid\n${gebiedsprocesDiagram(machine)}\`\`\`\n`,
  'process diagram',
  'npm run diagram -w @gebiedsgericht/process',
);
