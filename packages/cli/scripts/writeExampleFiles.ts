/**
 * Writes the documents of the fictional Lindewaard scenario as JSON files into a folder (default
 * `lindewaard-json`), so the example session in docs/cli.md can be followed step by step:
 * `npm run example-files -w @gebiedsgericht/cli -- <folder>`.
 */
import { resolve } from 'node:path';
import { writeFixtureFiles } from '../test/support/fixtureFiles';

const dir = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? 'lindewaard-json');
writeFixtureFiles(dir);
process.stdout.write(`${dir}\n`);
