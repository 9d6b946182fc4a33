// Prelude for documentation examples of GOKIT-R (scripts/docsExamples.ts): the Lindewaard risk
// register and step 3 control sheet, the N-weg estimate and project set-up from core's fixtures.
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';

export const register = preludeFixtures.lindewaardRiskRegister;
export const sheet = preludeFixtures.lindewaardStep3ControlSheet;
export const estimate = preludeFixtures.nWegEstimate;
export const setup = preludeFixtures.nWegProjectSetup;
