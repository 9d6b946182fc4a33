/**
 * Property test of who may act: random actors (every party, body, person and structure of Gebied
 * Grenshei, plus ids nobody knows) in random roles never pass an authority check they do not hold.
 * The oracle reads the startnotitie and actors document directly, not the process's own tables.
 */

import { ProcessRole } from '@gebiedsgericht/core';
import { grensheiActors, grensheiStartnotitie } from '@gebiedsgericht/core/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGebiedsproces,
  defaultStepTemplate,
  type GebiedsprocesEvent,
  settingsFromStartnotitie,
} from '../src/index';
import { deliverableOf, testOptions } from './support/gebiedsprocesFixtures';

const settings = settingsFromStartnotitie(grensheiStartnotitie, grensheiActors, {
  processId: 'gebiedsproces-grenshei',
});
const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00+02:00`;

const parties = grensheiActors.parties;
const bodies = parties.flatMap((p) => (p.bodies ?? []).map((b) => ({ partyId: p.id, bodyId: b.id })));
const actorIds = [
  ...parties.map((p) => p.id),
  ...bodies.map((b) => b.bodyId),
  ...grensheiActors.persons.map((p) => p.id),
  ...grensheiActors.structures.map((s) => s.id),
  'onbekende-partij',
  'gs-elders',
];

/** The oracle: what the startnotitie and actors document say, read directly. */
const partyOfActor = (actor: string): string | undefined =>
  parties.find((p) => p.id === actor)?.id ??
  bodies.find((b) => b.bodyId === actor)?.partyId ??
  grensheiActors.persons.find((p) => p.id === actor)?.partyId;
/** Roles from the party agreement, the role assignments, and `voorzitter` for a party chairing a structure. */
const rolesOf = (partyId: string): string[] => [
  ...grensheiStartnotitie.partyAgreements.filter((a) => a.partyId === partyId).flatMap((a) => a.roles),
  ...grensheiActors.roleAssignments.filter((a) => a.partyId === partyId).map((a) => a.role),
  ...(grensheiActors.structures.some((st) => st.chair?.partyId === partyId) ? ['voorzitter'] : []),
];
const holdsRole = (actor: string, role: string) => {
  const partyId = partyOfActor(actor);
  if (partyId === undefined) return true; // a structure acts for its members
  const roles = rolesOf(partyId);
  return roles.length === 0 || roles.includes(role);
};
const decidesOpstart = (partyId: string, bodyId: string) =>
  grensheiStartnotitie.decisionMaking.rules.some(
    (r) => r.stepIds?.includes('opstart') && r.deciders.some((d) => d.partyId === partyId && d.bodyId === bodyId),
  );
const deciderBodies = bodies.filter((b) => decidesOpstart(b.partyId, b.bodyId));
const membersOf = (structureId: string) =>
  grensheiActors.structures.find((s) => s.id === structureId)?.members.map((m) => m.partyId) ?? [];

function processInOpstart() {
  const process = createGebiedsproces({
    template: defaultStepTemplate,
    settings,
    startedAt: at('2026-03-02', 8),
    options: testOptions,
  });
  const submitted = process.send({
    type: 'deliverable.submit',
    timestamp: at('2026-03-02', 9),
    actor: 'regisseur-grenshei',
    role: 'regisseur',
    stepId: 'opstart',
    document: deliverableOf('startnotitie'),
  });
  expect(submitted.accepted).toBe(true);
  return process;
}

const actorArb = fc.constantFrom(...actorIds);
const roleArb = fc.constantFrom(...ProcessRole.values);
const bodyArb = fc.constantFrom(...bodies);

describe('authority: random actors and roles never pass a check they do not hold', () => {
  const process = processInOpstart();

  it('step.close passes only for a decider of the step, in its own body, sent for it in a role it holds', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            actor: actorArb,
            role: roleArb,
            body: bodyArb,
            partyId: fc.constantFrom(...parties.map((p) => p.id)),
          }),
          // Cases near the rule (a decider's own body as actor, its own party), so that the
          // accepted side of the property is reached as well.
          fc
            .record({ role: roleArb, body: fc.constantFrom(...deciderBodies) })
            .map((c) => ({ ...c, actor: c.body.bodyId, partyId: c.body.partyId })),
        ),
        ({ actor, role, body, partyId }) => {
          const event: GebiedsprocesEvent = {
            type: 'step.close',
            timestamp: at('2026-03-02', 15),
            actor,
            role,
            stepId: 'opstart',
            decision: {
              id: 'gh-besluit-opstart',
              subject: 'step_closure',
              title: { nl: 'Besluit', en: 'Decision' },
              partyId,
              bodyId: body.bodyId,
              date: '2026-03-02',
              decidedBy: { partyId, role: 'bevoegd_gezag' },
              motivation: { nl: 'Motivering', en: 'Motivation' },
              documents: [],
              servesGoalIds: [],
            },
          };
          const reason = process.rejectionOf(event);
          if (reason === null) {
            expect(body.partyId).toBe(partyId);
            expect(decidesOpstart(partyId, body.bodyId)).toBe(true);
            expect(partyOfActor(actor)).toBe(partyId);
            expect(holdsRole(actor, role)).toBe(true);
            accepted += 1;
          }
          return true;
        },
      ),
      { numRuns: 400 },
    );
    // The accepted side is reached too: the property is not vacuous.
    expect(accepted).toBeGreaterThan(0);
  });

  it('change.minor passes only for the recorder the change rules name (or a body or person of its members)', () => {
    const recorder = grensheiStartnotitie.changeRules.minor.recordedBy;
    fc.assert(
      fc.property(actorArb, roleArb, (actor, role) => {
        const reason = process.rejectionOf({
          type: 'change.minor',
          timestamp: at('2026-03-02', 12),
          actor,
          role,
          change: { id: 'gh-wijziging', description: 'Planning' },
        });
        if (reason === null) {
          const party = partyOfActor(actor);
          expect(actor === recorder || (party !== undefined && membersOf(recorder).includes(party))).toBe(true);
          expect(holdsRole(actor, role)).toBe(true);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('knelpunt.raise passes only from a party to the knelpunt, between parties of the area', () => {
    const withModel = processInOpstart();
    fc.assert(
      fc.property(
        actorArb,
        roleArb,
        fc.uniqueArray(actorArb, { minLength: 2, maxLength: 3 }),
        (actor, role, knelpuntParties) => {
          const reason = withModel.rejectionOf({
            type: 'knelpunt.raise',
            knelpunt: {
              id: 'gh-knelpunt',
              title: { nl: 'Knelpunt', en: 'Knelpunt' },
              parties: knelpuntParties,
              raisedBy: knelpuntParties[0] ?? actor,
            },
            timestamp: at('2026-03-02', 12),
            actor,
            role,
          });
          if (reason === null || reason.code === 'knelpunt_no_escalation_model') {
            // Only the state rule (no escalation model configured yet) may remain once authority passed.
            const known = (id: string) => parties.some((p) => p.id === id) || membersOf(id).length > 0;
            expect(knelpuntParties.every(known)).toBe(true);
            const party = partyOfActor(actor);
            const actsForOne = knelpuntParties.some(
              (p) => p === actor || p === party || (party !== undefined && membersOf(p).includes(party)),
            );
            expect(actsForOne).toBe(true);
            expect(holdsRole(actor, role)).toBe(true);
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
