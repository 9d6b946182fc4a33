// Prelude for documentation examples that validate a startnotitie read from a file or a request
// (scripts/docsExamples.ts): `text` is its JSON text, `input` the parsed value.
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';

export const text = JSON.stringify(preludeFixtures.lindewaardStartnotitie);
export const input: unknown = JSON.parse(text);
