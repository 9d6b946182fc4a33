import { describe, expect, it } from 'vitest';
import {
  lindewaardAssessmentAndChoice,
  lindewaardDataInventory,
  lindewaardDevelopmentVariants,
  lindewaardEmbedding,
  lindewaardVisionAndFramework,
} from '../src/fixtures/index';
import {
  type AssessmentAndChoice,
  AssessmentAndChoiceSchema,
  DataInventorySchema,
  DevelopmentVariantsSchema,
  EmbeddingSchema,
  type GebiedsgerichtError,
  KnowledgeUse,
  LegalInstrument,
  PublicationCadence,
  type VisionAndFramework,
  VisionAndFrameworkSchema,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function issuesOf(fn: () => unknown): { code: string; path: (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    const e = error as GebiedsgerichtError;
    expect(e.code).toBe('invalid_input');
    for (const i of e.issues) {
      expect(i.message.nl.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
    return e.issues.map((i) => ({ code: i.code, path: i.path }));
  }
  throw new Error('expected a rejection');
}
const clone = <T>(value: T): T => structuredClone(value);

const deliverables = [
  ['dataInventory', DataInventorySchema, lindewaardDataInventory],
  ['visionAndFramework', VisionAndFrameworkSchema, lindewaardVisionAndFramework],
  ['developmentVariants', DevelopmentVariantsSchema, lindewaardDevelopmentVariants],
  ['assessmentAndChoice', AssessmentAndChoiceSchema, lindewaardAssessmentAndChoice],
  ['embedding', EmbeddingSchema, lindewaardEmbedding],
] as const;

describe('step deliverables of the scenario', () => {
  it.each(deliverables)('%s is accepted and survives a JSON round trip unchanged', (_name, schema, fixture) => {
    const text = JSON.stringify(fixture);
    expect(validate(schema, JSON.parse(text))).toEqual(fixture);
    expect(JSON.parse(text)).toEqual(fixture);
  });

  it.each(deliverables)('%s agrees with its published JSON Schema', (name, _schema, fixture) => {
    const counts = expectJsonSchemaAgreement(name, [fixture], { runs: 120 });
    expect(counts.invalid).toBeGreaterThan(60);
  });
});

describe('step 1: data inventory', () => {
  it('lists the four PBL publications with the cadence the handreiking gives', () => {
    // Handreiking bijlage 1, onderdeel 2, stap 1: NOVI monitor every two years, Planmonitor yearly,
    // Balans voor de Leefomgeving every two years, Ruimtelijke Verkenningen about every three years.
    const cadence = Object.fromEntries(lindewaardDataInventory.sources.map((s) => [s.id, s.cadence]));
    expect(cadence).toMatchObject({
      'pbl-novi-monitor': 'every_two_years',
      'pbl-planmonitor': 'yearly',
      'pbl-balans-leefomgeving': 'every_two_years',
      'pbl-ruimtelijke-verkenningen': 'about_every_three_years',
    });
    expect(PublicationCadence.label('about_every_three_years', 'nl')).toBe('Gemiddeld eens in de drie jaar');
    expect(KnowledgeUse.values).toEqual(['evaluation', 'research', 'weighing', 'monitoring']);
  });

  it('requires a completeness note, and a source to say what it serves', () => {
    const input = clone(lindewaardDataInventory) as unknown as Record<string, unknown>;
    delete (input.completeness as Record<string, unknown>).note;
    (input.sources as { serves: string[] }[])[0]!.serves = [];
    expect(issuesOf(() => validate(DataInventorySchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_type', path: ['completeness', 'note'] },
        { code: 'too_small', path: ['sources', 0, 'serves'] },
      ]),
    );
  });

  it('rejects an agreed starting point without its date and repeated source ids', () => {
    const input = clone(lindewaardDataInventory);
    delete input.policyStartingPoints[0]!.agreedOn;
    input.sources[1]!.id = input.sources[0]!.id;
    expect(issuesOf(() => validate(DataInventorySchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'agreed_without_date', path: ['policyStartingPoints', 0, 'agreedOn'] },
        { code: 'duplicate_id', path: ['sources', 1, 'id'] },
      ]),
    );
  });
});

describe('step 2: vision and afwegingskader', () => {
  it('rejects weights that do not sum to 1, through the assessment section’s afwegingskader', () => {
    const input: VisionAndFramework = clone(lindewaardVisionAndFramework);
    input.afwegingskader.criteria[0]!.weight = 0.3;
    expect(issuesOf(() => validate(VisionAndFrameworkSchema, input))).toEqual([
      { code: 'weights_do_not_sum_to_one', path: ['afwegingskader', 'criteria'] },
    ]);
  });

  it('rejects a randvoorwaarde on a criterion that is not in the afwegingskader', () => {
    const input = clone(lindewaardVisionAndFramework);
    input.randvoorwaarden[0]!.rule = { kind: 'minimum', criterionId: 'criterium-onbekend', value: 1 };
    expect(issuesOf(() => validate(VisionAndFrameworkSchema, input))).toEqual([
      { code: 'unknown_criterion', path: ['randvoorwaarden', 0, 'rule', 'criterionId'] },
    ]);
  });

  it('rejects back-cast milestones after the horizon or towards unknown goals', () => {
    const input = clone(lindewaardVisionAndFramework);
    input.vision.milestones[0]!.year = 2055;
    input.vision.milestones[1]!.goalIds = ['doel-bestaat-niet'];
    expect(issuesOf(() => validate(VisionAndFrameworkSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'milestone_after_horizon', path: ['vision', 'milestones', 0, 'year'] },
        { code: 'unknown_goal', path: ['vision', 'milestones', 1, 'goalIds', 0] },
      ]),
    );
  });
});

describe('step 3: development variants', () => {
  it('rejects fewer than two variants', () => {
    const input = clone(lindewaardDevelopmentVariants);
    input.variantSet.variants = input.variantSet.variants.slice(0, 1);
    expect(issuesOf(() => validate(DevelopmentVariantsSchema, input))).toEqual([
      { code: 'too_small', path: ['variantSet', 'variants'] },
    ]);
  });

  it('keeps the variant that breaks a randvoorwaarde, marked as not feasible', () => {
    const b = lindewaardDevelopmentVariants.variantSet.variants.find((v) => v.id === 'variant-b');
    expect(b?.screening?.verdict).toBe('not_feasible');
  });
});

describe('step 4: assessment and administrative choice', () => {
  it('rejects a choice that departs from the recommended variant without motivation', () => {
    const input: AssessmentAndChoice = clone(lindewaardAssessmentAndChoice);
    input.choice.chosenVariantId = 'variant-a';
    expect(issuesOf(() => validate(AssessmentAndChoiceSchema, input))).toEqual([
      { code: 'choice_departs_without_motivation', path: ['choice', 'departureMotivation'] },
    ]);
    input.choice.departureMotivation = { nl: 'Lagere kosten wegen zwaarder', en: 'Lower cost weighs more' };
    expect(validate(AssessmentAndChoiceSchema, input).choice.chosenVariantId).toBe('variant-a');
  });

  it('rejects a chosen variant that was not assessed, and a choice without projects', () => {
    const input = clone(lindewaardAssessmentAndChoice);
    input.choice.chosenVariantId = 'variant-z';
    input.choice.departureMotivation = { nl: 'x', en: 'x' };
    input.choice.packageOfProjects = [];
    expect(issuesOf(() => validate(AssessmentAndChoiceSchema, input))).toEqual(
      expect.arrayContaining([{ code: 'too_small', path: ['choice', 'packageOfProjects'] }]),
    );
    const only = clone(lindewaardAssessmentAndChoice);
    only.choice.chosenVariantId = 'variant-z';
    only.choice.departureMotivation = { nl: 'x', en: 'x' };
    expect(issuesOf(() => validate(AssessmentAndChoiceSchema, only))).toEqual([
      { code: 'unknown_variant', path: ['choice', 'chosenVariantId'] },
    ]);
  });

  it('records the impact on a municipal omgevingsvisie', () => {
    const clash = lindewaardAssessmentAndChoice.choice.impactOnOtherPlans.filter((i) => i.clashesWithOmgevingsvisie);
    expect(clash.map((i) => i.ownerPartyId)).toEqual(['gemeente-beekdal']);
  });
});

describe('step 5: embedding', () => {
  it('knows every legal instrument the issue names, with labels', () => {
    expect(LegalInstrument.values).toEqual([
      'omgevingsvisie',
      'programma',
      'omgevingsplan',
      'omgevingsverordening',
      'instructieregel',
      'projectbesluit',
      'coordinatieregeling',
      'national_rule_change',
    ]);
    expect(LegalInstrument.label('coordinatieregeling', 'nl')).toBe('Coördinatieregeling');
  });

  it('rejects adoption planned before the draft, a programme without MER duty, and no legal steps', () => {
    const input = clone(lindewaardEmbedding) as unknown as {
      legalFollowThrough: { adoptionPlannedOn: string }[];
      policyProgrammes: Record<string, unknown>[];
    };
    input.legalFollowThrough[0]!.adoptionPlannedOn = '2027-01-01';
    delete input.policyProgrammes[0]!.mer;
    expect(issuesOf(() => validate(EmbeddingSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'adoption_before_draft', path: ['legalFollowThrough', 0, 'adoptionPlannedOn'] },
        { code: 'invalid_type', path: ['policyProgrammes', 0, 'mer'] },
      ]),
    );
    const none = { ...clone(lindewaardEmbedding), legalFollowThrough: [] };
    expect(issuesOf(() => validate(EmbeddingSchema, none))).toEqual([
      { code: 'too_small', path: ['legalFollowThrough'] },
    ]);
  });
});
