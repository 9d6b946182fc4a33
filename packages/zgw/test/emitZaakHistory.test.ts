import type { GebiedsprocesSnapshot } from '@gebiedsgericht/core';
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { lindewaardActors, lindewaardArea, lindewaardDecisions } from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate } from '@gebiedsgericht/process';
import { describe, expect, it } from 'vitest';
import { type EmittedObject, emitZaakHistory, referenceOf, type ZaakHistory } from '../src/index';
import { config, lindewaardProcess, lindewaardSnapshot } from './support/lindewaardProcess';
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

function everyObject(history: ZaakHistory): EmittedObject[] {
  return [
    history.zaak,
    ...history.statussen,
    ...history.rollen,
    ...history.besluiten,
    ...history.zaakeigenschappen,
    ...history.deelzaken.flatMap((d) => [
      d.zaak,
      ...d.statussen,
      ...d.rollen,
      ...(d.resultaat ? [d.resultaat] : []),
      ...(d.eindstatus ? [d.eindstatus] : []),
    ]),
    ...(history.resultaat ? [history.resultaat] : []),
    ...(history.eindstatus ? [history.eindstatus] : []),
  ];
}

const snapshot: GebiedsprocesSnapshot = lindewaardSnapshot();
const history = emitZaakHistory(snapshot, config, {
  actors: lindewaardActors,
  geometry: { crs: 'EPSG:4326', geometry: lindewaardArea.geometry! },
  gokitrRapport: 'gokitr-lindewaard-2027-voorjaar',
});

describe('emitZaakHistory on the finished Lindewaard process', () => {
  it('emits only objects that validate against the Zaken 1.5.1 and Besluiten 1.1.0 request schemas', () => {
    const objects = everyObject(history);
    expect(objects.length).toBeGreaterThan(20);
    for (const object of objects) expect(requestProblems(object.resource, object.body)).toEqual([]);
  });

  it('emits the zaak with its organisations, zaaktype, start date, identificatie and geometry', () => {
    expect(history.zaak.body).toEqual({
      identificatie: 'gebiedsproces-lindewaard',
      bronorganisatie: '123456782',
      verantwoordelijkeOrganisatie: '123456782',
      zaaktype: referenceOf('zaaktype', defaultStepTemplate.id),
      omschrijving: defaultStepTemplate.label.nl,
      startdatum: '2026-01-12',
      vertrouwelijkheidaanduiding: 'openbaar',
      zaakgeometrie: lindewaardArea.geometry,
    });
  });

  it('sets a status per step opening, in time order, with the step as statustype', () => {
    expect(history.statussen.map((s) => s.body.statustype)).toEqual(
      defaultStepTemplate.steps.map((s) => referenceOf('statustype', defaultStepTemplate.id, s.id)),
    );
    const times = history.statussen.map((s) => Date.parse(String(s.body.datumStatusGezet)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(history.statussen[0]?.body.datumStatusGezet).toBe('2026-01-12T09:00:00+01:00');
    // Step 1 opens when step 0 closes, at the closing decision's time.
    const step0 = lindewaardDecisions.find((d) => d.stepId === 'opstart' && d.subject === 'step_closure');
    expect(String(history.statussen[1]?.body.datumStatusGezet).slice(0, 10)).toBe(step0?.date);
  });

  it('ends with the resultaat "afgerond" and the end status at the closing of the last step', () => {
    expect(history.resultaat?.body.resultaattype).toBe(
      referenceOf('resultaattype', defaultStepTemplate.id, 'afgerond'),
    );
    expect(history.eindstatus?.body.statustype).toBe(referenceOf('statustype', defaultStepTemplate.id, 'afgerond'));
    const last = lindewaardDecisions.find((d) => d.stepId === 'borgen-en-uitvoeren');
    expect(String(history.eindstatus?.body.datumStatusGezet).slice(0, 10)).toBe(last?.date);
  });

  it('emits a besluit per decision with the deciding organisation’s RSIN and body', () => {
    expect(history.besluiten.map((b) => b.body.identificatie)).toEqual(
      lindewaardDecisions.filter((d) => history.besluiten.some((b) => b.body.identificatie === d.id)).map((d) => d.id),
    );
    expect(history.besluiten).toHaveLength(6);
    const first = history.besluiten[0]?.body;
    expect(first).toMatchObject({
      verantwoordelijkeOrganisatie: '123456782',
      besluittype: referenceOf('besluittype', 'step_closure'),
      zaak: history.zaak.ref,
      bestuursorgaan: expect.any(String),
    });
    expect(first?.datum).toBe(first?.ingangsdatum);
  });

  it('emits a rol per party and role: the regisseur as zaakcoördinator, each medeoverheid as mede-initiator', () => {
    const roles = history.rollen.map((r) => ({
      roltype: r.body.roltype,
      naam: (r.body.betrokkeneIdentificatie as { statutaireNaam: string }).statutaireNaam,
      rsin: (r.body.betrokkeneIdentificatie as { innNnpId?: string }).innNnpId,
    }));
    expect(roles).toContainEqual({
      roltype: referenceOf('roltype', defaultStepTemplate.id, 'regisseur'),
      naam: 'Provincie Zuidmark',
      rsin: '123456782',
    });
    const medeoverheden = roles.filter(
      (r) => r.roltype === referenceOf('roltype', defaultStepTemplate.id, 'medeoverheid'),
    );
    expect(medeoverheden.length).toBeGreaterThanOrEqual(3);
    for (const r of history.rollen) expect(r.body.betrokkeneType).toBe('niet_natuurlijk_persoon');
    const keys = roles.map((r) => `${r.roltype} ${r.naam}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('records the chosen variant and the GOKIT-R report as zaakeigenschappen', () => {
    expect(history.zaakeigenschappen.map((e) => e.body.waarde)).toEqual([
      expect.stringMatching(/^variant-/),
      'gokitr-lindewaard-2027-voorjaar',
    ]);
  });

  it('makes each knelpunt a deelzaak of the zaak: open ones without result, withdrawn ones closed', () => {
    const byId = Object.fromEntries(history.deelzaken.map((d) => [d.knelpuntId, d]));
    const open = byId['knelpunt-beekdal-water'];
    const withdrawn = byId['knelpunt-wind-hoeverveen'];
    expect(open?.zaak.body.hoofdzaak).toBe(history.zaak.ref);
    expect(open?.statussen.length).toBe(2);
    expect(open?.resultaat).toBeUndefined();
    expect(withdrawn?.resultaat?.body.resultaattype).toBe(
      referenceOf('resultaattype', defaultStepTemplate.id, 'knelpunt', 'ingetrokken'),
    );
    expect(withdrawn?.rollen.map((r) => r.body.roltype)).toEqual([
      referenceOf('roltype', defaultStepTemplate.id, 'knelpunt', 'indiener'),
      referenceOf('roltype', defaultStepTemplate.id, 'knelpunt', 'partij'),
      referenceOf('roltype', defaultStepTemplate.id, 'knelpunt', 'partij'),
    ]);
  });

  it('gives no resultaat or end status while the process is still in its steps', () => {
    const running = emitZaakHistory(lindewaardProcess(['opstart', 'inzicht-verkrijgen']).snapshot(), config);
    expect(running.statussen).toHaveLength(3);
    expect(running.resultaat).toBeUndefined();
    expect(running.eindstatus).toBeUndefined();
    expect(running.rollen.length).toBeGreaterThan(0); // the medeoverheden, without an actors document
  });

  it('at every point of the process (0 to 6 closed steps) emits valid objects, a status per opened step, and an end only at the end', () => {
    const ids = defaultStepTemplate.steps.map((s) => s.id);
    for (let closed = 0; closed <= ids.length; closed++) {
      const partial = emitZaakHistory(lindewaardProcess(ids.slice(0, closed)).snapshot(), config, {
        actors: lindewaardActors,
      });
      for (const object of everyObject(partial)) expect(requestProblems(object.resource, object.body)).toEqual([]);
      expect(partial.statussen).toHaveLength(Math.min(closed + 1, ids.length));
      expect(partial.eindstatus !== undefined, `after ${closed} steps`).toBe(closed === ids.length);
      expect(partial.resultaat !== undefined).toBe(closed === ids.length);
    }
  });

  it('converts a geometry in RD New to EPSG:4326', () => {
    const rd = emitZaakHistory(snapshot, config, {
      geometry: { crs: 'EPSG:28992', geometry: { type: 'Point', coordinates: [155000, 463000] } },
    });
    const geometry = rd.zaak.body.zaakgeometrie as { type: string; coordinates: number[] };
    expect(geometry.type).toBe('Point');
    expect(geometry.coordinates[0]).toBeCloseTo(5.38720621, 4);
    expect(geometry.coordinates[1]).toBeCloseTo(52.1551744, 4);
    expect(requestProblems('zaken', rd.zaak.body)).toEqual([]);
  });

  it('refuses RD coordinates outside the Netherlands with the path into the options', () => {
    const error = thrown(() =>
      emitZaakHistory(snapshot, config, {
        geometry: { crs: 'EPSG:28992', geometry: { type: 'Point', coordinates: [5.6, 51.7] } },
      }),
    );
    expect(error).toMatchObject({
      code: 'coordinates_outside_rd',
      path: ['options', 'geometry', 'geometry', 'coordinates'],
    });
  });

  it('refuses to emit a besluit of a party whose RSIN the configuration lacks', () => {
    const error = thrown(() => emitZaakHistory(snapshot, { ...config, parties: {} }));
    expect(error).toMatchObject({ code: 'missing_party_rsin', path: ['snapshot', 'decisions', 0, 'partyId'] });
    expect(error.messageIn('nl')).toContain('provincie-zuidmark');
  });

  it('answers a snapshot that is not one with invalid_input, and leaves the snapshot unchanged', () => {
    expect(thrown(() => emitZaakHistory({ kind: 'other' }, config)).code).toBe('invalid_input');
    const before = JSON.stringify(snapshot);
    emitZaakHistory(snapshot, config, { actors: lindewaardActors });
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});
