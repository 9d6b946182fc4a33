// Prelude for documentation examples of the afwegingskader (scripts/docsExamples.ts): `input` is
// the Lindewaard assessment input from core's fixtures.
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';

export const input = preludeFixtures.lindewaardAssessmentInput();
