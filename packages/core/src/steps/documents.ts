import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { AssessmentAndChoiceSchema } from './assessmentAndChoice';
import { DataInventorySchema } from './dataInventory';
import { DevelopmentVariantsSchema } from './developmentVariants';
import { EmbeddingSchema } from './embedding';
import { VisionAndFrameworkSchema } from './visionAndFramework';

/** Document types of the steps section, published as JSON Schema. */
export const stepsDocuments = {
  dataInventory: defineDocument(
    DataInventorySchema,
    {
      nl: 'Stap 1: data-inventarisatie en beleidsuitgangspunten',
      en: 'Step 1: data inventory and policy starting points',
    },
    {
      nl: 'Bronnen en kennisproducten (cadans, eigenaar, openbaarheid, waarvoor ze dienen), afgesproken beleidsuitgangspunten en een notitie over de volledigheid.',
      en: 'Sources and knowledge products (cadence, owner, openness, what they serve), agreed policy starting points and a note on completeness.',
    },
  ),
  visionAndFramework: defineDocument(
    VisionAndFrameworkSchema,
    { nl: 'Stap 2: visie en afwegingskader', en: 'Step 2: vision and assessment framework' },
    {
      nl: 'Afgesproken ontwikkelingen en trends, randvoorwaarden, de visie (horizonjaar, waarden, teruggeredeneerde mijlpalen) en het afwegingskader.',
      en: 'Agreed developments and trends, boundary conditions, the vision (horizon year, values, back-cast milestones) and the assessment framework.',
    },
  ),
  developmentVariants: defineDocument(
    DevelopmentVariantsSchema,
    { nl: 'Stap 3: ontwikkelvarianten', en: 'Step 3: development variants' },
    {
      nl: 'Minstens twee maakbare ontwikkelvarianten, getoetst aan de randvoorwaarden, en hoe en met wie ze zijn ontworpen.',
      en: 'At least two feasible development variants, screened against the boundary conditions, and how and with whom they were designed.',
    },
  ),
  assessmentAndChoice: defineDocument(
    AssessmentAndChoiceSchema,
    { nl: 'Stap 4: afweging en bestuurlijke keuze', en: 'Step 4: assessment and administrative choice' },
    {
      nl: 'De verantwoording van de afweging en de gekozen variant met pakket aan projecten, impact op andere plannen, open uitwerkingen en motivering.',
      en: 'The assessment record and the chosen variant with its package of projects, impact on other plans, open elaborations and motivation.',
    },
  ),
  embedding: defineDocument(
    EmbeddingSchema,
    { nl: 'Stap 5: borging en uitvoering', en: 'Step 5: embedding and implementation' },
    {
      nl: "Beleidsprogramma's met MER-plicht, de investeringsagenda, de juridische doorwerking met data en bevoegd gezag, en wanneer financiële verplichtingen ontstaan.",
      en: 'Policy programmes with their EIA duty, the investment agenda, the legal follow-through with dates and competent authority, and when financial obligations arise.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;
