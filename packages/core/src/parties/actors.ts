import * as z from 'zod';
import { checkRef, checkUniqueIds } from '../internal/refinementChecks';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { addIssue } from '../primitives/validate';
import { bodyKindsFor, isElectedBody } from './bodyKind';
import { governmentLayerOf } from './governmentLayer';
import { type Party, PartySchema } from './party';
import { PersonSchema } from './person';
import { ReusedCollaborationSchema } from './reusedCollaboration';
import { RoleAssignmentSchema } from './roleAssignment';
import { StructureSchema } from './structure';

/**
 * The actors document (partijenregister en structuren): every party with its bodies, the persons
 * who act for them, their standing roles, the collaboration structures (integrale gebiedstafel,
 * nested tables, design groups, programme team, platform of volksvertegenwoordigers,
 * cross-province coordination) and the existing collaborations that are reused.
 *
 * Beyond each part's own checks it rejects: duplicate ids; references to unknown parties, persons,
 * bodies, structures or collaborations; a ministry that is not part of a `rijk` party; a
 * samenwerkingsverband whose participants are not governments; a body kind that does not belong
 * to its party (a gemeenteraad of a provincie); a person listed for a party they do not belong to;
 * an integrale gebiedstafel without any government (`table_without_government`; a
 * samenwerkingsverband does not count); a platform member not delegated from an elected body; a
 * cross-province coordination with fewer than two provinces or a lead that is not a province; a
 * nesting cycle. More than one table per area and missing government layers are reported by
 * {@link areasWithSeveralTables} and {@link missingGovernmentLayers}, not rejected.
 *
 * @example
 * const actors = validate(ActorsSchema, JSON.parse(text));
 * @see handreiking §2.1; §2.3; §2.6
 */
export const ActorsSchema = z
  .strictObject({
    ...documentHeader('actors'),
    name: NameSchema,
    /** The province whose arrangement these actors work on. */
    provinceId: IdSchema.optional(),
    parties: z.array(PartySchema).min(1),
    persons: z.array(PersonSchema),
    roleAssignments: z.array(RoleAssignmentSchema),
    structures: z.array(StructureSchema),
    reusedCollaborations: z.array(ReusedCollaborationSchema),
  })
  .superRefine((doc, ctx) => {
    const partyIds = checkUniqueIds(ctx, doc.parties, ['parties'], 'parties');
    const personIds = checkUniqueIds(ctx, doc.persons, ['persons'], 'persons');
    const structureIds = checkUniqueIds(ctx, doc.structures, ['structures'], 'structures');
    checkUniqueIds(ctx, doc.roleAssignments, ['roleAssignments'], 'roleAssignments');
    const collaborationIds = checkUniqueIds(
      ctx,
      doc.reusedCollaborations,
      ['reusedCollaborations'],
      'reusedCollaborations',
    );

    const partyById = new Map<string, Party>(doc.parties.map((p) => [p.id, p]));
    const bodyOwner = new Map<string, { partyId: string; elected: boolean }>();
    doc.parties.forEach((party, i) => {
      const allowed = bodyKindsFor(party.kind);
      (party.bodies ?? []).forEach((body, j) => {
        if (bodyOwner.has(body.id)) {
          addIssue(
            ctx,
            'duplicate_id',
            { nl: `Dubbele id '${body.id}' bij organen`, en: `Duplicate id '${body.id}' among bodies` },
            ['parties', i, 'bodies', j, 'id'],
          );
        }
        bodyOwner.set(body.id, { partyId: party.id, elected: isElectedBody(body.kind) });
        if (!allowed.includes(body.kind)) {
          addIssue(
            ctx,
            'body_kind_not_for_party',
            {
              nl: `Een ${party.kind} heeft geen orgaan van het soort '${body.kind}'`,
              en: `A ${party.kind} has no body of kind '${body.kind}'`,
            },
            ['parties', i, 'bodies', j, 'kind'],
          );
        }
      });
      if (party.kind === 'ministerie') {
        const rijk = partyById.get(party.partOf);
        if (rijk?.kind !== 'rijk') {
          addIssue(
            ctx,
            'ministry_not_part_of_rijk',
            {
              nl: `Ministerie '${party.id}' moet verwijzen naar een partij van het soort rijk`,
              en: `Ministry '${party.id}' must refer to a party of kind rijk`,
            },
            ['parties', i, 'partOf'],
          );
        }
      }
      if (party.kind === 'samenwerkingsverband') {
        party.participants.forEach((pid, j) => {
          const participant = partyById.get(pid);
          checkRef(ctx, partyIds, pid, ['parties', i, 'participants', j], 'party');
          if (!partyIds.has(pid)) return;
          if (participant && governmentLayerOf(participant.kind) === undefined) {
            addIssue(
              ctx,
              'participant_not_government',
              {
                nl: `Deelnemer '${pid}' van een samenwerkingsverband moet een overheid zijn`,
                en: `Participant '${pid}' of a regional partnership must be a government`,
              },
              ['parties', i, 'participants', j],
            );
          }
        });
        party.tekenmandaat?.grantedBy.forEach((pid, j) => {
          if (!party.participants.includes(pid)) {
            addIssue(
              ctx,
              'mandate_not_from_participant',
              {
                nl: `Het tekenmandaat komt van '${pid}', die geen deelnemer is`,
                en: `The signing mandate comes from '${pid}', who is not a participant`,
              },
              ['parties', i, 'tekenmandaat', 'grantedBy', j],
            );
          }
        });
      }
    });

    const personParty = new Map<string, string>();
    doc.persons.forEach((person, i) => {
      personParty.set(person.id, person.partyId);
      checkRef(ctx, partyIds, person.partyId, ['persons', i, 'partyId'], 'party');
      if (person.level === 'bestuurlijk' && person.bodyId) {
        const owner = bodyOwner.get(person.bodyId);
        if (!owner) checkRef(ctx, new Set(), person.bodyId, ['persons', i, 'bodyId'], 'body');
        else if (owner.partyId !== person.partyId) {
          addIssue(
            ctx,
            'body_not_of_party',
            {
              nl: `Orgaan '${person.bodyId}' hoort niet bij partij '${person.partyId}'`,
              en: `Body '${person.bodyId}' does not belong to party '${person.partyId}'`,
            },
            ['persons', i, 'bodyId'],
          );
        }
      }
    });

    const checkPerson = (personId: string, partyId: string, path: (string | number)[]) => {
      checkRef(ctx, personIds, personId, path, 'person');
      if (!personIds.has(personId)) return;
      if (personParty.get(personId) !== partyId) {
        addIssue(
          ctx,
          'person_not_of_party',
          {
            nl: `Persoon '${personId}' hoort niet bij partij '${partyId}'`,
            en: `Person '${personId}' does not act for party '${partyId}'`,
          },
          path,
        );
      }
    };

    doc.roleAssignments.forEach((ra, i) => {
      checkRef(ctx, partyIds, ra.partyId, ['roleAssignments', i, 'partyId'], 'party');
      if (ra.personId) checkPerson(ra.personId, ra.partyId, ['roleAssignments', i, 'personId']);
      if (ra.structureId)
        checkRef(ctx, structureIds, ra.structureId, ['roleAssignments', i, 'structureId'], 'structure');
    });

    const parentOf = new Map<string, string>();
    doc.structures.forEach((s, i) => {
      if ('parentId' in s && s.parentId) {
        parentOf.set(s.id, s.parentId);
        checkRef(ctx, structureIds, s.parentId, ['structures', i, 'parentId'], 'structure');
      }
      if ((s.origin.kind === 'bestaand' || s.origin.kind === 'uitgebreid') && s.origin.collaborationId) {
        checkRef(
          ctx,
          collaborationIds,
          s.origin.collaborationId,
          ['structures', i, 'origin', 'collaborationId'],
          'reused collaboration',
        );
      }
      s.members.forEach((m, j) => {
        checkRef(ctx, partyIds, m.partyId, ['structures', i, 'members', j, 'partyId'], 'party');
        for (const [k, pid] of (m.personIds ?? []).entries()) {
          checkPerson(pid, m.partyId, ['structures', i, 'members', j, 'personIds', k]);
        }
        if (m.bodyId) {
          const owner = bodyOwner.get(m.bodyId);
          if (!owner) checkRef(ctx, new Set(), m.bodyId, ['structures', i, 'members', j, 'bodyId'], 'body');
          else if (owner.partyId !== m.partyId) {
            addIssue(
              ctx,
              'body_not_of_party',
              {
                nl: `Orgaan '${m.bodyId}' hoort niet bij partij '${m.partyId}'`,
                en: `Body '${m.bodyId}' does not belong to party '${m.partyId}'`,
              },
              ['structures', i, 'members', j, 'bodyId'],
            );
          }
        }
        if (s.type === 'platform_volksvertegenwoordigers' && !(m.bodyId && bodyOwner.get(m.bodyId)?.elected)) {
          addIssue(
            ctx,
            'platform_member_not_elected',
            {
              nl: 'Een lid van het platform van volksvertegenwoordigers komt uit een gekozen orgaan (raad, Staten, algemeen bestuur)',
              en: 'A member of the platform of elected representatives comes from an elected body (council, Staten, general board)',
            },
            ['structures', i, 'members', j, 'bodyId'],
          );
        }
      });
      if (s.type === 'platform_volksvertegenwoordigers') {
        s.advises.forEach((sid, j) => {
          checkRef(ctx, structureIds, sid, ['structures', i, 'advises', j], 'structure');
        });
      }
      if (s.type === 'programmateam') {
        s.mandate.grantedBy.forEach((gid, j) => {
          if (!structureIds.has(gid) && !partyIds.has(gid)) {
            checkRef(ctx, new Set(), gid, ['structures', i, 'mandate', 'grantedBy', j], 'structure or party');
          }
        });
      }
      if (s.type === 'integrale_gebiedstafel') {
        const hasGovernment = s.members.some((m) => {
          const party = partyById.get(m.partyId);
          return party !== undefined && governmentLayerOf(party.kind) !== undefined;
        });
        if (!hasGovernment) {
          addIssue(
            ctx,
            'table_without_government',
            {
              nl: `Aan de integrale gebiedstafel '${s.name}' zit geen enkele overheid (rijk, provincie, gemeente of waterschap); een samenwerkingsverband telt niet als overheidslaag`,
              en: `The integrated area table '${s.name}' has no government member (rijk, province, municipality or water authority); a regional partnership is not a government layer`,
            },
            ['structures', i, 'members'],
          );
        }
      }
      if (s.type === 'interprovinciale_afstemming') {
        if (partyById.get(s.leadProvinceId)?.kind !== 'provincie') {
          addIssue(
            ctx,
            'lead_not_province',
            {
              nl: `De trekker '${s.leadProvinceId}' van de interprovinciale afstemming moet een provincie zijn`,
              en: `The lead '${s.leadProvinceId}' of cross-province coordination must be a province`,
            },
            ['structures', i, 'leadProvinceId'],
          );
        }
        const provinces = s.members.filter((m) => partyById.get(m.partyId)?.kind === 'provincie').length;
        if (provinces < 2) {
          addIssue(
            ctx,
            'cross_province_needs_two_provinces',
            {
              nl: 'Interprovinciale afstemming vraagt ten minste twee provincies als lid',
              en: 'Cross-province coordination needs at least two provinces as members',
            },
            ['structures', i, 'members'],
          );
        }
      }
    });
    doc.structures.forEach((s, i) => {
      const seen = new Set<string>([s.id]);
      let cur = parentOf.get(s.id);
      while (cur !== undefined) {
        if (seen.has(cur)) {
          addIssue(
            ctx,
            'structure_parent_cycle',
            {
              nl: `Structuur '${s.id}' ligt (indirect) in zichzelf`,
              en: `Structure '${s.id}' is (indirectly) nested in itself`,
            },
            ['structures', i, 'parentId'],
          );
          break;
        }
        seen.add(cur);
        cur = parentOf.get(cur);
      }
    });
    doc.reusedCollaborations.forEach((c, i) => {
      c.partyIds.forEach((pid, j) => {
        checkRef(ctx, partyIds, pid, ['reusedCollaborations', i, 'partyIds', j], 'party');
      });
    });
  });
/** The actors document: parties, persons, roles, structures and reused collaborations. */
export interface Actors extends z.output<typeof ActorsSchema> {}
