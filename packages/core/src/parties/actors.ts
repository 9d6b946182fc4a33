import * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { checkRef, checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { partiesIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { NameSchema } from '../primitives/text';
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
export const ActorsSchema = strictObject({
  ...documentHeader('actors'),
  name: NameSchema,
  /** The province whose arrangement these actors work on. */
  provinceId: OptionalIdSchema,
  parties: z.array(PartySchema).min(1),
  persons: z.array(PersonSchema),
  roleAssignments: z.array(RoleAssignmentSchema),
  structures: z.array(StructureSchema),
  reusedCollaborations: z.array(ReusedCollaborationSchema),
}).superRefine((doc, ctx) => {
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
        schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: body.id }, ['parties', i, 'bodies', j, 'id']);
      }
      bodyOwner.set(body.id, { partyId: party.id, elected: isElectedBody(body.kind) });
      if (!allowed.includes(body.kind)) {
        schemaIssue(ctx, partiesIssues, 'body_kind_not_for_party', { partyKind: party.kind, bodyKind: body.kind }, [
          'parties',
          i,
          'bodies',
          j,
          'kind',
        ]);
      }
    });
    if (party.kind === 'ministerie') {
      const rijk = partyById.get(party.partOf);
      if (rijk?.kind !== 'rijk') {
        schemaIssue(ctx, partiesIssues, 'ministry_not_part_of_rijk', { id: party.id }, ['parties', i, 'partOf']);
      }
    }
    if (party.kind === 'samenwerkingsverband') {
      party.participants.forEach((pid, j) => {
        const participant = partyById.get(pid);
        checkRef(ctx, partyIds, pid, ['parties', i, 'participants', j], 'party');
        if (!partyIds.has(pid)) return;
        if (participant && governmentLayerOf(participant.kind) === undefined) {
          schemaIssue(ctx, partiesIssues, 'participant_not_government', { partyId: pid }, [
            'parties',
            i,
            'participants',
            j,
          ]);
        }
      });
      party.tekenmandaat?.grantedBy.forEach((pid, j) => {
        if (!party.participants.includes(pid)) {
          schemaIssue(ctx, partiesIssues, 'mandate_not_from_participant', { partyId: pid }, [
            'parties',
            i,
            'tekenmandaat',
            'grantedBy',
            j,
          ]);
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
        schemaIssue(ctx, sharedIssues, 'body_not_of_party', { bodyId: person.bodyId, partyId: person.partyId }, [
          'persons',
          i,
          'bodyId',
        ]);
      }
    }
  });

  const checkPerson = (personId: string, partyId: string, path: (string | number)[]) => {
    checkRef(ctx, personIds, personId, path, 'person');
    if (!personIds.has(personId)) return;
    if (personParty.get(personId) !== partyId) {
      schemaIssue(ctx, partiesIssues, 'person_not_of_party', { personId, partyId }, path);
    }
  };

  doc.roleAssignments.forEach((ra, i) => {
    checkRef(ctx, partyIds, ra.partyId, ['roleAssignments', i, 'partyId'], 'party');
    if (ra.personId) checkPerson(ra.personId, ra.partyId, ['roleAssignments', i, 'personId']);
    if (ra.structureId) checkRef(ctx, structureIds, ra.structureId, ['roleAssignments', i, 'structureId'], 'structure');
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
          schemaIssue(ctx, sharedIssues, 'body_not_of_party', { bodyId: m.bodyId, partyId: m.partyId }, [
            'structures',
            i,
            'members',
            j,
            'bodyId',
          ]);
        }
      }
      if (s.type === 'platform_volksvertegenwoordigers' && !(m.bodyId && bodyOwner.get(m.bodyId)?.elected)) {
        schemaIssue(ctx, partiesIssues, 'platform_member_not_elected', {}, ['structures', i, 'members', j, 'bodyId']);
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
        schemaIssue(ctx, partiesIssues, 'table_without_government', { name: s.name }, ['structures', i, 'members']);
      }
    }
    if (s.type === 'interprovinciale_afstemming') {
      if (partyById.get(s.leadProvinceId)?.kind !== 'provincie') {
        schemaIssue(ctx, partiesIssues, 'lead_not_province', { leadProvinceId: s.leadProvinceId }, [
          'structures',
          i,
          'leadProvinceId',
        ]);
      }
      const provinces = s.members.filter((m) => partyById.get(m.partyId)?.kind === 'provincie').length;
      if (provinces < 2) {
        schemaIssue(ctx, partiesIssues, 'cross_province_needs_two_provinces', {}, ['structures', i, 'members']);
      }
    }
  });
  doc.structures.forEach((s, i) => {
    const seen = new Set<string>([s.id]);
    let cur = parentOf.get(s.id);
    while (cur !== undefined) {
      if (seen.has(cur)) {
        schemaIssue(ctx, partiesIssues, 'structure_parent_cycle', { structureId: s.id }, ['structures', i, 'parentId']);
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
