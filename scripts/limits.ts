/**
 * Writes docs/limits.md: every limit the SDK enforces (core's `LIMITS`), with its value, the error
 * code past it and what it applies to. With `--check` it writes nothing and exits 1 when the file
 * is out of date (part of `npm test`, so a changed limit without its row fails CI).
 */

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../packages/core/src/index';
import { writeOrCheckGenerated } from './generatedFile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'docs', 'limits.md');

const number = (n: number) => n.toLocaleString('en-GB');
const rows = Object.entries(LIMITS).map(
  ([name, limit]) =>
    `| \`${name}\` | ${number(limit.max)} ${limit.unit} | \`${limit.code}\` | ${limit.en} | ${limit.nl} |`,
);

const text = `# Limits

Generated from \`LIMITS\` in \`@gebiedsgericht/core\` by \`scripts/limits.ts\` (\`npm run limits\`);
\`npm test\` fails when this file is out of date. No realistic area process comes near these limits.
They exist so that a hostile or broken input (a request body nested ten thousand levels deep, a
ten-million-character motivation, ten thousand variants, a search that would run for minutes) is
refused with a typed \`GebiedsgerichtError\` before it exhausts the host's stack, memory or time.
The largest value in the table is accepted; one more is refused with the code shown. Each limit
has a test at the limit and one past it. Read them in code as \`LIMITS.<name>.max\`.

| limit | largest accepted | code past it | applies to | geldt voor |
|---|---|---|---|---|
${rows.join('\n')}

An exception thrown by the caller's own code while the SDK reads a value (a getter or a Proxy trap
that throws) is not a limit: when it happens while copying (\`jsonCopy\`, which \`send\`, restore and
the migrations use) it is refused as \`not_plain_json\`; elsewhere it reaches the caller unchanged.
`;

writeOrCheckGenerated(target, text, 'docs/limits.md', 'npm run limits', `${rows.length} limits`);
