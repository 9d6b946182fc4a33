// De drie ontwikkelvarianten van het fictieve Gebied Lindewaard komen uit de gedeelde fixtures van
// @gebiedsgericht/core (zie SCENARIO.md): afwegingskader, randvoorwaarden, varianten met ruimteclaims,
// scores en effecten, als één invoerdocument.
export {
  lindewaardAssessmentInput as lindewaardInput,
  lindewaardCriteria as criteria,
} from '@gebiedsgericht/core/fixtures';
