// Test fixture: the three development variants of the fictional Gebied Lindewaard (SCENARIO.md),
// shared with the example through @gebiedsgericht/core/fixtures.
export {
  lindewaardAssessmentInput as lindewaardInput,
  lindewaardCriteria as criteria,
} from '@gebiedsgericht/core/fixtures';
