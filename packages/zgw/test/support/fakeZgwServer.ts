/**
 * A small ZGW server for the tests (Node's `http`): the list, read, create and publish endpoints
 * the sync client uses, for the Catalogi, Zaken and Besluiten APIs. It validates every request body
 * with the same validators as the emitter tests (the vendored specs), checks the JWT (HS256, the
 * shared secret, `client_id`), the `Content-Crs` header on zaken, that every URL in a body points
 * at an existing object, that a zaak's zaaktype is published, that a zaak gets its resultaat
 * before its end status and nothing after it. It records every request, and answers errors with
 * problem details as the ZGW APIs do.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { requestProblems } from './zgwSpecs';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly resource: string;
  readonly status: number;
  readonly body?: Record<string, unknown>;
}

type Stored = Record<string, unknown> & { url: string; uuid: string };

export interface FakeZgwServer {
  readonly baseUrl: string;
  readonly catalogiUrl: string;
  readonly zakenUrl: string;
  readonly besluitenUrl: string;
  readonly requests: RecordedRequest[];
  /** The stored objects of a resource, in creation order. */
  objects(resource: string): Stored[];
  /** Makes the server answer matching requests with this status and problem. */
  failWhen(test: (method: string, resource: string) => boolean, status: number, problem: Record<string, unknown>): void;
  /** Stops answering with the failures set by `failWhen`. */
  clearFailures(): void;
  close(): Promise<void>;
}

const CATALOGUE = [
  'catalogussen',
  'zaaktypen',
  'statustypen',
  'roltypen',
  'besluittypen',
  'informatieobjecttypen',
  'eigenschappen',
  'resultaattypen',
  'zaaktype-informatieobjecttypen',
];
const ZAKEN = ['zaken', 'statussen', 'rollen', 'resultaten'];
const PUBLISHABLE = ['zaaktypen', 'besluittypen', 'informatieobjecttypen'];
const PAGE_SIZE = 5;

export async function startFakeZgwServer(options: { clientId: string; secret: string }): Promise<FakeZgwServer> {
  const store = new Map<string, Stored[]>();
  const requests: RecordedRequest[] = [];
  const failures: {
    test: (method: string, resource: string) => boolean;
    status: number;
    problem: Record<string, unknown>;
  }[] = [];
  const all = (resource: string) => {
    let list = store.get(resource);
    if (!list) {
      list = [];
      store.set(resource, list);
    }
    return list;
  };
  const byUrl = (url: string): Stored | undefined => {
    for (const list of store.values()) {
      const found = list.find((o) => o.url === url);
      if (found) return found;
    }
    return undefined;
  };
  let baseUrl = '';

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
    });
    res.end(JSON.stringify(body));
  };
  const problem = (status: number, code: string, detail: string, invalidParams: unknown[] = []) => ({
    type: `https://zgw.test/ref/fouten/${code}/`,
    code,
    title: detail,
    status,
    detail,
    instance: `urn:uuid:${randomUUID()}`,
    invalidParams,
  });

  async function authorised(req: IncomingMessage): Promise<boolean> {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Bearer ')) return false;
    try {
      const { payload, protectedHeader } = await jwtVerify(header.slice(7), new TextEncoder().encode(options.secret), {
        algorithms: ['HS256'],
      });
      return (
        protectedHeader.alg === 'HS256' &&
        payload.client_id === options.clientId &&
        payload.iss === options.clientId &&
        typeof payload.user_id === 'string' &&
        typeof payload.iat === 'number'
      );
    } catch {
      return false;
    }
  }

  /** Why this body cannot be stored (beyond the schema), or undefined. */
  function integrity(resource: string, body: Record<string, unknown>): ReturnType<typeof problem> | undefined {
    for (const [key, value] of Object.entries(body)) {
      const urls = Array.isArray(value) ? value : [value];
      for (const url of urls)
        if (typeof url === 'string' && url.startsWith(baseUrl) && !byUrl(url))
          return problem(400, 'invalid', 'Invalid input.', [{ name: key, code: 'bad-url', reason: 'Bad url' }]);
    }
    if (resource === 'zaken') {
      const zaaktype = byUrl(String(body.zaaktype));
      if (zaaktype?.concept === true)
        return problem(400, 'invalid', 'Invalid input.', [
          { name: 'zaaktype', code: 'not-published', reason: 'Het zaaktype is nog een concept.' },
        ]);
    }
    if (typeof body.zaak === 'string') {
      const zaak = byUrl(body.zaak);
      if (zaak?.einddatum) return problem(403, 'permission_denied', 'De zaak is afgesloten.');
      if (resource === 'statussen' && zaak) {
        const statustype = byUrl(String(body.statustype));
        const siblings = all('statustypen').filter((s) => s.zaaktype === zaak.zaaktype);
        const highest = Math.max(...siblings.map((s) => Number(s.volgnummer)));
        if (statustype && Number(statustype.volgnummer) === highest) {
          if (!all('resultaten').some((r) => r.zaak === zaak.url))
            return problem(400, 'invalid', 'Invalid input.', [
              { name: 'statustype', code: 'resultaat-does-not-exist', reason: 'De zaak heeft nog geen resultaat.' },
            ]);
          zaak.einddatum = String(body.datumStatusGezet).slice(0, 10);
        }
      }
    }
    return undefined;
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    text: string,
  ): Promise<{ resource: string; status: number }> {
    const url = new URL(req.url ?? '/', baseUrl);
    const parts = url.pathname.split('/').filter(Boolean); // [api, 'api', 'v1', resource, uuid?, action?]
    let resource = parts[3] ?? '';
    let uuid = parts[4];
    let action = parts[5];
    let parentZaak: string | undefined;
    if (resource === 'zaken' && parts[5] === 'zaakeigenschappen') {
      parentZaak = `${baseUrl}/zaken/api/v1/zaken/${parts[4]}`;
      resource = 'zaakeigenschappen';
      uuid = parts[6];
      action = undefined;
    }
    const method = req.method ?? 'GET';
    const failure = failures.find((f) => f.test(method, resource));
    if (failure) {
      send(res, failure.status, failure.problem);
      return { resource, status: failure.status };
    }
    if (!(await authorised(req))) {
      const body = problem(403, 'not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.');
      send(res, 403, body);
      return { resource, status: 403 };
    }
    const known = [...CATALOGUE, ...ZAKEN, 'besluiten', 'zaakeigenschappen'];
    if (!known.includes(resource)) {
      send(res, 404, problem(404, 'not_found', 'Niet gevonden.'));
      return { resource, status: 404 };
    }
    if (resource === 'zaken' && !req.headers['accept-crs']) {
      send(res, 412, problem(412, 'precondition_failed', "'Accept-Crs' header ontbreekt"));
      return { resource, status: 412 };
    }
    if (method === 'GET' && uuid === undefined) {
      const filters = [...url.searchParams.entries()].filter(([k]) => k !== 'status' && k !== 'page');
      const matching = all(resource).filter(
        (o) => filters.every(([k, v]) => o[k] === v) && (parentZaak === undefined || o.zaak === parentZaak),
      );
      if (resource === 'zaakeigenschappen') {
        send(res, 200, matching);
        return { resource, status: 200 };
      }
      const page = Number(url.searchParams.get('page') ?? '1');
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      send(res, 200, {
        count: matching.length,
        next: page * PAGE_SIZE < matching.length ? next.toString() : null,
        previous: null,
        results: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      });
      return { resource, status: 200 };
    }
    if (method === 'GET') {
      const found = all(resource).find((o) => o.uuid === uuid);
      if (!found) {
        send(res, 404, problem(404, 'not_found', 'Niet gevonden.'));
        return { resource, status: 404 };
      }
      send(res, 200, found);
      return { resource, status: 200 };
    }
    if (method === 'POST' && action === 'publish') {
      const found = all(resource).find((o) => o.uuid === uuid);
      if (!found || !PUBLISHABLE.includes(resource)) {
        send(res, 404, problem(404, 'not_found', 'Niet gevonden.'));
        return { resource, status: 404 };
      }
      found.concept = false;
      send(res, 200, found);
      return { resource, status: 200 };
    }
    if (method === 'POST') {
      const body = JSON.parse(text) as Record<string, unknown>;
      if (resource === 'zaken' && req.headers['content-crs'] !== 'EPSG:4326') {
        send(res, 412, problem(412, 'precondition_failed', "'Content-Crs' header ontbreekt"));
        return { resource, status: 412 };
      }
      const problems = requestProblems(resource, body);
      if (problems.length > 0) {
        send(
          res,
          400,
          problem(
            400,
            'invalid',
            'Invalid input.',
            problems.map((p) => ({ name: p.split(' ')[0] ?? '', code: 'invalid', reason: p })),
          ),
        );
        return { resource, status: 400 };
      }
      const wrong = integrity(resource, body);
      if (wrong) {
        send(res, wrong.status, wrong);
        return { resource, status: wrong.status };
      }
      const id = randomUUID();
      const api = CATALOGUE.includes(resource) ? 'catalogi' : resource === 'besluiten' ? 'besluiten' : 'zaken';
      const stored: Stored = {
        ...body,
        uuid: id,
        url:
          resource === 'zaakeigenschappen'
            ? `${parentZaak}/zaakeigenschappen/${id}`
            : `${baseUrl}/${api}/api/v1/${resource}/${id}`,
        ...(PUBLISHABLE.includes(resource) ? { concept: true } : {}),
        ...(typeof body.datumStatusGezet === 'string'
          ? { datumStatusGezet: new Date(body.datumStatusGezet).toISOString() }
          : {}),
      };
      all(resource).push(stored);
      send(res, 201, stored);
      return { resource, status: 201 };
    }
    send(res, 405, problem(405, 'method_not_allowed', 'Methode niet toegestaan.'));
    return { resource, status: 405 };
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
      const entry = { method: req.method ?? 'GET', path: new URL(req.url ?? '/', baseUrl).pathname };
      const outcome = await handle(req, res, text);
      requests.push({
        ...entry,
        resource: outcome.resource,
        status: outcome.status,
        ...(body ? { body } : {}),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    catalogiUrl: `${baseUrl}/catalogi/api/v1`,
    zakenUrl: `${baseUrl}/zaken/api/v1`,
    besluitenUrl: `${baseUrl}/besluiten/api/v1`,
    requests,
    objects: (resource) => [...all(resource)],
    failWhen(test, status, body) {
      failures.push({ test, status, problem: body });
    },
    clearFailures() {
      failures.length = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
