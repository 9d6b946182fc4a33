import { describe, expect, it } from 'vitest';
import {
  grensheiActors,
  grensheiStartnotitie,
  hogeZandActors,
  hogeZandStartnotitie,
  ijkmomentRecords,
  lindewaardActors,
  lindewaardArea,
  lindewaardOpgaven,
  lindewaardStartnotitie,
} from '../src/fixtures/index';
import {
  actingAtLevel,
  attempt,
  type ErrorIssue,
  EscalationModelSchema,
  InfluenceLevel,
  IsoDurationSchema,
  RecurrenceSchema,
  type Startnotitie,
  StartnotitieSchema,
  startnotitieReferenceIssues,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
function issuesOf(schema: Parameters<typeof validate>[0], input: unknown): ErrorIssue[] {
  const r = attempt(() => validate(schema, input));
  if (r.ok) throw new Error('expected the input to be rejected');
  return [...r.error.issues];
}
function expectIssue(schema: Parameters<typeof validate>[0], input: unknown, code: string, path: (string | number)[]) {
  const issues = issuesOf(schema, input);
  const found = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path));
  expect(
    found,
    `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues.map((i) => [i.code, i.path]))}`,
  ).toBeDefined();
  return found as ErrorIssue;
}
const doc = (): Startnotitie => clone(lindewaardStartnotitie);

describe('the Hoge Zand plan van aanpak', () => {
  it('is valid, survives a JSON round trip and refers only to Hoge Zand actors', () => {
    expect(validate(StartnotitieSchema, JSON.parse(JSON.stringify(hogeZandStartnotitie)))).toEqual(
      hogeZandStartnotitie,
    );
    expect(startnotitieReferenceIssues(hogeZandStartnotitie, hogeZandActors)).toEqual([]);
  });

  it('has the regio as regisseur while the province, a party here, names an independent substitute', () => {
    const regisseur = hogeZandStartnotitie.partyAgreements.find((a) => a.roles.includes('regisseur'));
    expect(regisseur?.partyId).toBe('regio-zandmark');
    const province = hogeZandStartnotitie.escalation.levels.find((l) => l.route === 'province_intervenes');
    if (!province) throw new Error('fixture changed');
    expect(actingAtLevel(province, ['provincie-zuidmark', 'gemeente-zandhoven']).actor.kind).toBe('onafhankelijk');
  });
});

describe('Grenshei: an intervention per province at the province level (§2.3)', () => {
  const [bilateral, province] = grensheiStartnotitie.escalation.levels;
  if (!bilateral || !province) throw new Error('fixture changed');
  const north = { provinceId: 'provincie-noordveld', bodyId: 'gs-noordveld', partyIds: ['gemeente-veldrode'] };
  const withNorth = (perProvince: unknown[]): Startnotitie =>
    ({
      ...grensheiStartnotitie,
      escalation: { ...grensheiStartnotitie.escalation, levels: [bilateral, { ...province, perProvince }] },
    }) as Startnotitie;

  it('lets the province of the part act for a knelpunt between its own parties, the lead province otherwise', () => {
    const level = withNorth([north]).escalation.levels[1];
    if (!level) throw new Error('level missing');
    expect(actingAtLevel(level, ['gemeente-veldrode']).actor).toEqual({
      kind: 'partij',
      partyId: 'provincie-noordveld',
      role: 'bevoegd_gezag',
      bodyId: 'gs-noordveld',
    });
    expect(actingAtLevel(level, ['gemeente-veldrode', 'gemeente-grensbeek']).actor).toMatchObject({
      partyId: 'provincie-zuidmark',
    });
    // Noordveld a party itself: the lead province acts.
    expect(actingAtLevel(level, ['gemeente-veldrode', 'provincie-noordveld']).actor).toMatchObject({
      partyId: 'provincie-zuidmark',
    });
  });

  it('reports a province, party or body of an intervention per province that the actors do not have', () => {
    expect(startnotitieReferenceIssues(withNorth([north]), grensheiActors)).toEqual([]);
    const issues = startnotitieReferenceIssues(
      withNorth([{ provinceId: 'provincie-elders', bodyId: 'gs-zuidmark', partyIds: ['gemeente-nergensdorp'] }]),
      grensheiActors,
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_reference', 'startnotitie.escalation.levels.1.perProvince.0.provinceId'],
      ['unknown_reference', 'startnotitie.escalation.levels.1.perProvince.0.partyIds.0'],
      ['body_not_of_party', 'startnotitie.escalation.levels.1.perProvince.0.bodyId'],
    ]);
  });

  it('refuses an intervention per province off the province level, or a party in two parts', () => {
    expectIssue(
      EscalationModelSchema,
      {
        ...grensheiStartnotitie.escalation,
        finalLevel: { ...grensheiStartnotitie.escalation.finalLevel, perProvince: [north] },
      },
      'per_province_not_province_level',
      ['finalLevel', 'perProvince'],
    );
    expectIssue(
      EscalationModelSchema,
      withNorth([north, { provinceId: 'provincie-zuidmark', partyIds: ['gemeente-veldrode'] }]).escalation,
      'party_in_two_provinces',
      ['levels', 1, 'perProvince', 1, 'partyIds', 0],
    );
  });
});

describe('the Lindewaard startnotitie', () => {
  it('is valid and survives a JSON round trip unchanged', () => {
    expect(validate(StartnotitieSchema, JSON.parse(JSON.stringify(lindewaardStartnotitie)))).toEqual(
      lindewaardStartnotitie,
    );
  });

  it('refers only to parties, bodies and structures of the Lindewaard actors', () => {
    expect(startnotitieReferenceIssues(lindewaardStartnotitie, lindewaardActors)).toEqual([]);
  });

  it('names only opgaven, deelgebieden and programmes of the Lindewaard fixtures', () => {
    const opgaveIds = new Set(lindewaardOpgaven.opgaven.map((o) => o.id));
    const deelgebiedIds = new Set(lindewaardArea.deelgebieden.map((d) => d.id));
    const programmes = new Map(lindewaardOpgaven.linkedProgrammes.map((p) => [p.id, p]));
    expect(lindewaardStartnotitie.areaId).toBe(lindewaardArea.id);
    expect(lindewaardStartnotitie.scope.opgaveIds?.filter((id) => !opgaveIds.has(id))).toEqual([]);
    expect(lindewaardStartnotitie.scope.deelgebiedIds?.filter((id) => !deelgebiedIds.has(id))).toEqual([]);
    for (const d of lindewaardStartnotitie.ijkmomenten.externalDeadlines) {
      const milestone = programmes.get(d.linkedProgrammeId ?? '')?.milestones.find((m) => m.id === d.milestoneId);
      expect(milestone?.date, d.id).toBe(d.date);
    }
  });

  it('is the schedule the ijkmoment records of the scenario were held under', () => {
    const { programmeMoments, regionalMoments } = lindewaardStartnotitie.ijkmomenten;
    const addMonths = (iso: string, months: number) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const total = y * 12 + (m - 1) + months;
      return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    };
    for (const record of ijkmomentRecords) {
      if (record.momentKind === 'programme_moment') {
        const moment = record.scheduleEntryId
          ? programmeMoments.find((m) => m.id === record.scheduleEntryId)
          : programmeMoments.find((m) => m.date === record.plannedOn);
        expect(moment?.date, record.id).toBe(record.plannedOn);
      } else if (record.momentKind === 'external_deadline') {
        const deadline = lindewaardStartnotitie.ijkmomenten.externalDeadlines.find(
          (d) => d.id === record.scheduleEntryId,
        );
        expect(deadline?.date, record.id).toBe(record.plannedOn);
      } else if (record.momentKind === 'regional_moment') {
        const moment = regionalMoments.find((m) => m.id === record.scheduleEntryId);
        if (!moment) throw new Error(`no regional moment ${record.scheduleEntryId}`);
        const { every, unit, from } = moment.recurrence;
        expect(unit).toBe('months');
        const dates = Array.from({ length: 6 }, (_, k) => addMonths(from, k * every));
        expect(dates, record.id).toContain(record.plannedOn);
      }
    }
  });

  it('states the influence level up front on the (external) Edelenbos ladder', () => {
    expect(InfluenceLevel.values).toEqual(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen']);
    expect(lindewaardStartnotitie.participation.influenceLevel).toBe('coproduceren');
  });

  it('keeps programme moments (rijk) and regional recurring moments apart', () => {
    const { programmeMoments, regionalMoments } = lindewaardStartnotitie.ijkmomenten;
    expect(programmeMoments.every((m) => m.setByPartyId === 'ministerie-vro')).toBe(true);
    expect(regionalMoments[0]?.recurrence).toMatchObject({ every: 6, unit: 'months' });
  });
});

describe('escalation model', () => {
  it('rejects a model without a final level, with the path of the field', () => {
    const bad = doc() as unknown as { escalation: Record<string, unknown> };
    delete bad.escalation.finalLevel;
    const issue = expectIssue(StartnotitieSchema, bad, 'invalid_type', ['escalation', 'finalLevel']);
    expect(issue.message.nl.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  });

  it('rejects a final level that does not decide or is not the last', () => {
    const model = clone(lindewaardStartnotitie.escalation);
    model.finalLevel.action = 'bemiddelen';
    model.finalLevel.order = 2;
    const issues = issuesOf(EscalationModelSchema, model).map((i) => [i.code, i.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['final_level_must_decide', ['finalLevel', 'action']],
        ['final_level_not_last', ['finalLevel', 'order']],
      ]),
    );
  });

  it('rejects levels out of order', () => {
    const model = clone(lindewaardStartnotitie.escalation);
    const second = model.levels[1];
    if (!second) throw new Error('fixture changed');
    second.order = 1;
    expectIssue(EscalationModelSchema, model, 'escalation_order_not_ascending', ['levels', 1, 'order']);
  });

  it('requires a party that intervenes to name a substitute, and the substitute to be another party', () => {
    const model = clone(lindewaardStartnotitie.escalation) as unknown as {
      levels: { actor: Record<string, unknown> }[];
    };
    const province = model.levels[2];
    if (!province) throw new Error('fixture changed');
    delete province.actor.substituteIfParty;
    expectIssue(EscalationModelSchema, model, 'invalid_type', ['levels', 2, 'actor', 'substituteIfParty']);

    const same = clone(lindewaardStartnotitie.escalation);
    const level = same.levels[2];
    if (level?.actor.kind !== 'partij') throw new Error('fixture changed');
    level.actor.substituteIfParty = { kind: 'partij', partyId: 'provincie-zuidmark', role: 'bevoegd_gezag' };
    const issue = expectIssue(EscalationModelSchema, same, 'substitute_is_same_party', [
      'levels',
      2,
      'actor',
      'substituteIfParty',
      'partyId',
    ]);
    expect(issue.message.nl).toContain('geen partij bij het knelpunt');
  });

  it('records the rule that whoever intervenes is not a party (intervenerNotParty must be true)', () => {
    const bad = clone(lindewaardStartnotitie.escalation) as unknown as Record<string, unknown>;
    bad.intervenerNotParty = false;
    expectIssue(EscalationModelSchema, bad, 'invalid_value', ['intervenerNotParty']);
  });

  it('redirects the province level to its substitute when the province is a party to the knelpunt', () => {
    const level = lindewaardStartnotitie.escalation.levels[2];
    if (!level) throw new Error('fixture changed');
    expect(actingAtLevel(level, ['waterschap-aa-en-lindt', 'gemeente-beekdal'])).toEqual({
      actor: level.actor,
      redirected: false,
    });
    const redirected = actingAtLevel(level, ['waterschap-aa-en-lindt', 'provincie-zuidmark']);
    expect(redirected.redirected).toBe(true);
    expect(redirected.actor.kind).toBe('onafhankelijk');
  });

  it('refuses when the substitute is a party to the knelpunt too', () => {
    const final = lindewaardStartnotitie.escalation.finalLevel;
    const r = attempt(() => actingAtLevel(final, ['ministerie-vro', 'ministerie-lvvn']));
    expect(r.ok ? undefined : [r.error.code, r.error.path]).toEqual([
      'no_impartial_actor',
      ['level', 'actor', 'substituteIfParty', 'partyId'],
    ]);
  });

  it('expresses time limits as ISO 8601 durations', () => {
    for (const ok of ['P4W', 'P30D', 'P3M', 'P1Y2M', 'PT36H'])
      expect(IsoDurationSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['P', 'PT', '6W', 'P1.5D', 'p4w', ''])
      expect(IsoDurationSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('other rules of the startnotitie', () => {
  it('rejects an adopted startnotitie without adoption date', () => {
    const bad = doc() as unknown as { adoption: Record<string, unknown> };
    bad.adoption = { status: 'vastgesteld' };
    expectIssue(StartnotitieSchema, bad, 'invalid_type', ['adoption', 'adoptedOn']);
  });

  it('rejects consent or reopening of a step that is not planned', () => {
    const bad = doc();
    bad.decisionMaking.consentStepIds.push('stap-7');
    bad.changeRules.major.reopenableStepIds = ['opstart', 'stap-9'];
    const issues = issuesOf(StartnotitieSchema, bad).map((i) => [i.code, i.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['unknown_reference', ['decisionMaking', 'consentStepIds', 2]],
        ['unknown_reference', ['changeRules', 'major', 'reopenableStepIds', 1]],
      ]),
    );
  });

  it('rejects two agreements for one party and a commitment that ends before it starts', () => {
    const bad = doc();
    const copy = clone(bad.partyAgreements[2]);
    if (!copy) throw new Error('fixture changed');
    copy.commitment.until = '2025-12-31';
    bad.partyAgreements.push(copy);
    const last = bad.partyAgreements.length - 1;
    const issues = issuesOf(StartnotitieSchema, bad).map((i) => [i.code, i.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['duplicate_party_agreement', ['partyAgreements', last, 'partyId']],
        ['ends_before_start', ['partyAgreements', last, 'commitment', 'until']],
      ]),
    );
  });

  it('rejects a participation plan without stated influence level or fallback actions', () => {
    const bad = doc() as unknown as { participation: Record<string, unknown> };
    delete bad.participation.influenceLevel;
    bad.participation.whenParticipationFails = { signals: ['Weerstand'], actions: [] };
    const issues = issuesOf(StartnotitieSchema, bad).map((i) => [i.code, i.path]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['invalid_value', ['participation', 'influenceLevel']],
        ['too_small', ['participation', 'whenParticipationFails', 'actions']],
      ]),
    );
  });

  it('rejects a glossary term twice and a recurrence that ends before it starts', () => {
    const bad = doc();
    bad.glossary.push({ term: 'IJkmoment', definition: 'Dubbel' });
    expectIssue(StartnotitieSchema, bad, 'duplicate_term', ['glossary', bad.glossary.length - 1, 'term']);
    expectIssue(
      RecurrenceSchema,
      { every: 6, unit: 'months', from: '2026-03-12', until: '2026-01-01' },
      'ends_before_start',
      ['until'],
    );
  });

  it('never lets __proto__ or constructor pollute anything', () => {
    const input = JSON.parse(
      JSON.stringify(lindewaardStartnotitie).replace(
        '"scope":{',
        '"scope":{"__proto__":{"q":1},"constructor":{"prototype":{"q":1}},',
      ),
    );
    expect(issuesOf(StartnotitieSchema, input).some((i) => i.code === 'unrecognized_keys')).toBe(true);
    expect(({} as Record<string, unknown>).q).toBeUndefined();
  });
});

describe('startnotitieReferenceIssues', () => {
  it('reports unknown parties and a body of another party', () => {
    const bad = doc();
    const rule = bad.decisionMaking.rules[0];
    if (!rule) throw new Error('fixture changed');
    rule.deciders.push({ partyId: 'gemeente-beekdal', bodyId: 'gs-zuidmark' });
    bad.communication.spokespersons.push({ partyId: 'gemeente-onbekend', topic: 'x' });
    const issues = startnotitieReferenceIssues(bad, lindewaardActors).map((i) => [i.code, i.path]);
    expect(issues).toEqual([
      ['body_not_of_party', ['startnotitie', 'decisionMaking', 'rules', 0, 'deciders', 5, 'bodyId']],
      ['unknown_reference', ['startnotitie', 'communication', 'spokespersons', 2, 'partyId']],
    ]);
  });

  it('reports a government at the gebiedstafel without roles, tasks and responsibilities', () => {
    const bad = doc();
    bad.partyAgreements = bad.partyAgreements.filter((a) => a.partyId !== 'waterschap-aa-en-lindt');
    const issues = startnotitieReferenceIssues(bad, lindewaardActors);
    expect(issues.map((i) => i.code)).toEqual(['government_without_agreement']);
    expect(issues[0]?.message.nl).toContain('Waterschap Aa en Lindt');
  });
});

describe('JSON Schema of the startnotitie', () => {
  it('agrees with zod', () => {
    const counts = expectJsonSchemaAgreement('startnotitie', [lindewaardStartnotitie, hogeZandStartnotitie], {
      runs: 200,
    });
    expect(counts.invalid).toBeGreaterThan(200);
  }, 60_000);
});
