import * as z from 'zod';
import {
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  NonNegativeNumberSchema,
  OptionalIdSchema,
  OptionalTextSchema,
} from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { partiesIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { EuroCentsSchema } from '../primitives/money';
import { NameSchema, TextSchema } from '../primitives/text';
import { ChairSchema, StructureMemberSchema } from './structureMember';
import { StructureOriginSchema } from './structureOrigin';

const common = {
  id: IdSchema,
  name: NameSchema,
  members: z.array(StructureMemberSchema).min(1),
  origin: StructureOriginSchema,
  description: OptionalTextSchema,
};

/**
 * The integrale gebiedstafel: one per area, where at least rijk, provincie, gemeenten and
 * waterschappen meet; other partners join incidentally or fully.
 *
 * @see handreiking §2.1 ("Zorg voor één integrale tafel per gebied")
 * @example
 * GebiedstafelSchema.parse(lindewaardActors.structures[0]);
 */
export const GebiedstafelSchema = strictObject({
  ...common,
  type: z.literal('integrale_gebiedstafel'),
  areaId: IdSchema,
  chair: ChairSchema,
});
/** An integrale gebiedstafel. */
export type Gebiedstafel = z.infer<typeof GebiedstafelSchema>;

/**
 * A table or design group nested in another structure, such as the three municipal tables and the
 * regional design group of the Regionale Ontwerptafel Rivierenland.
 *
 * @see handreiking bijlage 2, voorbeeld 1
 * @example
 * NestedStructureSchema.parse({ id: 'tafel-zaltbommel', type: 'deeltafel', name: 'Gemeentelijke tafel', parentId: 'ror',
 *   origin: { kind: 'bestaand' }, members: [{ partyId: 'gemeente-zaltbommel', membership: 'vast', levels: ['ambtelijk'] }] });
 */
export const NestedStructureSchema = strictObject({
  ...common,
  type: z.enum(['deeltafel', 'ontwerpgroep']),
  parentId: IdSchema,
  chair: ChairSchema.optional(),
});
/** A nested table or design group. */
export type NestedStructure = z.infer<typeof NestedStructureSchema>;

/**
 * An administrative or civil-service meeting (bestuurlijk afstemmingsoverleg, ambtelijk overleg).
 *
 * @example
 * MeetingStructureSchema.parse({ id: 'bao', type: 'bestuurlijk_overleg', name: 'Bestuurlijk afstemmingsoverleg',
 *   origin: { kind: 'bestaand' }, members: [{ partyId: 'regio-rivierenland', membership: 'vast', levels: ['bestuurlijk'] }] });
 * @see handreiking bijlage 2, voorbeeld 1
 */
export const MeetingStructureSchema = strictObject({
  ...common,
  type: z.enum(['bestuurlijk_overleg', 'ambtelijk_overleg']),
  parentId: OptionalIdSchema,
  chair: ChairSchema.optional(),
});
/** An administrative or civil-service meeting. */
export type MeetingStructure = z.infer<typeof MeetingStructureSchema>;

/**
 * The mandate of a programme team: who granted it, what it may decide on its own and what it
 * has to spend.
 *
 * @example
 * MandateSchema.parse({ description: 'Voorbereiden en uitvoeren', grantedBy: ['gebiedstafel'], mayDecide: ['planning'] });
 * @see handreiking §2.3 ("programmateam, dat stevig mandaat en voldoende tijd hiervoor heeft")
 */
export const MandateSchema = strictObject({
  description: TextSchema,
  /** Ids of the structures or parties that granted the mandate. */
  grantedBy: NonEmptyIdListSchema,
  /** What the team may decide without going back to the table. */
  mayDecide: z.array(NonEmptyStringSchema),
  budget: EuroCentsSchema.nonnegative().optional(),
  /** Committed capacity of the team in full-time equivalents. */
  capacityFte: NonNegativeNumberSchema.optional(),
});
/** The mandate of a programme team. */
export type Mandate = z.infer<typeof MandateSchema>;

/**
 * The dedicated intergovernmental programme team (aanjaag- of programmateam) with its mandate.
 *
 * @see handreiking §2.3
 * @example
 * ProgrammeTeamSchema.parse(lindewaardActors.structures[1]);
 */
export const ProgrammeTeamSchema = strictObject({
  ...common,
  type: z.literal('programmateam'),
  parentId: OptionalIdSchema,
  chair: ChairSchema.optional(),
  mandate: MandateSchema,
});
/** A programme team with its mandate. */
export type ProgrammeTeam = z.infer<typeof ProgrammeTeamSchema>;

/**
 * A regional platform of volksvertegenwoordigers: delegates of the democratic bodies of the
 * partners, who advise the bestuurders on the decision process and the project team on informing
 * representatives. Members name the elected body they are delegated from.
 *
 * @see handreiking §2.3 (RES-regio's: "regionaal platform van volksvertegenwoordigers")
 * @example
 * RepresentativesPlatformSchema.parse(lindewaardActors.structures[3]);
 */
export const RepresentativesPlatformSchema = strictObject({
  ...common,
  type: z.literal('platform_volksvertegenwoordigers'),
  /** Ids of the structures the platform advises. */
  advises: NonEmptyIdListSchema,
  chair: ChairSchema.optional(),
});
/** A regional platform of volksvertegenwoordigers. */
export type RepresentativesPlatform = z.infer<typeof RepresentativesPlatformSchema>;

/**
 * Coordination between provinces for an area or arrangement that crosses a provincial border,
 * with a lead province.
 *
 * @see handreiking §2.1 ("provinciegrensoverstijgende samenwerking, dan is afstemming tussen provincies
 * noodzakelijk") and §2.3
 * @example
 * CrossProvinceCoordinationSchema.parse(zuidmarkActors.structures.at(-1));
 */
export const CrossProvinceCoordinationSchema = strictObject({
  ...common,
  type: z.literal('interprovinciale_afstemming'),
  leadProvinceId: IdSchema,
  areaId: OptionalIdSchema,
  chair: ChairSchema.optional(),
});
/** Cross-province coordination with a lead province. */
export type CrossProvinceCoordination = z.infer<typeof CrossProvinceCoordinationSchema>;

/**
 * A collaboration structure, discriminated by `type` (see {@link StructureType}). Checked on its
 * own: the chair is a member (and, when persons are listed, the chairing person is one of them),
 * no party is listed twice, and a lead province is a member.
 *
 * @example
 * StructureSchema.parse({ id: 'gebiedstafel-lindewaard', type: 'integrale_gebiedstafel', name: 'Gebiedstafel',
 *   areaId: 'lindewaard', chair: { partyId: 'provincie-zuidmark' }, origin: { kind: 'bestaand' },
 *   members: [{ partyId: 'provincie-zuidmark', membership: 'vast', levels: ['bestuurlijk'] }] });
 * @see handreiking §2.1; §2.3
 */
export const StructureSchema = z
  .discriminatedUnion('type', [
    GebiedstafelSchema,
    NestedStructureSchema,
    MeetingStructureSchema,
    ProgrammeTeamSchema,
    RepresentativesPlatformSchema,
    CrossProvinceCoordinationSchema,
  ])
  .superRefine((structure, ctx) => {
    const byParty = new Map<string, (typeof structure.members)[number]>();
    structure.members.forEach((member, i) => {
      if (byParty.has(member.partyId)) {
        schemaIssue(ctx, partiesIssues, 'duplicate_member', { partyId: member.partyId }, ['members', i, 'partyId']);
      }
      byParty.set(member.partyId, member);
    });
    const chair = structure.chair;
    if (chair) {
      const member = byParty.get(chair.partyId);
      if (!member) {
        schemaIssue(ctx, partiesIssues, 'chair_not_member', { chair: chair.partyId, of: structure.name }, [
          'chair',
          'partyId',
        ]);
      } else if (chair.personId && member.personIds && !member.personIds.includes(chair.personId)) {
        schemaIssue(ctx, partiesIssues, 'chair_not_member', { chair: chair.personId, of: chair.partyId }, [
          'chair',
          'personId',
        ]);
      }
    }
    if (structure.type === 'interprovinciale_afstemming' && !byParty.has(structure.leadProvinceId)) {
      schemaIssue(ctx, partiesIssues, 'lead_province_not_member', { leadProvinceId: structure.leadProvinceId }, [
        'leadProvinceId',
      ]);
    }
    if ('parentId' in structure && structure.parentId === structure.id) {
      schemaIssue(ctx, partiesIssues, 'structure_parent_cycle', { structureId: structure.id }, ['parentId']);
    }
  });
/** A collaboration structure. */
export type Structure = z.infer<typeof StructureSchema>;
