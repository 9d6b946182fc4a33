import { lindewaardActors, lindewaardArea } from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate } from '@gebiedsgericht/process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emitZaakHistory,
  planCatalogue,
  syncToZgw,
  type ZaakHistory,
  ZgwRequestError,
  type ZgwServerOptions,
} from '../src/index';
import { type FakeZgwServer, startFakeZgwServer } from './support/fakeZgwServer';
import { config, lindewaardSnapshot } from './support/lindewaardProcess';

const credentials = { clientId: 'gebiedsgericht-test', secret: 'een-gedeeld-geheim', userId: 'regisseur-zuidmark' };
const clock = () => new Date('2027-11-01T10:00:00Z');

const plan = planCatalogue(defaultStepTemplate, config);
const history: ZaakHistory = emitZaakHistory(lindewaardSnapshot(), config, {
  actors: lindewaardActors,
  geometry: { crs: 'EPSG:4326', geometry: lindewaardArea.geometry! },
});

let server: FakeZgwServer;
let options: ZgwServerOptions;

beforeEach(async () => {
  server = await startFakeZgwServer(credentials);
  options = {
    catalogiUrl: server.catalogiUrl,
    zakenUrl: server.zakenUrl,
    besluitenUrl: server.besluitenUrl,
    credentials,
    now: clock,
  };
});
afterEach(() => server.close());

const posts = () => server.requests.filter((r) => r.method === 'POST' && !r.path.endsWith('/publish'));

describe('syncToZgw against a fake ZGW server', () => {
  it('creates the catalogue, publishes it, then the zaak with its history, every request valid', async () => {
    const report = await syncToZgw(options, plan, history);
    expect(server.requests.filter((r) => r.status >= 400)).toEqual([]);
    const historyCount =
      1 +
      history.statussen.length +
      history.rollen.length +
      history.besluiten.length +
      history.zaakeigenschappen.length +
      history.deelzaken.reduce((n, d) => n + 1 + d.statussen.length + d.rollen.length + (d.resultaat ? 2 : 0), 0) +
      2;
    expect(report.created).toBe(plan.objects.length + historyCount);
    expect(posts()).toHaveLength(report.created);
    expect(report.published).toHaveLength(plan.publish.length);
    expect(server.objects('zaaktypen').every((z) => z.concept === false)).toBe(true);
    expect(server.objects('zaken')).toHaveLength(1 + history.deelzaken.length);
    // The end status closed the zaak on the day the last step closed.
    expect(server.objects('zaken')[0]?.einddatum).toBe(String(history.eindstatus?.body.datumStatusGezet).slice(0, 10));
  });

  it('sends in the order the APIs need: catalogue, publish, zaak, statuses in time order, rollen, besluiten, end', async () => {
    await syncToZgw(options, plan, history);
    const order = server.requests
      .filter((r) => r.method === 'POST')
      .map((r) => (r.path.endsWith('/publish') ? 'publish' : r.resource));
    const first = (name: string) => order.indexOf(name);
    const last = (name: string) => order.lastIndexOf(name);
    expect(first('catalogussen')).toBe(0);
    expect(last('resultaattypen')).toBeLessThan(first('publish'));
    expect(last('publish')).toBeLessThan(first('zaken'));
    expect(first('statussen')).toBeGreaterThan(first('zaken'));
    expect(first('rollen')).toBeGreaterThan(first('statussen'));
    expect(first('besluiten')).toBeGreaterThan(first('rollen'));
    expect(order.at(-1)).toBe('statussen'); // the end status closes the zaak, so it comes last
    expect(order.at(-2)).toBe('resultaten');
    const times = posts()
      .filter((r) => r.resource === 'statussen' && r.body?.zaak === server.objects('zaken')[0]?.url)
      .map((r) => Date.parse(String(r.body?.datumStatusGezet)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('is idempotent: a second run creates nothing and finds every object again', async () => {
    const first = await syncToZgw(options, plan, history);
    const before = posts().length;
    const second = await syncToZgw(options, plan, history);
    expect(second.created).toBe(0);
    expect(second.published).toEqual([]);
    expect(posts()).toHaveLength(before);
    expect(second.urls).toEqual(first.urls);
  });

  it('continues where it stopped: after a failure, a new run creates only what is missing', async () => {
    server.failWhen((method, resource) => method === 'POST' && resource === 'besluiten', 500, {
      type: 'https://zgw.test/ref/fouten/error/',
      code: 'error',
      title: 'Er is een serverfout opgetreden.',
      status: 500,
      detail: 'Database niet bereikbaar',
    });
    await expect(syncToZgw(options, plan, history)).rejects.toBeInstanceOf(ZgwRequestError);
    expect(server.objects('zaken')).toHaveLength(1);
    expect(server.objects('besluiten')).toHaveLength(0);
    const createdBefore = posts().filter((r) => r.status === 201).length;
    server.clearFailures();
    const report = await syncToZgw(options, plan, history);
    expect(server.objects('zaken')).toHaveLength(1 + history.deelzaken.length);
    expect(server.objects('besluiten')).toHaveLength(history.besluiten.length);
    expect(server.objects('statustypen')).toHaveLength(plan.objects.filter((o) => o.resource === 'statustypen').length);
    expect(createdBefore + report.created).toBe(posts().filter((r) => r.status === 201).length);
    expect(report.created).toBeLessThan(plan.objects.length);
  });

  it('answers a refused request with a typed error carrying the server’s problem details', async () => {
    server.failWhen((method, resource) => method === 'POST' && resource === 'rollen', 400, {
      type: 'https://zgw.test/ref/fouten/ValidationError/',
      code: 'invalid',
      title: 'Invalid input.',
      status: 400,
      detail: '',
      invalidParams: [{ name: 'betrokkeneIdentificatie.innNnpId', code: 'invalid', reason: 'Ongeldig RSIN' }],
    });
    const error = await syncToZgw(options, plan, history).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZgwRequestError);
    expect(error).toMatchObject({
      name: 'GebiedsgerichtError',
      code: 'zgw_request_failed',
      status: 400,
      method: 'POST',
      problem: { code: 'invalid', title: 'Invalid input.' },
      issues: [{ code: 'invalid', path: ['betrokkeneIdentificatie', 'innNnpId'], message: { nl: 'Ongeldig RSIN' } }],
    });
  });

  it('authenticates with a JWT the server accepts, and fails typed with a wrong secret', async () => {
    await syncToZgw(options, plan);
    expect(server.requests.every((r) => r.status !== 403)).toBe(true);
    const wrong = { ...options, credentials: { ...credentials, secret: 'een-ander-geheim' } };
    const error = await syncToZgw(wrong, plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'zgw_request_failed', status: 403, problem: { code: 'not_authenticated' } });
  });

  it('sends the zaak with Content-Crs EPSG:4326; the server refuses a zaak whose zaaktype is still a concept', async () => {
    const unpublished = { ...plan, publish: [] };
    const error = await syncToZgw(options, unpublished, history).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'zgw_request_failed', status: 400, issues: [{ path: ['zaaktype'] }] });
  });

  it('is checked by a server that validates against the specs: a zaaktype without doel is refused', async () => {
    const broken = {
      ...plan,
      objects: plan.objects.map((o) => {
        if (o.resource !== 'zaaktypen') return o;
        const { doel: _doel, ...body } = o.body;
        return { ...o, body };
      }),
    };
    const error = await syncToZgw(options, broken).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'zgw_request_failed', status: 400, method: 'POST' });
    expect((error as ZgwRequestError).problem.invalidParams?.[0]?.reason).toMatch(/required property 'doel'/);
  });

  it('fails typed when the server cannot be reached', async () => {
    await server.close();
    const error = await syncToZgw(options, plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'zgw_unreachable', status: 0 });
    server = await startFakeZgwServer(credentials);
  });

  it('refuses invalid server options before sending anything', async () => {
    const error = await syncToZgw({ ...options, zakenUrl: 'not a url' }, plan).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: ['server', 'zakenUrl'] })],
    });
    expect(server.requests).toEqual([]);
  });
});
