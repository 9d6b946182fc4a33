// Prelude for the documentation example of the command line (scripts/docsExamples.ts): writes the
// Lindewaard startnotitie as startnotitie.json into the working directory.
import { writeFileSync as preludeWriteFileSync } from 'node:fs';
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';

preludeWriteFileSync('startnotitie.json', JSON.stringify(preludeFixtures.lindewaardStartnotitie));
