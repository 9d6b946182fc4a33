import {
  type ArgumentChecks,
  argumentChecks,
  type ErrorIssue,
  GebiedsgerichtError,
  isPlainRecord,
  validate,
} from '@gebiedsgericht/core';
import { z } from 'zod';
import type { EmittedObject, ZaakHistory } from './emitZaak';
import { zgwFail, zgwMessages } from './messages';
import type { CataloguePlan, CatalogueResource, PlannedObject } from './planCatalogue';
import { type JsonValue, resolveReferences, type ZgwBody } from './references';
import { ZgwCredentialsSchema, zgwToken } from './zgwToken';

/**
 * The problem details a ZGW API answers an error with (RFC 7807, with the ZGW's `code` and
 * `invalidParams`).
 */
export interface ZgwProblem {
  readonly type?: string;
  readonly code?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly invalidParams?: readonly { readonly name: string; readonly code: string; readonly reason: string }[];
}

/**
 * A request to a ZGW server that failed: a {@link GebiedsgerichtError} with code
 * `zgw_request_failed` (or `zgw_unreachable`, `zgw_unexpected_response`), the method, URL and HTTP
 * status, and the server's problem details; each invalid parameter is one issue, its path the
 * parameter's name.
 *
 * @example
 * try { await syncToZgw(options, plan, history); }
 * catch (e) { if (e instanceof ZgwRequestError) console.log(e.status, e.problem.invalidParams); }
 */
export class ZgwRequestError extends GebiedsgerichtError {
  /** The HTTP method of the failed request. */
  readonly method: string;
  /** The URL of the failed request. */
  readonly url: string;
  /** The HTTP status (0 when the server could not be reached). */
  readonly status: number;
  /** The problem details the server sent (empty when it sent none). */
  readonly problem: ZgwProblem;

  constructor(init: {
    code: 'zgw_request_failed' | 'zgw_unreachable' | 'zgw_unexpected_response';
    method: string;
    url: string;
    status: number;
    problem: ZgwProblem;
    detail: string;
  }) {
    const p = { method: init.method, url: init.url, status: init.status, detail: init.detail };
    const message = zgwMessages.messages[init.code](p);
    const issues: ErrorIssue[] = (init.problem.invalidParams ?? []).map((param) => ({
      code: param.code,
      path: param.name.split('.'),
      message: { nl: param.reason, en: param.reason },
    }));
    super({ code: init.code, message, path: [], issues });
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.problem = init.problem;
  }
}

/** Where the ZGW APIs are and how to authenticate there. */
export interface ZgwServerOptions {
  /** Root URL of the Catalogi API, for example `https://openzaak.example.org/catalogi/api/v1`. */
  readonly catalogiUrl: string;
  /** Root URL of the Zaken API. */
  readonly zakenUrl: string;
  /** Root URL of the Besluiten API. */
  readonly besluitenUrl: string;
  readonly credentials: z.input<typeof ZgwCredentialsSchema>;
  /** The clock, for the token's `iat`: the caller passes it, the package never reads the time itself. */
  readonly now: () => Date;
  /** The fetch to use; the global `fetch` by default. */
  readonly fetch?: typeof fetch;
}

const ServerSchema = z.strictObject({
  catalogiUrl: z.url({ protocol: /^https?$/ }),
  zakenUrl: z.url({ protocol: /^https?$/ }),
  besluitenUrl: z.url({ protocol: /^https?$/ }),
  credentials: ZgwCredentialsSchema,
  now: z.custom<() => Date>((v) => typeof v === 'function'),
  fetch: z.custom<typeof fetch>((v) => typeof v === 'function').optional(),
});

/** One object the sync touched: created now, or found from an earlier run. */
export interface SyncedObject {
  readonly resource: CatalogueResource | EmittedObject['resource'];
  readonly url: string;
  readonly created: boolean;
}

/** What {@link syncToZgw} did: every object in the order it was handled, and the URL of every reference. */
export interface SyncReport {
  readonly objects: readonly SyncedObject[];
  /** How many objects were created in this run (0 on a second run over the same history). */
  readonly created: number;
  /** The types that were published in this run. */
  readonly published: readonly string[];
  /** The server's URL of every placeholder reference of the plan and the history. */
  readonly urls: Readonly<Record<string, string>>;
}

const checks: ArgumentChecks = argumentChecks(zgwFail);

type Json = { readonly [key: string]: JsonValue };

const trim = (url: string) => url.replace(/\/+$/, '');

function instant(value: JsonValue | undefined): number {
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}

/** The fields that identify an object of a resource among its siblings on the server. */
function sameObject(resource: string, wanted: ZgwBody, found: Json): boolean {
  switch (resource) {
    case 'catalogussen':
      return found.rsin === wanted.rsin && found.domein === wanted.domein;
    case 'zaaktypen':
      return found.identificatie === wanted.identificatie;
    case 'statustypen':
      return found.volgnummer === wanted.volgnummer;
    case 'eigenschappen':
      return found.naam === wanted.naam;
    case 'zaaktype-informatieobjecttypen':
      return found.informatieobjecttype === wanted.informatieobjecttype;
    case 'zaken':
      return found.identificatie === wanted.identificatie && found.bronorganisatie === wanted.bronorganisatie;
    case 'statussen':
      return (
        found.statustype === wanted.statustype && instant(found.datumStatusGezet) === instant(wanted.datumStatusGezet)
      );
    case 'rollen': {
      const a = isPlainRecord(found.betrokkeneIdentificatie) ? found.betrokkeneIdentificatie : {};
      const b = isPlainRecord(wanted.betrokkeneIdentificatie) ? wanted.betrokkeneIdentificatie : {};
      return found.roltype === wanted.roltype && a.statutaireNaam === b.statutaireNaam;
    }
    case 'besluiten':
      return (
        found.identificatie === wanted.identificatie &&
        found.verantwoordelijkeOrganisatie === wanted.verantwoordelijkeOrganisatie
      );
    case 'resultaten':
      return found.resultaattype === wanted.resultaattype;
    case 'zaakeigenschappen':
      return found.eigenschap === wanted.eigenschap;
    default:
      return found.omschrijving === wanted.omschrijving;
  }
}

/** The query that lists the candidates for an existing object. */
function listQuery(resource: string, body: ZgwBody): Record<string, string> {
  const s = (v: JsonValue | undefined) => (typeof v === 'string' ? v : '');
  switch (resource) {
    case 'catalogussen':
      return { rsin: s(body.rsin), domein: s(body.domein) };
    case 'zaaktypen':
      return { catalogus: s(body.catalogus), identificatie: s(body.identificatie), status: 'alles' };
    case 'informatieobjecttypen':
    case 'besluittypen':
      return { catalogus: s(body.catalogus), status: 'alles' };
    case 'statustypen':
    case 'roltypen':
    case 'eigenschappen':
    case 'resultaattypen':
    case 'zaaktype-informatieobjecttypen':
      return { zaaktype: s(body.zaaktype), status: 'alles' };
    case 'zaken':
      return { bronorganisatie: s(body.bronorganisatie), identificatie: s(body.identificatie) };
    case 'besluiten':
      return {
        verantwoordelijkeOrganisatie: s(body.verantwoordelijkeOrganisatie),
        identificatie: s(body.identificatie),
      };
    default:
      return { zaak: s(body.zaak) };
  }
}

class Connection {
  constructor(private readonly server: z.output<typeof ServerSchema>) {}

  private async token(): Promise<string> {
    return zgwToken(this.server.credentials, Math.floor(this.server.now().getTime() / 1000));
  }

  async request(method: 'GET' | 'POST', url: string, body?: ZgwBody, crs = false): Promise<Json> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await this.token()}`,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (crs) {
      headers['Accept-Crs'] = 'EPSG:4326';
      if (body !== undefined) headers['Content-Crs'] = 'EPSG:4326';
    }
    const doFetch = this.server.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch (error) {
      throw new ZgwRequestError({
        code: 'zgw_unreachable',
        method,
        url,
        status: 0,
        problem: {},
        detail: error instanceof Error ? error.message : String(error),
      });
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? {} : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const problem: ZgwProblem = isPlainRecord(parsed) ? (parsed as ZgwProblem) : {};
      throw new ZgwRequestError({
        code: 'zgw_request_failed',
        method,
        url,
        status: response.status,
        problem,
        detail: problem.detail ?? problem.title ?? response.statusText,
      });
    }
    if (!isPlainRecord(parsed) && !Array.isArray(parsed))
      throw new ZgwRequestError({
        code: 'zgw_unexpected_response',
        method,
        url,
        status: response.status,
        problem: {},
        detail: '',
      });
    return parsed as Json;
  }

  /** Every object of a list endpoint, following the pages. */
  async list(url: string, query: Record<string, string>, crs = false): Promise<Json[]> {
    const out: Json[] = [];
    let next: string | null = `${url}?${new URLSearchParams(query).toString()}`;
    while (next) {
      const page: unknown = await this.request('GET', next, undefined, crs);
      if (Array.isArray(page)) {
        out.push(...(page as Json[]));
        next = null;
      } else if (isPlainRecord(page) && Array.isArray(page.results)) {
        out.push(...(page.results as Json[]));
        next = typeof page.next === 'string' ? page.next : null;
      } else {
        throw new ZgwRequestError({
          code: 'zgw_unexpected_response',
          method: 'GET',
          url: next,
          status: 200,
          problem: {},
          detail: '',
        });
      }
    }
    return out;
  }
}

function urlOf(object: Json, method: string, endpoint: string): string {
  if (typeof object.url !== 'string')
    throw new ZgwRequestError({
      code: 'zgw_unexpected_response',
      method,
      url: endpoint,
      status: 200,
      problem: {},
      detail: '',
    });
  return object.url;
}

class Sync {
  readonly objects: SyncedObject[] = [];
  readonly published: string[] = [];
  readonly urls = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly server: z.output<typeof ServerSchema>,
  ) {}

  private endpoint(resource: string, body: ZgwBody): string {
    if (resource === 'besluiten') return `${trim(this.server.besluitenUrl)}/besluiten`;
    if (resource === 'zaakeigenschappen') return `${trim(String(body.zaak))}/zaakeigenschappen`;
    if (['zaken', 'statussen', 'rollen', 'resultaten'].includes(resource))
      return `${trim(this.server.zakenUrl)}/${resource}`;
    return `${trim(this.server.catalogiUrl)}/${resource}`;
  }

  /** Finds the object on the server, or creates it; returns its URL. */
  async ensure(resource: SyncedObject['resource'], template: ZgwBody, ref?: string): Promise<string> {
    const body = resolveReferences(template, this.urls);
    const endpoint = this.endpoint(resource, body);
    const crs = resource === 'zaken';
    const candidates =
      resource === 'zaakeigenschappen'
        ? await this.connection.list(endpoint, {})
        : await this.connection.list(endpoint, listQuery(resource, body), crs);
    const existing = candidates.find((c) => sameObject(resource, body, c));
    let url: string;
    if (existing) {
      url = urlOf(existing, 'GET', endpoint);
      this.objects.push({ resource, url, created: false });
    } else {
      url = urlOf(await this.connection.request('POST', endpoint, body, crs), 'POST', endpoint);
      this.objects.push({ resource, url, created: true });
    }
    if (ref !== undefined) this.urls.set(ref, url);
    return url;
  }

  async catalogue(plan: CataloguePlan): Promise<void> {
    for (const object of plan.objects as PlannedObject[]) await this.ensure(object.resource, object.body, object.ref);
    for (const ref of plan.publish) {
      const url = this.urls.get(ref);
      if (url === undefined) continue;
      const current = await this.connection.request('GET', url);
      if (current.concept === true) {
        await this.connection.request('POST', `${trim(url)}/publish`, {});
        this.published.push(url);
      }
    }
  }

  async all(objects: readonly EmittedObject[]): Promise<void> {
    for (const o of objects) await this.ensure(o.resource, o.body);
  }

  async history(history: ZaakHistory): Promise<void> {
    await this.ensure('zaken', history.zaak.body, history.zaak.ref);
    await this.all(history.statussen);
    await this.all(history.rollen);
    await this.all(history.besluiten);
    await this.all(history.zaakeigenschappen);
    for (const deelzaak of history.deelzaken) {
      await this.ensure('zaken', deelzaak.zaak.body, deelzaak.zaak.ref);
      await this.all(deelzaak.statussen);
      await this.all(deelzaak.rollen);
      if (deelzaak.resultaat) await this.all([deelzaak.resultaat]);
      if (deelzaak.eindstatus) await this.all([deelzaak.eindstatus]);
    }
    if (history.resultaat) await this.all([history.resultaat]);
    if (history.eindstatus) await this.all([history.eindstatus]);
  }
}

/**
 * Pushes a catalogue plan and a process's history to a ZGW server, in the order the APIs need:
 * the catalogue types (each after what it refers to), publishing the types, the zaak, its
 * statuses in time order, the rollen, the besluiten, the zaakeigenschappen, the knelpunt
 * deelzaken, and last the resultaat and the end status (which closes the zaak). Idempotent: every
 * object is first looked up on the server (a zaaktype by catalogue and identificatie, a status by
 * statustype and time, a rol by roltype and name, a besluit by organisation and identificatie, …)
 * and only created when it is not there, so a second run over the same history creates nothing.
 * Authenticates every request with a fresh JWT (HS256, `client_id`, `user_id`).
 *
 * Throws `invalid_input` for invalid server options (path `server`); a {@link ZgwRequestError}
 * with the server's problem details when a request fails. What was created before the failure
 * stays; running again continues from there.
 *
 * @example
 * const report = await syncToZgw(
 *   { catalogiUrl, zakenUrl, besluitenUrl, credentials: { clientId, secret, userId }, now: () => new Date() },
 *   planCatalogue(defaultStepTemplate, config),
 *   emitZaakHistory(process.snapshot(), config, { actors }),
 * );
 * console.log(report.created);
 * @see docs/zgw.md (sync)
 */
export async function syncToZgw(
  server: ZgwServerOptions,
  plan: CataloguePlan,
  history?: ZaakHistory,
): Promise<SyncReport> {
  const valid = validate(ServerSchema, server, { path: ['server'] });
  checks.requireRecord(plan, 'plan (a catalogue plan)', ['plan']);
  if (plan.kind !== 'zgwCataloguePlan' || !Array.isArray(plan.objects))
    throw zgwFail('invalid_argument', { name: 'plan (a catalogue plan)' }, ['plan']);
  if (history !== undefined && (!isPlainRecord(history) || history.kind !== 'zgwZaakHistory'))
    throw zgwFail('invalid_argument', { name: 'history (a zaak history)' }, ['history']);
  const sync = new Sync(new Connection(valid), valid);
  await sync.catalogue(plan);
  if (history) await sync.history(history);
  return {
    objects: sync.objects,
    created: sync.objects.filter((o) => o.created).length,
    published: sync.published,
    urls: Object.fromEntries(sync.urls),
  };
}
