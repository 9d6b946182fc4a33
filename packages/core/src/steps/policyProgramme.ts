import type * as z from 'zod';
import { IdListSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { MerDutySchema } from './merDuty';

/**
 * A policy or implementing programme in which the choices are laid down (an
 * uitvoeringsprogramma, a provincial programme, a water management programme): its owner, the
 * projects and opgaven it carries, when it is adopted, and its MER duty.
 *
 * @example
 * const p: PolicyProgramme = {
 *   id: 'programma-lindewaard',
 *   name: { nl: 'Uitvoeringsprogramma Lindewaard', en: 'Lindewaard implementation programme' },
 *   ownerPartyId: 'provincie-zuidmark',
 *   projectIds: ['project-waterberging-lindt'],
 *   opgaveIds: ['opgave-waterberging'],
 *   adoptionPlannedOn: '2027-12-15',
 *   mer: { kind: 'plan_mer', reason: { nl: 'Kaderstellend', en: 'Sets the frame' } },
 * };
 * @see handreiking bijlage 1, onderdeel 2, stap 5 ("in beleidsprogramma's en investeringsplannen/-beslissingen vastgelegd"); §2.7
 */
export const PolicyProgrammeSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  ownerPartyId: IdSchema,
  projectIds: IdListSchema,
  opgaveIds: IdListSchema,
  adoptionPlannedOn: IsoDateSchema,
  adoptedOn: OptionalIsoDateSchema,
  mer: MerDutySchema,
});
/** A policy or implementing programme. */
export type PolicyProgramme = z.infer<typeof PolicyProgrammeSchema>;
