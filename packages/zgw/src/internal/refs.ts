// The placeholder references the catalogue plan and the emitters share.
import { referenceOf } from '../references';

export const refs = {
  catalogus: () => referenceOf('catalogus'),
  zaaktype: (templateId: string) => referenceOf('zaaktype', templateId),
  knelpuntZaaktype: (templateId: string) => referenceOf('zaaktype', templateId, 'knelpunt'),
  statustype: (templateId: string, stepId: string) => referenceOf('statustype', templateId, stepId),
  knelpuntStatustype: (templateId: string, level: string) => referenceOf('statustype', templateId, 'knelpunt', level),
  roltype: (templateId: string, role: string) => referenceOf('roltype', templateId, role),
  knelpuntRoltype: (templateId: string, role: string) => referenceOf('roltype', templateId, 'knelpunt', role),
  besluittype: (subject: string) => referenceOf('besluittype', subject),
  informatieobjecttype: (documentType: string) => referenceOf('informatieobjecttype', documentType),
  zaaktypeInformatieobjecttype: (templateId: string, documentType: string) =>
    referenceOf('zaaktype-informatieobjecttype', templateId, documentType),
  eigenschap: (templateId: string, naam: string) => referenceOf('eigenschap', templateId, naam),
  resultaattype: (templateId: string, key: string) => referenceOf('resultaattype', templateId, key),
  knelpuntResultaattype: (templateId: string, key: string) => referenceOf('resultaattype', templateId, 'knelpunt', key),
  zaak: (processId: string) => referenceOf('zaak', processId),
  deelzaak: (processId: string, knelpuntId: string) => referenceOf('zaak', processId, 'knelpunt', knelpuntId),
};

/** The statustype key of the end status, after the last step. */
export const END_STATUS = 'afgerond';
/** The statustype key of the end status of a knelpunt deelzaak. */
export const KNELPUNT_END_STATUS = 'afgesloten';

/** Cuts a text to at most `max` characters (ZGW fields have fixed maximum lengths). */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
