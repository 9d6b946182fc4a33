// Test fixture: the three development variants of the fictional Gebied Lindewaard (SCENARIO.md),
// shared with the example through @gebiedsgericht/core/fixtures.
export {
  lindewaardCriteria as criteria,
  lindewaardAssessmentInput as lindewaardInput,
} from '@gebiedsgericht/core/fixtures';
