import { coreIssue } from '../internal/schemaIssue';
import { areaIssues, sharedIssues } from '../internal/schemaMessages';
import { type Actors, ActorsSchema } from '../parties/actors';
import type { PartyKind } from '../parties/partyKind';
import type { ErrorIssue, IssuePath } from '../primitives/errors';
import { validate } from '../primitives/validate';
import { type Area, AreaSchema } from './area';
import { type Opgaven, OpgavenSchema } from './opgaven';

/**
 * Checks an area against the actors document and returns every problem (empty when all is well);
 * it throws only for invalid input. It reports `unknown_reference` for a province, gemeente or
 * waterschap id the register lacks, and `wrong_party_kind` when such an id is a party of another
 * kind (for example a regio listed as a province: a samenwerkingsverband is not a government
 * layer).
 *
 * @example
 * areaReferenceIssues(lindewaardArea, lindewaardActors); // []
 * @see handreiking §2.1
 */
export function areaReferenceIssues(area: Area, actors: Actors): ErrorIssue[] {
  const a = validate(AreaSchema, area, { path: ['area'] });
  const register = validate(ActorsSchema, actors, { path: ['actors'] });
  const kinds = new Map(register.parties.map((p) => [p.id, p.kind]));
  const issues: ErrorIssue[] = [];
  const expectKind = (id: string, kind: PartyKind, path: IssuePath) => {
    const actual = kinds.get(id);
    if (actual === undefined) {
      issues.push(
        coreIssue(
          sharedIssues,
          'unknown_reference',
          { id, whatNl: 'partij in het partijenregister', whatEn: 'party in the actors document' },
          ['area', ...path],
        ),
      );
    } else if (actual !== kind) {
      issues.push(coreIssue(areaIssues, 'wrong_party_kind', { id, actual, kind }, ['area', ...path]));
    }
  };
  for (const [i, id] of a.provinceIds.entries()) expectKind(id, 'provincie', ['provinceIds', i]);
  for (const [i, id] of a.municipalityIds.entries()) expectKind(id, 'gemeente', ['municipalityIds', i]);
  for (const [i, id] of a.waterschapIds.entries()) expectKind(id, 'waterschap', ['waterschapIds', i]);
  for (const [i, d] of a.deelgebieden.entries()) {
    for (const [j, id] of (d.municipalityIds ?? []).entries()) {
      if (!a.municipalityIds.includes(id)) {
        issues.push(
          coreIssue(areaIssues, 'deelgebied_outside_area', { deelgebiedId: d.id, municipalityId: id }, [
            'area',
            'deelgebieden',
            i,
            'municipalityIds',
            j,
          ]),
        );
      }
    }
  }
  return issues;
}

/**
 * Checks the opgaven of an area against the area and the actors document and returns every
 * problem; it throws only for invalid input. It reports `wrong_area` when the opgaven belong to
 * another area, and `unknown_reference` for a deelgebied the area lacks or a party the register
 * lacks (owners, who is responsible for a slimme combinatie, from whom something extra is needed,
 * programme and product owners).
 *
 * @example
 * opgavenReferenceIssues(lindewaardOpgaven, lindewaardArea, lindewaardActors); // []
 * @see handreiking §2.4; §2.5
 */
export function opgavenReferenceIssues(opgaven: Opgaven, area: Area, actors: Actors): ErrorIssue[] {
  const doc = validate(OpgavenSchema, opgaven, { path: ['opgaven'] });
  const a = validate(AreaSchema, area, { path: ['area'] });
  const register = validate(ActorsSchema, actors, { path: ['actors'] });
  const parties = new Set(register.parties.map((p) => p.id));
  const deelgebieden = new Set(a.deelgebieden.map((d) => d.id));
  const issues: ErrorIssue[] = [];
  if (doc.areaId !== a.id) {
    issues.push(coreIssue(sharedIssues, 'wrong_area', { found: doc.areaId, expected: a.id }, ['opgaven', 'areaId']));
  }
  const ref = (known: ReadonlySet<string>, id: string, path: IssuePath, nl: string, en: string) => {
    if (!known.has(id)) {
      issues.push(coreIssue(sharedIssues, 'unknown_reference', { id, whatNl: nl, whatEn: en }, ['opgaven', ...path]));
    }
  };
  for (const [i, o] of doc.opgaven.entries()) {
    for (const [j, id] of o.deelgebiedIds.entries())
      ref(deelgebieden, id, ['opgaven', i, 'deelgebiedIds', j], 'deelgebied', 'sub-area');
    for (const [j, id] of o.ownerPartyIds.entries())
      ref(parties, id, ['opgaven', i, 'ownerPartyIds', j], 'partij', 'party');
    if (o.placement?.status === 'needs_extra') {
      for (const [j, need] of o.placement.needs.entries()) {
        if (need.from.kind === 'partij') {
          ref(
            parties,
            need.from.partyId,
            ['opgaven', i, 'placement', 'needs', j, 'from', 'partyId'],
            'partij',
            'party',
          );
        }
      }
    }
  }
  for (const [i, it] of doc.interactions.entries()) {
    if (it.kind === 'synergie') {
      for (const [j, id] of it.responsiblePartyIds.entries()) {
        ref(parties, id, ['interactions', i, 'responsiblePartyIds', j], 'partij', 'party');
      }
    }
  }
  for (const [i, p] of doc.linkedProgrammes.entries()) {
    if (p.ownerPartyId) ref(parties, p.ownerPartyId, ['linkedProgrammes', i, 'ownerPartyId'], 'partij', 'party');
  }
  for (const [i, p] of doc.existingProducts.entries()) {
    if (p.ownerPartyId) ref(parties, p.ownerPartyId, ['existingProducts', i, 'ownerPartyId'], 'partij', 'party');
  }
  return issues;
}
