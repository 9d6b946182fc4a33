import { labelledEnum } from '../primitives/labels';

/**
 * The legal instruments through which choices are laid down (juridische doorwerking): the
 * Omgevingswet's omgevingsvisie, programma, omgevingsplan, omgevingsverordening, instructieregel and
 * projectbesluit, the coördinatieregeling, and changes to national rules.
 *
 * @example
 * LegalInstrument.label('projectbesluit', 'en'); // 'Project decision (projectbesluit)'
 * @see handreiking §2.7 ("juridische doorwerking; hoe en wanneer worden de wettelijke trajecten van de Omgevingswet doorlopen")
 */
export const LegalInstrument = labelledEnum({
  omgevingsvisie: { nl: 'Omgevingsvisie', en: 'Environment vision (omgevingsvisie)' },
  programma: { nl: 'Programma (Omgevingswet)', en: 'Programme (Omgevingswet)' },
  omgevingsplan: { nl: 'Omgevingsplan', en: 'Municipal environment plan (omgevingsplan)' },
  omgevingsverordening: { nl: 'Omgevingsverordening', en: 'Provincial environment ordinance (omgevingsverordening)' },
  instructieregel: { nl: 'Instructieregel', en: 'Instruction rule (instructieregel)' },
  projectbesluit: { nl: 'Projectbesluit', en: 'Project decision (projectbesluit)' },
  coordinatieregeling: { nl: 'Coördinatieregeling', en: 'Coordination arrangement (coördinatieregeling)' },
  national_rule_change: { nl: 'Wijziging van rijksregels', en: 'Change to national rules' },
});
/** One of the {@link LegalInstrument} values. */
export type LegalInstrument = (typeof LegalInstrument)['values'][number];
