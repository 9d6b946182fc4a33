import { coreIssue } from '../internal/schemaIssue';
import { sharedIssues, startnotitieIssues } from '../internal/schemaMessages';
import { type Actors, ActorsSchema } from '../parties/actors';
import { governmentLayerOf } from '../parties/governmentLayer';
import type { ErrorIssue, IssuePath } from '../primitives/errors';
import { validate } from '../primitives/validate';
import { type Startnotitie, StartnotitieSchema } from './startnotitie';

/**
 * Checks a startnotitie against the actors document of its area and returns every problem (empty
 * when all is well); it throws only for invalid input. It reports:
 * - `unknown_reference`: a party, body or structure id in the startnotitie that the actors document
 *   does not have (party agreements, deciders, escalation actors and the provinces and parties of
 *   an intervention per province, ijkmoment owners, data owners, spokespersons, participation);
 * - `body_not_of_party`: a decider's body that belongs to another party;
 * - `government_without_agreement`: a government that is a full member of the area's integrale
 *   gebiedstafel but has no roles, tasks and responsibilities in the startnotitie.
 *
 * @example
 * startnotitieReferenceIssues(lindewaardStartnotitie, lindewaardActors); // []
 * @see handreiking §2.3 ("Maak concrete afspraken over rollen, taken en verantwoordelijkheden")
 */
export function startnotitieReferenceIssues(startnotitie: Startnotitie, actors: Actors): ErrorIssue[] {
  const doc = validate(StartnotitieSchema, startnotitie, { path: ['startnotitie'] });
  const register = validate(ActorsSchema, actors, { path: ['actors'] });
  const issues: ErrorIssue[] = [];
  const parties = new Map(register.parties.map((p) => [p.id, p]));
  const bodyOwner = new Map<string, string>();
  for (const p of register.parties) for (const b of p.bodies ?? []) bodyOwner.set(b.id, p.id);
  const structures = new Set(register.structures.map((s) => s.id));
  const known = new Set<string>([...parties.keys(), ...structures]);

  const unknown = (id: string, path: IssuePath, what: string) => {
    issues.push(
      coreIssue(
        sharedIssues,
        'unknown_reference',
        { id, whatNl: `${what} in het partijenregister`, whatEn: `${what} in the actors document` },
        ['startnotitie', ...path],
      ),
    );
  };
  const party = (id: string, path: IssuePath) => {
    if (!parties.has(id)) unknown(id, path, 'party');
  };

  doc.partyAgreements.forEach((a, i) => {
    party(a.partyId, ['partyAgreements', i, 'partyId']);
  });
  doc.decisionMaking.rules.forEach((rule, i) => {
    rule.deciders.forEach((d, j) => {
      party(d.partyId, ['decisionMaking', 'rules', i, 'deciders', j, 'partyId']);
      const owner = bodyOwner.get(d.bodyId);
      if (owner === undefined) unknown(d.bodyId, ['decisionMaking', 'rules', i, 'deciders', j, 'bodyId'], 'body');
      else if (owner !== d.partyId) {
        issues.push(
          coreIssue(sharedIssues, 'body_not_of_party', { bodyId: d.bodyId, partyId: d.partyId }, [
            'startnotitie',
            'decisionMaking',
            'rules',
            i,
            'deciders',
            j,
            'bodyId',
          ]),
        );
      }
    });
    if (rule.preparedIn && !structures.has(rule.preparedIn)) {
      unknown(rule.preparedIn, ['decisionMaking', 'rules', i, 'preparedIn'], 'structure');
    }
  });
  const levels = [
    ...doc.escalation.levels.map((l, i): [typeof l, IssuePath] => [l, ['escalation', 'levels', i]]),
    [doc.escalation.finalLevel, ['escalation', 'finalLevel']] as [typeof doc.escalation.finalLevel, IssuePath],
  ];
  for (const [level, path] of levels) {
    const a = level.actor;
    if (a.kind === 'partij') {
      party(a.partyId, [...path, 'actor', 'partyId']);
      if (a.substituteIfParty.kind === 'partij')
        party(a.substituteIfParty.partyId, [...path, 'actor', 'substituteIfParty', 'partyId']);
    } else if (a.kind === 'structuur') {
      if (!structures.has(a.structureId)) unknown(a.structureId, [...path, 'actor', 'structureId'], 'structure');
    } else if (a.partyId) {
      party(a.partyId, [...path, 'actor', 'partyId']);
    }
    level.perProvince?.forEach((p, i) => {
      party(p.provinceId, [...path, 'perProvince', i, 'provinceId']);
      p.partyIds.forEach((id, j) => {
        if (!known.has(id)) unknown(id, [...path, 'perProvince', i, 'partyIds', j], 'party or structure');
      });
      if (p.bodyId === undefined) return;
      const owner = bodyOwner.get(p.bodyId);
      if (owner === undefined) unknown(p.bodyId, [...path, 'perProvince', i, 'bodyId'], 'body');
      else if (owner !== p.provinceId) {
        issues.push(
          sharedIssues.issue('body_not_of_party', { bodyId: p.bodyId, partyId: p.provinceId }, [
            'startnotitie',
            ...path,
            'perProvince',
            i,
            'bodyId',
          ]),
        );
      }
    });
  }
  doc.ijkmomenten.programmeMoments.forEach((m, i) => {
    party(m.setByPartyId, ['ijkmomenten', 'programmeMoments', i, 'setByPartyId']);
  });
  doc.ijkmomenten.regionalMoments.forEach((m, i) => {
    party(m.organiserPartyId, ['ijkmomenten', 'regionalMoments', i, 'organiserPartyId']);
  });
  doc.data.ownership.forEach((o, i) => {
    party(o.ownerPartyId, ['data', 'ownership', i, 'ownerPartyId']);
  });
  party(doc.data.collaborationSpace.administratorPartyId, ['data', 'collaborationSpace', 'administratorPartyId']);
  doc.communication.spokespersons.forEach((s, i) => {
    party(s.partyId, ['communication', 'spokespersons', i, 'partyId']);
  });
  doc.participation.madeWith.forEach((id, i) => {
    party(id, ['participation', 'madeWith', i]);
  });
  doc.participation.stakeholders.forEach((s, i) => {
    if (s.partyId) party(s.partyId, ['participation', 'stakeholders', i, 'partyId']);
  });
  doc.changeRules.major.approverPartyIds.forEach((id, i) => {
    party(id, ['changeRules', 'major', 'approverPartyIds', i]);
  });
  for (const [id, path] of [
    [doc.changeRules.minor.recordedBy, ['changeRules', 'minor', 'recordedBy']],
    [doc.changeRules.major.decidedIn, ['changeRules', 'major', 'decidedIn']],
  ] as [string, IssuePath][]) {
    if (!known.has(id) && !bodyOwner.has(id)) unknown(id, path, 'party, body or structure');
  }

  const agreed = new Set(doc.partyAgreements.map((a) => a.partyId));
  for (const table of register.structures) {
    if (table.type !== 'integrale_gebiedstafel' || table.areaId !== doc.areaId) continue;
    for (const m of table.members) {
      const p = parties.get(m.partyId);
      if (m.membership !== 'vast' || !p || governmentLayerOf(p.kind) === undefined || agreed.has(m.partyId)) continue;
      issues.push(
        coreIssue(startnotitieIssues, 'government_without_agreement', { name: p.name }, [
          'startnotitie',
          'partyAgreements',
        ]),
      );
    }
  }
  return issues;
}
