/**
 * Writes the authority table of the area process (event type × who may send it × from which role
 * or body) into docs/process.md between the generated-authority markers, from the same rules the
 * process checks. With `--check` it only compares and exits with status 1 when the document has
 * drifted from the code (used in CI).
 */

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authorityTableMarkdown } from '../src/authority/authorityTable';
import { writeDocsSection } from './docsSection';

const BEGIN = '<!-- BEGIN GENERATED AUTHORITY TABLE (npm run authority -w @gebiedsgericht/process) -->';
const END = '<!-- END GENERATED AUTHORITY TABLE -->';

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../../docs/process.md');

writeDocsSection(
  target,
  BEGIN,
  END,
  authorityTableMarkdown(),
  'authority table',
  'npm run authority -w @gebiedsgericht/process',
);
