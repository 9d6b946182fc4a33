import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { AfwegingskaderSchema } from './afwegingskader';
import { AhpComparisonSchema } from './ahp';
import { AssessmentInputSchema } from './assessmentInput';
import { AssessmentRecordSchema } from './assessmentRecord';
import { AssessmentResultSchema } from './assessmentResult';
import { ScoreTableSchema } from './score';
import { VariantSetSchema } from './variant';

/** Document types of the assessment section, published as JSON Schema. */
export const assessmentDocuments = {
  afwegingskader: defineDocument(
    AfwegingskaderSchema,
    { nl: 'Afwegingskader', en: 'Assessment framework (afwegingskader)' },
    {
      nl: 'De criteria van stap 2, elk operationeel gemaakt (indicator, eenheid, methode, bron, referentiesituatie), met gewichten of voorkeursvolgorden.',
      en: 'The criteria of step 2, each made operational (indicator, unit, method, source, reference situation), with weights or priority orders.',
    },
  ),
  variantSet: defineDocument(
    VariantSetSchema,
    { nl: 'Ontwikkelvarianten', en: 'Development variants' },
    {
      nl: 'De ontwikkelvarianten van stap 3 met ruimteclaims per opgave, projecten, kosten, mitigaties en toetsing aan de randvoorwaarden.',
      en: 'The development variants of step 3 with spatial claims per opgave, projects, costs, mitigations and screening against the boundary conditions.',
    },
  ),
  scoreTable: defineDocument(
    ScoreTableSchema,
    { nl: 'Scoretabel', en: 'Score table' },
    {
      nl: 'De scores van de varianten op de criteria van een afwegingskader, met eenheid, onzekerheid en mitigatie.',
      en: 'The scores of the variants on the criteria of an assessment framework, with unit, uncertainty and mitigation.',
    },
  ),
  ahpComparison: defineDocument(
    AhpComparisonSchema,
    { nl: 'AHP-paarsgewijze vergelijking', en: 'AHP pairwise comparison' },
    {
      nl: 'Paarsgewijze vergelijkingen van criteria op de schaal van Saaty, om gewichten af te leiden.',
      en: "Pairwise comparisons of criteria on Saaty's scale, to derive weights.",
    },
  ),
  assessmentInput: defineDocument(
    AssessmentInputSchema,
    { nl: 'Invoer van de afweging', en: 'Assessment input' },
    {
      nl: 'Alles wat in stap 4 wordt afgewogen: afwegingskader, randvoorwaarden, varianten, scores en methode.',
      en: 'Everything weighed in step 4: assessment framework, boundary conditions, variants, scores and method.',
    },
  ),
  assessmentResult: defineDocument(
    AssessmentResultSchema,
    { nl: 'Uitkomst van de afweging', en: 'Assessment result' },
    {
      nl: 'Toetsing, ruimtelijke inpassing, rangorde, gevoeligheid, onzekerheid en verdeling van effecten van de varianten.',
      en: 'Screening, spatial fit, ranking, sensitivity, uncertainty and distribution of effects of the variants.',
    },
  ),
  assessmentRecord: defineDocument(
    AssessmentRecordSchema,
    { nl: 'Verantwoording van de afweging', en: 'Assessment record' },
    {
      nl: 'Wat wel en niet is meegewogen, welke variant de afweging aanwijst en hoe robuust dat is, voor het besluit in stap 4.',
      en: 'What was and was not weighed, which variant the assessment points to and how robust that is, for the step 4 decision.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;
