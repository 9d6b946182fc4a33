import type { StepTemplate } from '@gebiedsgericht/core';

/**
 * The four steps of the Regionale Ontwerptafel Rivierenland's gebiedsvisie as a step template:
 * inventariseren, ambities formuleren, visie formuleren, uitvoeringsagenda. It runs on the same
 * process machine as the default steps 0–5: another sequence is data, not a fork of the logic.
 *
 * @example
 * const machine = createGebiedsprocesMachine(rivierenlandStepTemplate, settings);
 * @see handreiking bijlage 2, voorbeeld 1 ("Stap 1: Inventariseren. Stap 2: Ambities formuleren.
 *   Stap 3: Visie formuleren. Stap 4: Uitvoeringsagenda.")
 */
export const rivierenlandStepTemplate: StepTemplate = {
  kind: 'stepTemplate',
  schemaVersion: 2,
  id: 'rivierenland-gebiedsvisie',
  label: { nl: 'Gebiedsvisie Rivierenland (vier stappen)', en: 'Rivierenland area vision (four steps)' },
  steps: [
    {
      id: 'inventariseren',
      label: { nl: 'Stap 1. Inventariseren', en: 'Step 1. Taking stock' },
      deliverable: { documentType: 'dataInventory', label: { nl: 'Inventarisatie', en: 'Inventory' } },
      gate: { consent: 'never', timeboxDays: 180 },
    },
    {
      id: 'ambities-formuleren',
      label: { nl: 'Stap 2. Ambities formuleren', en: 'Step 2. Formulating ambitions' },
      deliverable: { documentType: 'visionAndFramework', label: { nl: 'Ambities', en: 'Ambitions' } },
      gate: { consent: 'never' },
    },
    {
      id: 'visie-formuleren',
      label: { nl: 'Stap 3. Visie formuleren', en: 'Step 3. Formulating the vision' },
      deliverable: {
        documentType: 'visionAndFramework',
        label: { nl: 'Gebiedsvisie en integraal afwegingskader', en: 'Area vision and integrated framework' },
      },
      gate: { consent: 'always' },
    },
    {
      id: 'uitvoeringsagenda',
      label: { nl: 'Stap 4. Uitvoeringsagenda', en: 'Step 4. Implementation agenda' },
      deliverable: { documentType: 'embedding', label: { nl: 'Uitvoeringsagenda', en: 'Implementation agenda' } },
      gate: { consent: 'startnotitie' },
    },
  ],
};
