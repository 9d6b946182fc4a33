import type { StepTemplate } from '@gebiedsgericht/core';

/**
 * The handreiking's steps 0–5 as a step template: opstart; inzicht verkrijgen; visie en
 * afwegingskader; ontwerpen ontwikkelvarianten; afwegen en keuze; borgen en uitvoeren. Each step
 * names the registered core document type of its deliverable and its gate rules. Step 0 closing
 * within 42 days and step 1 staying open beyond 180 days are reported by `dueItems` (SDK
 * defaults, not numbers from the handreiking: "opstarten kost écht tijd", "blijf niet te lang
 * hangen in deze stap"). Step 4's deliverable holds the assessment record and the choice; a
 * choice that departs from the best-ranked variant needs a motivation. Consent of every medeoverheid follows the startnotitie.
 *
 * @example
 * const machine = createGebiedsprocesMachine(defaultStepTemplate, settings);
 * @see handreiking bijlage 1, onderdeel 2 ("Het is één van de mogelijkheden")
 */
export const defaultStepTemplate: StepTemplate = {
  kind: 'stepTemplate',
  schemaVersion: 2,
  id: 'handreiking-stappen-0-5',
  label: { nl: 'Stappen 0–5 van de handreiking', en: 'Steps 0–5 of the handreiking' },
  steps: [
    {
      id: 'opstart',
      label: { nl: 'Stap 0. Opstart', en: 'Step 0. Start-up' },
      goal: {
        nl: 'Overeenstemming over scope, doel en proces; de samenwerking in gang zetten; dezelfde taal spreken.',
        en: 'Agree on scope, goal and process; start collaborating; speak the same language.',
      },
      deliverable: { documentType: 'startnotitie', label: { nl: 'Startnotitie', en: 'Start memo (startnotitie)' } },
      gate: { consent: 'startnotitie', minimumDays: 42 },
    },
    {
      id: 'inzicht-verkrijgen',
      label: { nl: 'Stap 1. Inzicht verkrijgen', en: 'Step 1. Gaining insight' },
      goal: {
        nl: 'Alle benodigde data beschikbaar en bruikbaar; overzicht en overeenstemming over beleidsuitgangspunten.',
        en: 'All needed data available and usable; overview of and agreement on policy starting points.',
      },
      deliverable: {
        documentType: 'dataInventory',
        label: { nl: 'Data-inventarisatie en uitgangspunten', en: 'Data inventory and starting points' },
      },
      gate: { consent: 'startnotitie', timeboxDays: 180 },
    },
    {
      id: 'visie-en-afwegingskader',
      label: { nl: 'Stap 2. Visie en afwegingskader', en: 'Step 2. Vision and assessment framework' },
      goal: {
        nl: 'Overeenstemming over ontwikkelingen en randvoorwaarden; een afwegingskader met criteria voor stap 4.',
        en: 'Agreement on developments and boundary conditions; an assessment framework with criteria for step 4.',
      },
      deliverable: {
        documentType: 'visionAndFramework',
        label: { nl: 'Visie en afwegingskader', en: 'Vision and assessment framework' },
      },
      gate: { consent: 'startnotitie' },
    },
    {
      id: 'ontwerpen-ontwikkelvarianten',
      label: { nl: 'Stap 3. Ontwerpen ontwikkelvarianten', en: 'Step 3. Designing development variants' },
      goal: {
        nl: 'Een aantal logische en maakbare varianten voor de ontwikkeling van de fysieke ruimte.',
        en: 'A number of logical and feasible variants for the development of physical space.',
      },
      deliverable: {
        documentType: 'developmentVariants',
        label: { nl: 'Ontwikkelvarianten', en: 'Development variants' },
      },
      gate: { consent: 'startnotitie' },
    },
    {
      id: 'afwegen-en-keuze',
      label: { nl: 'Stap 4. Afwegen en keuze variant', en: 'Step 4. Weighing and choosing a variant' },
      goal: {
        nl: 'Bestuurlijke keuze voor een samenhangend pakket, met concrete projecten en impact op andere plannen.',
        en: 'An administrative choice for a coherent package, with concrete projects and impact on other plans.',
      },
      deliverable: {
        documentType: 'assessmentAndChoice',
        label: { nl: 'Afweging en bestuurlijke keuze', en: 'Assessment and administrative choice' },
      },
      gate: { consent: 'startnotitie', choosesVariant: true },
    },
    {
      id: 'borgen-en-uitvoeren',
      label: { nl: 'Stap 5. Borgen en uitvoeren', en: 'Step 5. Embedding and implementing' },
      goal: {
        nl: 'De keuzes vastgelegd in beleidsprogramma’s en investeringsplannen en -beslissingen.',
        en: 'The choices laid down in policy programmes and investment plans and decisions.',
      },
      deliverable: {
        documentType: 'embedding',
        label: { nl: 'Borging in programma’s en investeringen', en: 'Embedding in programmes and investments' },
      },
      gate: { consent: 'startnotitie' },
    },
  ],
};
