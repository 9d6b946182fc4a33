import { labelledEnum } from '../primitives/labels';

/**
 * What a decision is about: closing a step with its deliverable, the administrative choice of
 * step 4, adopting an agreement or the arrangement, settling a knelpunt, approving a change under
 * the change rules, deferring a choice, or starting, suspending or stopping the process.
 *
 * @example
 * DecisionSubject.label('administrative_choice', 'nl'); // 'Bestuurlijke keuze'
 * @see handreiking bijlage 1, onderdeel 2 (stap 0: "Richt direct de bestuurlijke besluitvorming in")
 */
export const DecisionSubject = labelledEnum({
  step_closure: { nl: 'Afsluiten van een stap', en: 'Closing a step' },
  administrative_choice: { nl: 'Bestuurlijke keuze', en: 'Administrative choice' },
  agreement: { nl: 'Aangaan van een afspraak', en: 'Entering an agreement' },
  arrangement: { nl: 'Ruimtelijk voorstel of arrangement', en: 'Spatial proposal or arrangement' },
  knelpunt: { nl: 'Knelpunt beslechten', en: 'Settling a knelpunt' },
  change: { nl: 'Wijziging volgens de spelregels', en: 'Change under the change rules' },
  deferral: { nl: 'Uitstel van een keuze', en: 'Deferring a choice' },
  process_control: { nl: 'Starten, opschorten of stoppen', en: 'Start, suspend or stop' },
  other: { nl: 'Overig', en: 'Other' },
});
/** One of the {@link DecisionSubject} values. */
export type DecisionSubject = (typeof DecisionSubject)['values'][number];
