import type { Finding } from '@gebiedsgericht/core';
/**
 * Each reflection rule, shown firing and not firing. The baseline is the complete Lindewaard
 * fixture (or its startnotitie); each firing case changes one thing in a deep copy. Rules whose
 * gap the core schema already rejects are also run directly on the schema-invalid input (the
 * defensive layer), and `reflect` is shown to reject that input with `invalid_input`.
 */
import { describe, expect, it } from 'vitest';
import { defineReflectionRule, type ReflectionRule, reflect, reflectionRules } from '../src/index';
import { arrangement, gebiedsproces, NOW, run, startnotitie, without } from './reflectionSupport';

const rule = (id: string): ReflectionRule => {
  const found = reflectionRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);
const viaReflect = (id: string, input: unknown, now = NOW) =>
  reflect(input, { now, ruleIds: [id] }).findings.filter((f) => f.ruleId === id);
const rejectedBySchema = (input: unknown) => {
  expect(() => reflect(input, { now: NOW })).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
};

describe('the built-in rules', () => {
  it('each pass the checks defineReflectionRule makes of a user’s rule (they are not run when the package loads)', () => {
    for (const { check: _check, ...definition } of reflectionRules) {
      expect(() => defineReflectionRule({ ...definition, detect: () => [] }), definition.id).not.toThrow();
    }
    expect(new Set(reflectionRules.map((r) => r.id)).size).toBe(reflectionRules.length);
  });
});

describe('table-government-layers-missing (§2.1)', () => {
  const r = rule('table-government-layers-missing');
  it('does not fire when rijk, provincie, gemeenten and waterschap are full members', () => {
    expect(run(r, gebiedsproces())).toEqual([]);
  });
  it('fires when the waterschap is only an incidental member', () => {
    const input = gebiedsproces((g) => {
      const table = g.actors.structures.find((s) => s.id === 'gebiedstafel-lindewaard')!;
      for (const m of table.members) if (m.partyId === 'waterschap-aa-en-lindt') m.membership = 'incidenteel';
    });
    const [f] = viaReflect(r.id, input);
    expect(f?.path).toEqual(['gebiedsproces', 'actors', 'structures', 'gebiedstafel-lindewaard', 'members']);
    expect(f?.message.nl).toContain('waterschap');
  });
  it('fires when the area has no integrale gebiedstafel at all', () => {
    const input = gebiedsproces((g) => {
      g.actors.structures = g.actors.structures.filter((s) => s.type !== 'integrale_gebiedstafel');
      g.actors.roleAssignments = g.actors.roleAssignments.filter((ra) => ra.structureId !== 'gebiedstafel-lindewaard');
    });
    expect(run(r, input).map((f) => f.path)).toEqual([['gebiedsproces', 'actors', 'structures']]);
  });
});

describe('table-more-than-one-per-area (§2.1)', () => {
  const r = rule('table-more-than-one-per-area');
  it('does not fire with one table per area', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when a second integrale tafel is set up for the same area', () => {
    const input = gebiedsproces((g) => {
      const table = g.actors.structures.find((s) => s.id === 'gebiedstafel-lindewaard')!;
      g.actors.structures.push({ ...structuredClone(table), id: 'tweede-tafel', name: 'Tweede tafel' });
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('2 integrated tables');
  });
});

describe('structure-new-without-justification (§2.1)', () => {
  const r = rule('structure-new-without-justification');
  it('does not fire when every new or extended structure is justified', () =>
    expect(run(r, gebiedsproces())).toEqual([]));
  it('fires on a justification that is only white space', () => {
    const input = gebiedsproces((g) => {
      g.actors.structures[0]!.origin = { kind: 'nieuw', justification: '   ' };
    });
    expect(viaReflect(r.id, input)).toHaveLength(1);
  });
  it('fires on a new structure without justification (the schema rejects it too)', () => {
    const input = gebiedsproces((g) => {
      g.actors.structures[0]!.origin = { kind: 'nieuw' } as never;
    });
    expect(run(r, input)).toHaveLength(1);
    rejectedBySchema(input);
  });
});

describe('existing-collaborations-not-reused (§2.1)', () => {
  const r = rule('existing-collaborations-not-reused');
  it('does not fire when existing collaborations are built on', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when nothing existing is reused and every structure is new', () => {
    const input = gebiedsproces((g) => {
      g.actors.reusedCollaborations = [];
      for (const s of g.actors.structures) s.origin = { kind: 'nieuw', justification: 'Nieuw opgezet.' };
    });
    expect(ids(viaReflect(r.id, input))).toEqual([r.id]);
  });
});

describe('cross-province-without-coordination (§2.1)', () => {
  const r = rule('cross-province-without-coordination');
  it('does not fire for an area within one province', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires for an area in two provinces without coordination', () => {
    const input = gebiedsproces((g) => {
      g.area.provinceIds.push('provincie-noordveld');
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['gebiedsproces', 'area', 'provinceIds']);
  });
  it('does not fire when a cross-province coordination covers the area', () => {
    const input = gebiedsproces((g) => {
      g.area.provinceIds.push('provincie-noordveld');
      g.actors.structures.push({
        id: 'afstemming-noordveld',
        type: 'interprovinciale_afstemming',
        name: 'Afstemming Zuidmark–Noordveld',
        leadProvinceId: 'provincie-zuidmark',
        areaId: g.area.id,
        origin: { kind: 'nieuw', justification: 'Het gebied ligt in twee provincies.' },
        members: [
          { partyId: 'provincie-zuidmark', membership: 'vast', levels: ['bestuurlijk'] },
          { partyId: 'provincie-noordveld', membership: 'vast', levels: ['bestuurlijk'] },
        ],
      });
    });
    expect(run(r, input)).toEqual([]);
  });
});

describe('decision-making-missing (bijlage 1, onderdeel 2, stap 0)', () => {
  const r = rule('decision-making-missing');
  it('does not fire when decision rules name their deciders', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when there are no decision rules (the schema rejects it too)', () => {
    const input = startnotitie((s) => {
      s.decisionMaking.rules = [];
    });
    expect(run(r, input).map((f) => f.path)).toEqual([['startnotitie', 'decisionMaking']]);
    rejectedBySchema(input);
  });
  it('fires on a rule without deciders (the schema rejects it too)', () => {
    const input = startnotitie((s) => {
      s.decisionMaking.rules[0]!.deciders = [];
    });
    expect(run(r, input)[0]?.path).toEqual([
      'startnotitie',
      'decisionMaking',
      'rules',
      'besluit-startnotitie',
      'deciders',
    ]);
  });
});

describe('decision-points-too-few (bijlage 1, onderdeel 1)', () => {
  const r = rule('decision-points-too-few');
  it('does not fire when a general rule covers every step', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when some planned steps have no decision point', () => {
    const input = startnotitie((s) => {
      for (const dr of s.decisionMaking.rules) dr.stepIds ??= ['opstart'];
    });
    const [f] = viaReflect(r.id, input);
    expect(f?.message.en).toContain('3 of the 6 planned steps');
    expect(f?.message.en).toContain('inzicht-verkrijgen');
  });
});

describe('principal-unclear (bijlage 1, onderdeel 1)', () => {
  const r = rule('principal-unclear');
  it('does not fire with one principal', () => {
    expect(run(r, startnotitie())).toEqual([]);
    expect(run(r, gebiedsproces())).toEqual([]);
  });
  it('fires when nobody is principal', () => {
    const input = startnotitie((s) => {
      for (const a of s.partyAgreements) a.roles = a.roles.filter((x) => x !== 'opdrachtgever') as typeof a.roles;
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('No principal');
  });
  it('fires when two parties are principal', () => {
    const input = startnotitie((s) => {
      s.partyAgreements[0]!.roles.push('opdrachtgever');
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('2 different principals');
  });
});

describe('goal-not-measurable (bijlage 1, onderdeel 1)', () => {
  const r = rule('goal-not-measurable');
  it('does not fire with SMART quality criteria', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires without quality criteria', () => {
    const input = startnotitie((s) => {
      s.goal.qualityCriteria = [];
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['startnotitie', 'goal', 'qualityCriteria']);
  });
  it('fires without expected results (the schema rejects it too)', () => {
    const input = startnotitie((s) => {
      s.goal.expectedResults = [];
    });
    expect(run(r, input)[0]?.path).toEqual(['startnotitie', 'goal']);
    rejectedBySchema(input);
  });
});

describe('participation-influence-level-missing (§2.6)', () => {
  const r = rule('participation-influence-level-missing');
  it('does not fire when the level of influence is stated', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires through reflect on a design without a participation plan, with its section', () => {
    const input = startnotitie((s) => without(s, 'participation'));
    expect(viaReflect(r.id, input)).toEqual([
      expect.objectContaining({ section: '§2.6', severity: 'warning', path: ['startnotitie', 'participation'] }),
    ]);
  });
  it('fires when the level is not stated (the schema rejects it too)', () => {
    const input = startnotitie((s) => without(s.participation, 'influenceLevel'));
    expect(run(r, input)[0]?.path).toEqual(['startnotitie', 'participation', 'influenceLevel']);
    rejectedBySchema(input);
  });
  it('fires for a stakeholder without a level (the schema rejects it too)', () => {
    const input = startnotitie((s) => without(s.participation.stakeholders[0]!, 'influence'));
    expect(run(r, input)[0]?.path).toEqual([
      'startnotitie',
      'participation',
      'stakeholders',
      'inwoners-hoeverveen',
      'influence',
    ]);
  });
});

describe('resident-dialogue-late (§2.6)', () => {
  const r = rule('resident-dialogue-late');
  it('does not fire when residents take part from step 1', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when residents only take part from step 4', () => {
    const input = startnotitie((s) => {
      s.participation.activities[0]!.stepIds = ['afwegen-en-keuze'];
    });
    expect(viaReflect(r.id, input)[0]?.message.nl).toContain('vanaf stap 4');
  });
  it('fires when participation starts after the vision step has begun', () => {
    const input = startnotitie((s) => {
      s.participation.startsOn = '2026-08-01';
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['startnotitie', 'participation', 'startsOn']);
  });
  it('fires when no activity involves residents', () => {
    const input = startnotitie((s) => {
      s.participation.activities = s.participation.activities.filter((a) => a.method === 'werkatelier');
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('no activity with residents');
  });
});

describe('escalation-model-missing and escalation-model-without-final-level (§2.3)', () => {
  const missing = rule('escalation-model-missing');
  const final = rule('escalation-model-without-final-level');
  it('do not fire on an escalation model with a deciding final level', () => {
    expect(run(missing, startnotitie())).toEqual([]);
    expect(run(final, startnotitie())).toEqual([]);
  });
  it('escalation-model-missing fires without a model (the schema rejects it too)', () => {
    const input = startnotitie((s) => without(s, 'escalation'));
    expect(ids(run(missing, input))).toEqual([missing.id]);
    expect(run(final, input)).toEqual([]);
    rejectedBySchema(input);
  });
  it('escalation-model-without-final-level fires without a final level (the schema rejects it too)', () => {
    const input = startnotitie((s) => without(s.escalation, 'finalLevel'));
    expect(run(final, input)[0]?.path).toEqual(['startnotitie', 'escalation', 'finalLevel']);
    rejectedBySchema(input);
  });
  it('escalation-model-without-final-level fires when the final level does not decide (the schema rejects it too)', () => {
    const input = startnotitie((s) => {
      s.escalation.finalLevel.action = 'bemiddelen';
    });
    expect(run(final, input)[0]?.path).toEqual(['startnotitie', 'escalation', 'finalLevel', 'action']);
    rejectedBySchema(input);
  });
});

describe('change-rules-missing (§2.7)', () => {
  const r = rule('change-rules-missing');
  it('does not fire when change rules are agreed', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when the description of minor changes is blank', () => {
    const input = startnotitie((s) => {
      s.changeRules.minor.description = ' ';
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['startnotitie', 'changeRules', 'minor']);
  });
  it('fires without change rules (the schema rejects it too)', () => {
    const input = startnotitie((s) => without(s, 'changeRules'));
    expect(run(r, input)[0]?.path).toEqual(['startnotitie', 'changeRules']);
    rejectedBySchema(input);
  });
});

describe('ijkmoment-schedule-missing (bijlage 1, onderdeel 4)', () => {
  const r = rule('ijkmoment-schedule-missing');
  it('does not fire with programme and regional moments', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when no ijkmoment is planned', () => {
    const input = startnotitie((s) => {
      s.ijkmomenten.programmeMoments = [];
      s.ijkmomenten.regionalMoments = [];
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['startnotitie', 'ijkmomenten']);
  });
});

describe('evaluation-cadence-missing and herijking-full-cycle-by-default (§2.2)', () => {
  const cadence = rule('evaluation-cadence-missing');
  const scope = rule('herijking-full-cycle-by-default');
  it('do not fire on a recurring evaluation of a limited part', () => {
    expect(run(cadence, startnotitie())).toEqual([]);
    expect(run(scope, startnotitie())).toEqual([]);
  });
  it('evaluation-cadence-missing fires without an evaluation, also through reflect (a design in progress)', () => {
    const input = startnotitie((s) => without(s, 'evaluation'));
    expect(ids(run(cadence, input))).toEqual([cadence.id]);
    expect(viaReflect(cadence.id, input)).toEqual([
      expect.objectContaining({ section: '§2.2', severity: 'warning', path: ['startnotitie', 'evaluation'] }),
    ]);
  });
  it('a malformed evaluation cadence is still refused', () => {
    rejectedBySchema(startnotitie((s) => without(s.evaluation, 'recurrence')));
  });
  it('herijking-full-cycle-by-default fires when every herijking repeats all steps', () => {
    const input = startnotitie((s) => {
      s.evaluation.herijkingScope = 'volledige_cyclus';
    });
    expect(viaReflect(scope.id, input)[0]?.severity).toBe('info');
  });
});

describe('data-ownership-missing (bijlage 1, onderdeel 2, stap 1)', () => {
  const r = rule('data-ownership-missing');
  it('does not fire with ownership and map editing agreed', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires without ownership lines (the schema rejects it too)', () => {
    const input = startnotitie((s) => {
      s.data.ownership = [];
    });
    expect(run(r, input)[0]?.path).toEqual(['startnotitie', 'data', 'ownership']);
    rejectedBySchema(input);
  });
  it('fires without map editors (the schema rejects it too)', () => {
    const input = startnotitie((s) => {
      s.data.mapEditing.editorPartyIds = [];
    });
    expect(run(r, input)[0]?.path).toEqual(['startnotitie', 'data', 'mapEditing']);
  });
});

describe('long-term-not-separated (bijlage 1, onderdeel 2, stap 0)', () => {
  const r = rule('long-term-not-separated');
  it('does not fire with separate long and short tracks', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when both tracks are the same', () => {
    const input = startnotitie((s) => {
      s.processDesign.shortTermTrack = s.processDesign.longTermTrack;
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['startnotitie', 'processDesign', 'shortTermTrack']);
  });
  it('fires when there are quick wins but no short-term track', () => {
    const input = gebiedsproces((g) => without(g.startnotitie!.processDesign, 'shortTermTrack'));
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('quick wins');
  });
  it('does not fire on a startnotitie alone without a short-term track (no short-term activities known)', () => {
    expect(
      run(
        r,
        startnotitie((s) => without(s.processDesign, 'shortTermTrack')),
      ),
    ).toEqual([]);
  });
});

describe('continuity-agreement-missing (§2.3)', () => {
  const r = rule('continuity-agreement-missing');
  it('does not fire when elections and handover are agreed', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when a two-year process names no elections', () => {
    const input = startnotitie((s) => {
      s.continuity.elections = [];
    });
    expect(viaReflect(r.id, input)[0]?.message.nl).toContain('2026-01-12 tot 2027-12-17');
  });
  it('fires without continuity agreements (the schema rejects it too)', () => {
    const input = startnotitie((s) => without(s, 'continuity'));
    expect(run(r, input)[0]?.path).toEqual(['startnotitie', 'continuity']);
    rejectedBySchema(input);
  });
});

describe('portfolio-not-anchored (bijlage 1, onderdeel 2, stap 0)', () => {
  const r = rule('portfolio-not-anchored');
  it('does not fire when every transition has a bestuurder with that portfolio', () =>
    expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when nobody at the table holds water', () => {
    const input = gebiedsproces((g) => {
      for (const p of g.actors.persons)
        if (p.level === 'bestuurlijk') p.portfolios = p.portfolios.filter((x) => x !== 'water');
    });
    const found = viaReflect(r.id, input);
    expect(found).toHaveLength(1);
    expect(found[0]?.message.nl).toContain('water');
  });
});

describe('step1-timebox-missing (bijlage 1, onderdeel 2, stap 1)', () => {
  const r = rule('step1-timebox-missing');
  it('does not fire when step 1 has a timebox', () => expect(run(r, startnotitie())).toEqual([]));
  it('fires when neither the process design nor the data agreements give one', () => {
    const input = startnotitie((s) => {
      without(s.processDesign.steps[1]!, 'timebox');
      without(s.data, 'inventoryTimebox');
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('inzicht-verkrijgen');
  });
});

describe('variants-fewer-than-two (bijlage 1, onderdeel 2, stap 3)', () => {
  const r = rule('variants-fewer-than-two');
  it('does not fire with three variants of which at least two are feasible', () =>
    expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when only one variant is feasible', () => {
    const input = gebiedsproces((g) => {
      const variants = g.deliverables.developmentVariants!.variantSet.variants;
      for (const v of variants.slice(1)) {
        v.judgements = [
          {
            randvoorwaardeId: g.deliverables.visionAndFramework!.randvoorwaarden[0]!.id,
            met: false,
            motivation: { nl: 'Geschonden', en: 'Broken' },
          },
        ];
      }
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('1 is feasible');
  });
  it('fires with a single variant (the schema rejects it too)', () => {
    const input = gebiedsproces((g) => {
      g.deliverables.developmentVariants!.variantSet.variants.splice(1);
    });
    expect(run(r, input)[0]?.message.en).toContain('1 development variant');
    rejectedBySchema(input);
  });
});

describe('criterion-added-after-scoring (bijlage 1, onderdeel 1)', () => {
  const r = rule('criterion-added-after-scoring');
  it('does not fire when every criterion was scored', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when a criterion of the framework was neither weighed nor added as a change', () => {
    const input = gebiedsproces((g) => {
      const record = g.deliverables.assessmentAndChoice!.assessmentRecord;
      const dropped = record.weighed.pop()!;
      record.notWeighed = record.notWeighed.filter((n) => n.refId !== dropped.criterionId);
    });
    const [f] = viaReflect(r.id, input);
    expect(f?.path.slice(0, 6)).toEqual([
      'gebiedsproces',
      'deliverables',
      'visionAndFramework',
      'afwegingskader',
      'criteria',
      f?.path[5],
    ]);
  });
  it('fires when a criterion is added later without a decision approving the change', () => {
    const input = gebiedsproces((g) => {
      g.deliverables.visionAndFramework!.afwegingskader.criteria[0]!.addedLater = {
        changeId: 'wijziging-nieuw-criterium',
        approvedOn: '2027-02-01',
        motivation: { nl: 'Nieuwe norm', en: 'New norm' },
      };
    });
    expect(viaReflect(r.id, input)[0]?.path.at(-1)).toBe('decisionId');
  });
  it('fires when a criterion is added later while the change rules forbid new criteria', () => {
    const input = gebiedsproces((g) => {
      g.startnotitie!.changeRules.newCriterion.allowed = false;
      g.deliverables.visionAndFramework!.afwegingskader.criteria[0]!.addedLater = {
        changeId: 'wijziging-nieuw-criterium',
        approvedOn: '2027-02-01',
        decisionId: g.decisions[0]!.id,
        motivation: { nl: 'Nieuwe norm', en: 'New norm' },
      };
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('allow no new criteria');
  });
});

describe('choice-without-motivation (bijlage 1, onderdeel 2, stap 4)', () => {
  const r = rule('choice-without-motivation');
  it('does not fire on a motivated choice', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires on a blank motivation', () => {
    const input = gebiedsproces((g) => {
      g.deliverables.assessmentAndChoice!.choice.motivation = { nl: ' ', en: ' ' };
    });
    expect(viaReflect(r.id, input)[0]?.path.at(-1)).toBe('motivation');
  });
  it('fires on a departure from the recommended variant without a reason (the schema rejects it too)', () => {
    const input = gebiedsproces((g) => {
      const step = g.deliverables.assessmentAndChoice!;
      step.assessmentRecord.recommendedVariantId = 'variant-a';
      step.choice.chosenVariantId = 'variant-c';
      without(step.choice, 'departureMotivation');
    });
    expect(run(r, input).map((f) => f.path.at(-1))).toContain('departureMotivation');
    rejectedBySchema(input);
  });
});

describe('choice-without-plan-impact (bijlage 1, onderdeel 2, stap 4)', () => {
  const r = rule('choice-without-plan-impact');
  it('does not fire when the impact on other plans is named', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires without impact on other plans', () => {
    const input = gebiedsproces((g) => {
      g.deliverables.assessmentAndChoice!.choice.impactOnOtherPlans = [];
    });
    expect(viaReflect(r.id, input)[0]?.path.at(-1)).toBe('impactOnOtherPlans');
  });
});

describe('omgevingsvisie-clash-without-raad (§2.6)', () => {
  const r = rule('omgevingsvisie-clash-without-raad');
  it('does not fire when the raad of a clashing gemeente decided', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when a choice clashes with a gemeente omgevingsvisie and only its college took part', () => {
    const input = gebiedsproces((g) => {
      const impact = g.deliverables.assessmentAndChoice!.choice.impactOnOtherPlans[0]!;
      impact.ownerPartyId = 'gemeente-hoeverveen';
      impact.clashesWithOmgevingsvisie = true;
      for (const c of g.consents) if (c.partyId === 'gemeente-hoeverveen') c.bodyId = 'college-hoeverveen';
      for (const d of g.decisions) if (d.partyId === 'gemeente-hoeverveen') d.bodyId = 'college-hoeverveen';
    });
    const [f] = viaReflect(r.id, input);
    expect(f?.severity).toBe('error');
    expect(f?.message.nl).toContain('Hoeverveen');
  });
});

describe('national-opgave-without-placement (§2.5)', () => {
  const r = rule('national-opgave-without-placement');
  it('does not fire when every national opgave is placed', () => {
    expect(run(r, gebiedsproces())).toEqual([]);
    expect(run(r, arrangement())).toEqual([]);
  });
  it('fires for a national opgave without placement after the step 4 choice', () => {
    const input = gebiedsproces((g) => {
      const opgave = g.opgaven.opgaven.find((o) => o.origin !== 'decentraal' && o.placement)!;
      without(opgave, 'placement');
    });
    const [f] = viaReflect(r.id, input);
    expect(f?.path.slice(0, 3)).toEqual(['gebiedsproces', 'opgaven', 'opgaven']);
    expect(f?.path.at(-1)).toBe('placement');
  });
  it('does not fire before the step 4 choice in a standalone gebiedsproces', () => {
    const input = gebiedsproces((g) => {
      for (const o of g.opgaven.opgaven) without(o, 'placement');
      without(g.deliverables, 'assessmentAndChoice');
    });
    expect(run(r, input)).toEqual([]);
  });
  it('in an arrangement, fires for an unplaced national opgave not covered by a verdict', () => {
    const input = arrangement((a) => {
      const hz = a.gebiedsprocessen.find((g) => g.id === 'gebiedsproces-hoge-zand')!;
      const covered = new Set(a.nationalOpgaven.flatMap((v) => v.contributions.map((c) => c.opgaveId)));
      const opgave =
        hz.opgaven.opgaven.find((o) => o.origin !== 'decentraal' && !covered.has(o.id)) ??
        hz.opgaven.opgaven.find((o) => o.origin !== 'decentraal')!;
      without(opgave, 'placement');
      for (const v of a.nationalOpgaven)
        v.contributions = v.contributions.filter((c) => !(c.gebiedsprocesId === hz.id && c.opgaveId === opgave.id));
    });
    expect(viaReflect(r.id, input)[0]?.path.slice(0, 3)).toEqual([
      'arrangement',
      'gebiedsprocessen',
      'gebiedsproces-hoge-zand',
    ]);
  });
});

describe('detail-levels-out-of-step (§2.5)', () => {
  const r = rule('detail-levels-out-of-step');
  it('fires on the fixture: nitrogen (hoofdlijnen) and water storage (locatie) interact two levels apart', () => {
    expect(run(r, gebiedsproces()).map((f) => f.path.at(-1))).toEqual(['combinatie-stikstof-water']);
  });
  it('does not fire once the nitrogen opgave is worked out to search areas', () => {
    const input = gebiedsproces((g) => {
      g.opgaven.opgaven.find((o) => o.id === 'opgave-stikstof')!.detailLevel = 'zoekgebied';
    });
    expect(run(r, input)).toEqual([]);
  });
});

describe('deferred-choice-incomplete (§2.5)', () => {
  const r = rule('deferred-choice-incomplete');
  it('does not fire before the decide-by date', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires once the decide-by date has passed without a decision', () => {
    const [f] = viaReflect(r.id, gebiedsproces(), '2028-07-01T09:00:00+02:00');
    expect(f?.path).toEqual(['gebiedsproces', 'deferredChoices', 'uitstel-windlocaties', 'decideBy']);
  });
  it('does not fire after the date when the decision is recorded', () => {
    const input = gebiedsproces((g) => {
      g.deferredChoices[0]!.decisionId = g.decisions[0]!.id;
    });
    expect(run(r, input, '2028-07-01T09:00:00+02:00')).toEqual([]);
  });
  it('fires without consequences (the schema rejects it too)', () => {
    const input = gebiedsproces((g) => {
      g.deferredChoices[0]!.consequences = [];
    });
    expect(run(r, input)[0]?.path.at(-1)).toBe('consequences');
    rejectedBySchema(input);
  });
});

describe('after the step 4 choice: UDO, legal follow-through, investment agenda, indicators (§2.7)', () => {
  it('feasibility-check-missing fires without a UDO and not with one', () => {
    const r = rule('feasibility-check-missing');
    expect(run(r, gebiedsproces())).toEqual([]);
    expect(
      ids(
        viaReflect(
          r.id,
          gebiedsproces((g) => (g.feasibilityChecks = [])),
        ),
      ),
    ).toEqual([r.id]);
  });
  it('legal-follow-through-missing fires when the choice has no embedding', () => {
    const r = rule('legal-follow-through-missing');
    expect(run(r, gebiedsproces())).toEqual([]);
    const input = gebiedsproces((g) => without(g.deliverables, 'embedding'));
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['gebiedsproces', 'deliverables', 'embedding']);
  });
  it('investment-agenda-missing fires without a programme', () => {
    const r = rule('investment-agenda-missing');
    expect(run(r, gebiedsproces())).toEqual([]);
    const input = gebiedsproces((g) => {
      without(g, 'programme');
      without(g.deliverables, 'embedding');
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['gebiedsproces', 'programme']);
  });
  it('investment-agenda-missing fires when no project has funding', () => {
    const r = rule('investment-agenda-missing');
    const input = gebiedsproces((g) => {
      for (const p of g.programme!.projects) p.funding = [];
    });
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['gebiedsproces', 'programme', 'projects']);
  });
  it('indicators-missing fires without monitoring', () => {
    const r = rule('indicators-missing');
    expect(run(r, gebiedsproces())).toEqual([]);
    expect(
      viaReflect(
        r.id,
        gebiedsproces((g) => without(g, 'monitoring')),
      )[0]?.path,
    ).toEqual(['gebiedsproces', 'monitoring']);
  });
});

describe('decision-not-linked-to-vision (bijlage 2, voorbeeld 2)', () => {
  const r = rule('decision-not-linked-to-vision');
  it('does not fire when substantive decisions name their vision goals', () =>
    expect(run(r, gebiedsproces())).toEqual([]));
  it('fires on an administrative choice that serves no vision goal', () => {
    const input = gebiedsproces((g) => {
      for (const d of g.decisions) if (d.subject === 'administrative_choice') d.servesGoalIds = [];
    });
    const found = viaReflect(r.id, input);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.path.at(-1) === 'servesGoalIds')).toBe(true);
  });
});

describe('afwenteling-not-assessed (§2.4)', () => {
  const r = rule('afwenteling-not-assessed');
  it('does not fire when afwenteling is recorded with its prevention', () =>
    expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when no afwenteling is recorded', () => {
    const input = gebiedsproces((g) => (g.opgaven.afwentelingen = []));
    expect(viaReflect(r.id, input)[0]?.path).toEqual(['gebiedsproces', 'opgaven', 'afwentelingen']);
  });
  it('fires on an afwenteling without prevention', () => {
    const input = gebiedsproces((g) => without(g.opgaven.afwentelingen[0]!, 'prevention'));
    expect(viaReflect(r.id, input)[0]?.path.at(-1)).toBe('prevention');
  });
});

describe('quick-win-not-linked (§2.2)', () => {
  const r = rule('quick-win-not-linked');
  it('does not fire when quick wins serve vision goals', () => expect(run(r, gebiedsproces())).toEqual([]));
  it('fires on a quick win without a long-term goal (the schema rejects it too)', () => {
    const input = gebiedsproces((g) => {
      g.programme!.quickWins[0]!.longTermGoalIds = [];
    });
    expect(run(r, input)[0]?.path.at(-1)).toBe('longTermGoalIds');
    rejectedBySchema(input);
  });
});

describe('medeoverheid-consent-missing (§2.6), documents', () => {
  const r = rule('medeoverheid-consent-missing');
  it('does not fire when every medeoverheid consented to the choice', () =>
    expect(run(r, gebiedsproces())).toEqual([]));
  it('fires when a gemeente has not consented', () => {
    const input = gebiedsproces((g) => {
      g.consents = g.consents.filter((c) => c.partyId !== 'gemeente-beekdal');
    });
    const [f] = viaReflect(r.id, input);
    expect(f?.severity).toBe('error');
    expect(f?.message.nl).toContain('Beekdal');
  });
  it('fires when a gemeente rejected the choice', () => {
    const input = gebiedsproces((g) => {
      for (const c of g.consents)
        if (c.partyId === 'gemeente-beekdal') {
          c.outcome = 'rejected';
          c.targetChanges = [];
          c.reason = { nl: 'Geen woningbouw in het beekdal', en: 'No housing in the brook valley' };
        }
    });
    expect(viaReflect(r.id, input)[0]?.message.en).toContain('rejected');
  });
});
