import { isGebiedsgerichtError, RoleKind } from '@gebiedsgericht/core';
import { defaultStepTemplate, rivierenlandStepTemplate } from '@gebiedsgericht/process';
import { describe, expect, it } from 'vitest';
import { type CataloguePlan, planCatalogue, ROL_OMSCHRIJVING_GENERIEK, referenceOf } from '../src/index';
import { config } from './support/lindewaardProcess';
import { requestProblems } from './support/zgwSpecs';

function thrown(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isGebiedsgerichtError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

const of = (plan: CataloguePlan, resource: string) => plan.objects.filter((o) => o.resource === resource);

describe('planCatalogue', () => {
  const plan = planCatalogue(defaultStepTemplate, config);

  it('emits only objects that validate against the Catalogi API 1.3.1 request schemas', () => {
    expect(plan.objects.length).toBeGreaterThan(20);
    for (const object of plan.objects) expect(requestProblems(object.resource, object.body), object.ref).toEqual([]);
  });

  it('validates the Rivierenland template (four steps) as well', () => {
    const rivierenland = planCatalogue(rivierenlandStepTemplate, config);
    for (const object of rivierenland.objects)
      expect(requestProblems(object.resource, object.body), object.ref).toEqual([]);
    const statustypen = of(rivierenland, 'statustypen').filter(
      (o) => o.body.zaaktype === referenceOf('zaaktype', rivierenlandStepTemplate.id),
    );
    expect(statustypen).toHaveLength(rivierenlandStepTemplate.steps.length + 1);
  });

  it('orders every object after the objects it refers to', () => {
    const seen = new Set<string>();
    for (const object of plan.objects) {
      const refs = JSON.stringify(object.body).match(/urn:gebiedsgericht:zgw:[^"]+/g) ?? [];
      for (const ref of refs) expect(seen.has(ref), `${object.ref} refers to ${ref} before it exists`).toBe(true);
      seen.add(object.ref);
    }
  });

  it('gives a StatusType per step with volgnummer in template order, then the end status as the highest', () => {
    const zaaktype = referenceOf('zaaktype', defaultStepTemplate.id);
    const statustypen = of(plan, 'statustypen').filter((o) => o.body.zaaktype === zaaktype);
    expect(statustypen.map((s) => s.body.omschrijving)).toEqual([
      ...defaultStepTemplate.steps.map((s) => s.label.nl),
      'Afgerond; borgen en monitoren',
    ]);
    expect(statustypen.map((s) => s.body.volgnummer)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('fills every required ZaakType field, from the template and the configuration', () => {
    const zaaktype = of(plan, 'zaaktypen').find((o) => o.ref === referenceOf('zaaktype', defaultStepTemplate.id));
    expect(zaaktype?.body).toMatchObject({
      identificatie: defaultStepTemplate.id,
      omschrijving: defaultStepTemplate.label.nl,
      vertrouwelijkheidaanduiding: 'openbaar',
      indicatieInternOfExtern: 'intern',
      doorlooptijd: 'P4Y',
      verantwoordelijke: 'Programmabureau gebiedsgericht werken',
      referentieproces: { naam: defaultStepTemplate.label.nl },
      beginGeldigheid: '2026-01-01',
      versiedatum: '2026-01-01',
      catalogus: referenceOf('catalogus'),
      deelzaaktypen: [referenceOf('zaaktype', defaultStepTemplate.id, 'knelpunt')],
    });
    expect(zaaktype?.body.besluittypen).toHaveLength(of(plan, 'besluittypen').length);
  });

  it('links each kind of deliverable to the zaaktype at the status of the step it closes', () => {
    const links = of(plan, 'zaaktype-informatieobjecttypen');
    expect(links.map((l) => l.body.informatieobjecttype)).toEqual(
      defaultStepTemplate.steps.map((s) => referenceOf('informatieobjecttype', s.deliverable.documentType)),
    );
    expect(links.map((l) => l.body.statustype)).toEqual(
      defaultStepTemplate.steps.map((s) => referenceOf('statustype', defaultStepTemplate.id, s.id)),
    );
  });

  it('gives a RolType per role with the mapped omschrijvingGeneriek, and one for the medeoverheden', () => {
    const zaaktype = referenceOf('zaaktype', defaultStepTemplate.id);
    const roltypen = of(plan, 'roltypen').filter((o) => o.body.zaaktype === zaaktype);
    expect(roltypen).toHaveLength(RoleKind.values.length + 1);
    const generic = Object.fromEntries(roltypen.map((r) => [r.body.omschrijving, r.body.omschrijvingGeneriek]));
    expect(generic).toMatchObject({
      Regisseur: 'zaakcoordinator',
      'Bevoegd gezag': 'beslisser',
      Opdrachtgever: 'initiator',
      Medeoverheid: 'mede_initiator',
      'Gebiedspartner (partij)': 'belanghebbende',
      Adviseur: 'adviseur',
    });
    expect(Object.keys(ROL_OMSCHRIJVING_GENERIEK).sort()).toEqual([...RoleKind.values, 'medeoverheid'].sort());
  });

  it('takes the Selectielijst URLs of the result types from the configuration', () => {
    const resultaattypen = of(plan, 'resultaattypen');
    expect(resultaattypen.map((r) => r.body.selectielijstklasse)).toEqual([
      ...['opgelost', 'beslist', 'ingetrokken'].map(
        (k) =>
          (config.knelpuntResultaattypen as Record<string, { selectielijstklasse: string }>)[k]?.selectielijstklasse,
      ),
      config.resultaattypen.afgerond.selectielijstklasse,
      config.resultaattypen.gestopt.selectielijstklasse,
    ]);
  });

  it('publishes the informatieobjecttypen and besluittypen before the zaaktypen, the knelpunt type first', () => {
    expect(plan.publish.at(-1)).toBe(referenceOf('zaaktype', defaultStepTemplate.id));
    expect(plan.publish.at(-2)).toBe(referenceOf('zaaktype', defaultStepTemplate.id, 'knelpunt'));
    expect(plan.publish.filter((r) => r.includes(':besluittype:'))).toHaveLength(of(plan, 'besluittypen').length);
  });

  it('is pure: the same input gives the same plan, and the input is not changed', () => {
    const before = JSON.stringify(defaultStepTemplate);
    expect(planCatalogue(defaultStepTemplate, config)).toEqual(plan);
    expect(JSON.stringify(defaultStepTemplate)).toBe(before);
  });

  it('refuses a configuration without an RSIN, or with one that fails the elfproef, with the path', () => {
    const { rsin: _rsin, ...withoutRsin } = config;
    expect(thrown(() => planCatalogue(defaultStepTemplate, withoutRsin as typeof config))).toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: ['config', 'rsin'] })],
    });
    expect(thrown(() => planCatalogue(defaultStepTemplate, { ...config, rsin: '123456789' }))).toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ code: 'invalid_rsin', path: ['config', 'rsin'] })],
    });
  });

  it('refuses a Selectielijst class that is not a URL instead of inventing one', () => {
    const broken = {
      ...config,
      resultaattypen: {
        ...config.resultaattypen,
        gestopt: { selectielijstklasse: 'x', resultaattypeomschrijving: 'y' },
      },
    };
    const error = thrown(() => planCatalogue(defaultStepTemplate, broken));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path.join('.'))).toContain('config.resultaattypen.gestopt.selectielijstklasse');
  });

  it('refuses a template id too long for the zaaktype identificatie', () => {
    const template = { ...defaultStepTemplate, id: 'x'.repeat(45) };
    expect(thrown(() => planCatalogue(template, config))).toMatchObject({
      code: 'identificatie_too_long',
      path: ['template', 'id'],
    });
  });
});
