/**
 * Validators for ZGW request bodies, compiled from the vendored Open Zaak 1.30.0 specifications
 * (test/specs). OpenAPI 3.0 is not plain JSON Schema, so the documents are prepared for ajv first:
 * `nullable: true` becomes "or null", and a `oneOf` with a `discriminator` becomes a choice by the
 * discriminating property. `Rol` is still validated per `betrokkeneType` against the
 * concrete serializer schema, as the union matches more than one variant.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { load } from 'js-yaml';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const SPECS = join(dirname(fileURLToPath(import.meta.url)), '..', 'specs');
const BASE = 'https://specs.zgw.test/';

export const API_FILES = {
  zaken: 'zaken.openapi.yaml',
  catalogi: 'catalogi.openapi.yaml',
  besluiten: 'besluiten.openapi.yaml',
  documenten: 'documenten.openapi.yaml',
} as const;
export type Api = keyof typeof API_FILES;

type Node = unknown;

/**
 * A `oneOf` with a `discriminator` as plain JSON Schema: the value of the discriminating property
 * picks the one branch that applies (without it, a GeoJSON Polygon also matches MultiLineString).
 */
function discriminated(
  oneOf: { $ref: string }[],
  discriminator: { propertyName: string; mapping?: Record<string, string> },
) {
  const name = discriminator.propertyName;
  const mapping =
    discriminator.mapping ??
    Object.fromEntries(oneOf.map((branch) => [branch.$ref.replace('#/components/schemas/', ''), branch.$ref]));
  return {
    type: 'object',
    required: [name],
    properties: { [name]: { enum: Object.keys(mapping) } },
    oneOf: Object.entries(mapping).map(([value, ref]) => ({
      allOf: [{ properties: { [name]: { const: value } } }, { $ref: ref }],
    })),
  };
}

/** Rewrites OpenAPI 3.0 schema keywords into JSON Schema that ajv understands. */
function prepare(node: Node): Node {
  if (Array.isArray(node)) return node.map(prepare);
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, Node>;
  if (record.discriminator && Array.isArray(record.oneOf)) {
    const { oneOf: _oneOf, discriminator: _d, ...rest } = record;
    return prepare({
      ...rest,
      ...discriminated(record.oneOf as { $ref: string }[], record.discriminator as { propertyName: string }),
    });
  }
  const out: Record<string, Node> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'discriminator' || key === 'nullable' || key === 'example') continue;
    out[key] = prepare(value);
  }
  if ((node as { nullable?: unknown }).nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

/** The parsed specification documents (not prepared), for reading paths and schema names. */
export const specs: Record<Api, Record<string, Node>> = Object.fromEntries(
  (Object.keys(API_FILES) as Api[]).map((api) => [
    api,
    load(readFileSync(join(SPECS, API_FILES[api]), 'utf8')) as Record<string, Node>,
  ]),
) as Record<Api, Record<string, Node>>;

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
for (const api of Object.keys(API_FILES) as Api[]) {
  const { components } = specs[api] as { components: Node };
  ajv.addSchema({ $id: `${BASE}${API_FILES[api]}`, components: prepare(components) });
}

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator of one schema of one API (compiled once, then reused). */
export function validatorFor(api: Api, schema: string): ValidateFunction {
  const key = `${api}#${schema}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile({ $ref: `${BASE}${API_FILES[api]}#/components/schemas/${schema}` });
    compiled.set(key, validate);
  }
  return validate;
}

function schemaOf(api: Api, name: string): Record<string, Node> {
  const components = (specs[api] as { components: { schemas: Record<string, Record<string, Node>> } }).components;
  const schema = components.schemas[name];
  if (!schema) throw new Error(`No schema ${name} in ${api}`);
  return schema;
}

/** Every property name a schema allows, following `allOf` and local `$ref`s. */
export function propertyNames(api: Api, name: string): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Record<string, Node>) => {
    for (const key of Object.keys((schema.properties as Record<string, Node> | undefined) ?? {})) names.add(key);
    for (const part of (schema.allOf as Record<string, Node>[] | undefined) ?? []) {
      const ref = part.$ref;
      if (typeof ref === 'string') visit(schemaOf(api, ref.replace('#/components/schemas/', '')));
      else visit(part);
    }
  };
  visit(schemaOf(api, name));
  return names;
}

/** Which API and request schema a resource's request body is validated against. */
export function requestSchema(resource: string, body: Record<string, unknown>): { api: Api; schema: string } {
  switch (resource) {
    case 'catalogussen':
      return { api: 'catalogi', schema: 'CatalogusRequest' };
    case 'zaaktypen':
      return { api: 'catalogi', schema: 'ZaakTypeRequest' };
    case 'statustypen':
      return { api: 'catalogi', schema: 'StatusTypeRequest' };
    case 'roltypen':
      return { api: 'catalogi', schema: 'RolTypeRequest' };
    case 'besluittypen':
      return { api: 'catalogi', schema: 'BesluitTypeRequest' };
    case 'informatieobjecttypen':
      return { api: 'catalogi', schema: 'InformatieObjectTypeRequest' };
    case 'eigenschappen':
      return { api: 'catalogi', schema: 'EigenschapRequest' };
    case 'resultaattypen':
      return { api: 'catalogi', schema: 'ResultaatTypeRequest' };
    case 'zaaktype-informatieobjecttypen':
      return { api: 'catalogi', schema: 'ZaakTypeInformatieObjectTypeRequest' };
    case 'zaken':
      return { api: 'zaken', schema: 'ZaakRequest' };
    case 'statussen':
      return { api: 'zaken', schema: 'StatusRequest' };
    case 'rollen':
      // The union matches more than one variant; validate against the concrete serializer.
      return { api: 'zaken', schema: `${String(body.betrokkeneType)}_RolSerializerRequest` };
    case 'resultaten':
      return { api: 'zaken', schema: 'ResultaatRequest' };
    case 'zaakeigenschappen':
      return { api: 'zaken', schema: 'ZaakEigenschapRequest' };
    case 'besluiten':
      return { api: 'besluiten', schema: 'BesluitRequest' };
    default:
      throw new Error(`No request schema for ${resource}`);
  }
}

/**
 * The problems of a request body: the ajv errors against its request schema, and every field the
 * schema does not know (the specs allow extra fields, the server ignores them silently: a typo
 * would go unnoticed). Empty when the body is valid.
 */
export function requestProblems(resource: string, body: Record<string, unknown>): string[] {
  const { api, schema } = requestSchema(resource, body);
  const validate = validatorFor(api, schema);
  const problems: string[] = [];
  if (!validate(body))
    for (const e of validate.errors ?? []) problems.push(`${schema}${e.instancePath} ${e.message ?? ''}`);
  const known = propertyNames(api, schema);
  for (const key of Object.keys(body)) if (!known.has(key)) problems.push(`${schema}: unknown field ${key}`);
  return problems;
}
