import {
  type Actors,
  ActorsSchema,
  type ArgumentChecks,
  argumentChecks,
  type Decision,
  RoleKind,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { type ProcessView, readProcess } from './internal/readProcess';
import { END_STATUS, fit, KNELPUNT_END_STATUS, refs } from './internal/refs';
import { zgwFail } from './messages';
import { KNELPUNT_RESULTS, KNELPUNT_STATUSTYPEN, ZAAK_EIGENSCHAPPEN } from './planCatalogue';
import type { ZgwBody } from './references';
import { MEDEOVERHEID_ROLE, type ZgwRoleKey } from './rolTypeMapping';
import { convertGeometry, type ZaakGeometryInput, ZaakGeometryInputSchema } from './zaakGeometry';
import { type ZgwConfig, type ZgwConfigInput, ZgwConfigSchema } from './zgwConfig';

/** The resources of the Zaken and Besluiten APIs the emitters write. */
export type CaseResource = 'zaken' | 'statussen' | 'rollen' | 'besluiten' | 'resultaten' | 'zaakeigenschappen';

/** One object to create in the Zaken or Besluiten API. */
export interface EmittedObject {
  readonly resource: CaseResource;
  readonly body: ZgwBody;
}

/** A zaak with its own reference (deelzaken and besluiten point at it). */
export interface EmittedZaak extends EmittedObject {
  readonly resource: 'zaken';
  readonly ref: string;
}

/** A knelpunt as a deelzaak: its zaak, its statuses, its rollen, and its result and end status once it ended. */
export interface EmittedDeelzaak {
  readonly knelpuntId: string;
  readonly zaak: EmittedZaak;
  readonly statussen: readonly EmittedObject[];
  readonly rollen: readonly EmittedObject[];
  readonly resultaat?: EmittedObject;
  readonly eindstatus?: EmittedObject;
}

/**
 * The history of one area process in the Zaken and Besluiten APIs: the zaak, a status per step
 * opening (in time order), the rollen, the besluiten, the zaakeigenschappen, a deelzaak per
 * knelpunt, and, once the process ended, the resultaat and the end status. The end status is kept
 * apart because the Zaken API closes the zaak when it is set, so it comes after everything else.
 */
export interface ZaakHistory {
  readonly kind: 'zgwZaakHistory';
  readonly processId: string;
  readonly zaak: EmittedZaak;
  readonly statussen: readonly EmittedObject[];
  readonly rollen: readonly EmittedObject[];
  readonly besluiten: readonly EmittedObject[];
  readonly zaakeigenschappen: readonly EmittedObject[];
  readonly deelzaken: readonly EmittedDeelzaak[];
  readonly resultaat?: EmittedObject;
  readonly eindstatus?: EmittedObject;
}

/** What {@link emitZaakHistory} can use beside the snapshot and the configuration. */
export interface EmitZaakOptions {
  /** The parties, bodies and standing roles of the area (names of parties and bodies, rollen). */
  readonly actors?: Actors;
  /** The area's geometry, in EPSG:4326 or RD New (converted to EPSG:4326). */
  readonly geometry?: ZaakGeometryInput;
  /** The zaak's `omschrijving` (at most 80 characters); the template's label otherwise. */
  readonly omschrijving?: string;
  /** The id of the latest GOKIT-R control report, written as the `gokitr_rapport` eigenschap. */
  readonly gokitrRapport?: string;
}

const OptionsSchema = z.strictObject({
  actors: ActorsSchema.optional(),
  geometry: ZaakGeometryInputSchema.optional(),
  omschrijving: z.string().min(1).max(80).optional(),
  gokitrRapport: z.string().min(1).max(100).optional(),
});

const checks: ArgumentChecks = argumentChecks(zgwFail);
const MAX_ZAAK_IDENTIFICATIE = 40;
const MAX_BESLUIT_IDENTIFICATIE = 50;

function validateLength(value: string, max: number, path: (string | number)[]): string {
  if (value.length > max) throw zgwFail('identificatie_too_long', { value, max }, path);
  return value;
}

/** The local calendar date of an ISO date-time with offset, as written (`2026-01-12T09:00+01:00` → `2026-01-12`). */
const dateOf = (dateTime: string) => dateTime.slice(0, 10);

interface Names {
  party(partyId: string): string;
  body(partyId: string, bodyId: string): string;
}

function namesFrom(actors: Actors | undefined): Names {
  const parties = new Map((actors?.parties ?? []).map((p) => [p.id, p]));
  return {
    party: (partyId) => parties.get(partyId)?.name ?? partyId,
    body: (partyId, bodyId) => parties.get(partyId)?.bodies?.find((b) => b.id === bodyId)?.name ?? bodyId,
  };
}

function rol(
  zaak: string,
  roltype: string,
  partyId: string,
  toelichting: string,
  config: ZgwConfig,
  names: Names,
): EmittedObject {
  const rsin = config.parties[partyId]?.rsin;
  return {
    resource: 'rollen',
    body: {
      zaak,
      betrokkeneType: 'niet_natuurlijk_persoon',
      roltype,
      roltoelichting: fit(toelichting, 1000),
      betrokkeneIdentificatie: {
        ...(rsin !== undefined ? { innNnpId: rsin } : {}),
        statutaireNaam: fit(names.party(partyId), 500),
      },
    },
  };
}

function besluit(decision: Decision, index: number, zaak: string, config: ZgwConfig, names: Names): EmittedObject {
  const rsin = config.parties[decision.partyId]?.rsin;
  const path = ['snapshot', 'decisions', index];
  if (rsin === undefined) throw zgwFail('missing_party_rsin', { partyId: decision.partyId }, [...path, 'partyId']);
  return {
    resource: 'besluiten',
    body: {
      identificatie: validateLength(decision.id, MAX_BESLUIT_IDENTIFICATIE, [...path, 'id']),
      verantwoordelijkeOrganisatie: rsin,
      besluittype: refs.besluittype(decision.subject),
      zaak,
      datum: decision.date,
      ingangsdatum: decision.date,
      bestuursorgaan: fit(names.body(decision.partyId, decision.bodyId), 50),
      toelichting: `${decision.title.nl}. ${decision.motivation.nl}`,
    },
  };
}

function chosenVariant(view: ProcessView): string | undefined {
  let chosen: string | undefined;
  view.template.steps.forEach((definition, i) => {
    if (!definition.gate.choosesVariant) return;
    const choice = view.steps[i]?.deliverable?.choice;
    if (typeof choice === 'object' && choice !== null) {
      const id = (choice as { chosenVariantId?: unknown }).chosenVariantId;
      if (typeof id === 'string') chosen = id;
    }
  });
  return chosen;
}

/** The unvalidated core of {@link emitZaakHistory}. */
function buildHistory(view: ProcessView, config: ZgwConfig, options: z.output<typeof OptionsSchema>): ZaakHistory {
  const templateId = view.template.id;
  const processId = view.settings.processId;
  const names = namesFrom(options.actors);
  const zaakRef = refs.zaak(processId);
  const zaak: EmittedZaak = {
    ref: zaakRef,
    resource: 'zaken',
    body: {
      identificatie: validateLength(processId, MAX_ZAAK_IDENTIFICATIE, ['snapshot', 'settings', 'processId']),
      bronorganisatie: config.bronorganisatie,
      verantwoordelijkeOrganisatie: config.verantwoordelijkeOrganisatie,
      zaaktype: refs.zaaktype(templateId),
      omschrijving: options.omschrijving ?? fit(view.template.label.nl, 80),
      startdatum: dateOf(view.startedAt),
      vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding,
      ...(options.geometry ? { zaakgeometrie: convertGeometry(options.geometry, ['options', 'geometry']) } : {}),
    },
  };

  const openings = view.steps
    .flatMap((s) => s.openings)
    .sort((a, b) => Date.parse(a.openedAt) - Date.parse(b.openedAt));
  const labels = new Map(view.template.steps.map((s) => [s.id, s.label.nl]));
  const statussen: EmittedObject[] = openings.map((o) => ({
    resource: 'statussen',
    body: {
      zaak: zaakRef,
      statustype: refs.statustype(templateId, o.stepId),
      datumStatusGezet: o.openedAt,
      statustoelichting:
        o.round > 1
          ? `${labels.get(o.stepId) ?? o.stepId}: opnieuw geopend (ronde ${o.round})`
          : `${labels.get(o.stepId) ?? o.stepId}: geopend`,
    },
  }));

  // Rollen: the standing roles from the actors document, and every medeoverheid.
  const rollen: EmittedObject[] = [];
  const seen = new Set<string>();
  const addRol = (role: ZgwRoleKey, partyId: string, scope: string | undefined) => {
    const key = `${role}\u0000${partyId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const label = role === MEDEOVERHEID_ROLE ? 'Medeoverheid' : RoleKind.label(role, 'nl');
    rollen.push(
      rol(zaakRef, refs.roltype(templateId, role), partyId, scope ? `${label}: ${scope}` : label, config, names),
    );
  };
  for (const assignment of options.actors?.roleAssignments ?? [])
    addRol(assignment.role, assignment.partyId, assignment.scope);
  for (const m of view.settings.medeoverheden) addRol(MEDEOVERHEID_ROLE, m.partyId, undefined);

  const besluiten = view.decisions.map((d, i) => besluit(d, i, zaakRef, config, names));

  const zaakeigenschappen: EmittedObject[] = [];
  const variant = chosenVariant(view);
  if (variant !== undefined)
    zaakeigenschappen.push({
      resource: 'zaakeigenschappen',
      body: {
        zaak: zaakRef,
        eigenschap: refs.eigenschap(templateId, ZAAK_EIGENSCHAPPEN.gekozenVariant),
        waarde: variant,
      },
    });
  if (options.gokitrRapport !== undefined)
    zaakeigenschappen.push({
      resource: 'zaakeigenschappen',
      body: {
        zaak: zaakRef,
        eigenschap: refs.eigenschap(templateId, ZAAK_EIGENSCHAPPEN.gokitrRapport),
        waarde: options.gokitrRapport,
      },
    });

  const deelzaken = view.knelpunten.map((k, index): EmittedDeelzaak => {
    const ref = refs.deelzaak(processId, k.id);
    const path = ['snapshot', 'knelpunten', index, 'id'];
    const deelzaak: EmittedZaak = {
      ref,
      resource: 'zaken',
      body: {
        identificatie: validateLength(k.id, MAX_ZAAK_IDENTIFICATIE, path),
        bronorganisatie: config.bronorganisatie,
        verantwoordelijkeOrganisatie: config.verantwoordelijkeOrganisatie,
        zaaktype: refs.knelpuntZaaktype(templateId),
        omschrijving: fit(k.title.nl, 80),
        startdatum: dateOf(k.raisedAt),
        vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding,
        hoofdzaak: zaakRef,
      },
    };
    const openLevels = new Set(KNELPUNT_STATUSTYPEN.map((s) => s.level));
    const stays = k.stays.filter((s) => openLevels.has(s.level));
    const statusLabel = new Map(KNELPUNT_STATUSTYPEN.map((s) => [s.level, s.omschrijving]));
    const knelpuntStatussen: EmittedObject[] = stays.map((s) => ({
      resource: 'statussen',
      body: {
        zaak: ref,
        statustype: refs.knelpuntStatustype(templateId, s.level),
        datumStatusGezet: s.enteredAt,
        statustoelichting: statusLabel.get(s.level) ?? s.level,
      },
    }));
    const knelpuntRollen: EmittedObject[] = [
      rol(ref, refs.knelpuntRoltype(templateId, 'indiener'), k.raisedBy, 'Indiener van het knelpunt', config, names),
      ...k.parties.map((p) =>
        rol(ref, refs.knelpuntRoltype(templateId, 'partij'), p, 'Partij bij het knelpunt', config, names),
      ),
    ];
    const resultKey = KNELPUNT_RESULTS[k.level];
    const ended = k.stays.filter((s) => !openLevels.has(s.level)).at(-1);
    if (resultKey === undefined || ended === undefined)
      return { knelpuntId: k.id, zaak: deelzaak, statussen: knelpuntStatussen, rollen: knelpuntRollen };
    return {
      knelpuntId: k.id,
      zaak: deelzaak,
      statussen: knelpuntStatussen,
      rollen: knelpuntRollen,
      resultaat: {
        resource: 'resultaten',
        body: { zaak: ref, resultaattype: refs.knelpuntResultaattype(templateId, resultKey) },
      },
      eindstatus: {
        resource: 'statussen',
        body: {
          zaak: ref,
          statustype: refs.knelpuntStatustype(templateId, KNELPUNT_END_STATUS),
          datumStatusGezet: ended.enteredAt,
          statustoelichting: `Afgesloten: ${resultKey}`,
        },
      },
    };
  });

  const lastStep = view.steps.at(-1);
  const end =
    view.status === 'stopped' && view.lastEventAt !== undefined
      ? { key: 'gestopt', at: view.lastEventAt, text: 'Het gebiedsproces is bij besluit gestopt.' }
      : view.position === 'monitoring' && lastStep?.closedAt !== undefined
        ? {
            key: 'afgerond',
            at: lastStep.closedAt,
            text: 'Alle stappen zijn gesloten; het gebiedsproces gaat door in monitoring en evaluatie.',
          }
        : undefined;

  const base = {
    kind: 'zgwZaakHistory' as const,
    processId,
    zaak,
    statussen,
    rollen,
    besluiten,
    zaakeigenschappen,
    deelzaken,
  };
  if (!end) return base;
  return {
    ...base,
    resultaat: {
      resource: 'resultaten',
      body: { zaak: zaakRef, resultaattype: refs.resultaattype(templateId, end.key), toelichting: end.text },
    },
    eindstatus: {
      resource: 'statussen',
      body: {
        zaak: zaakRef,
        statustype: refs.statustype(templateId, END_STATUS),
        datumStatusGezet: end.at,
        statustoelichting: end.text,
      },
    },
  };
}

/**
 * The history of an area process as objects of the Zaken and Besluiten APIs, from its snapshot:
 * the zaak (`bronorganisatie`, `verantwoordelijkeOrganisatie`, `zaaktype`, `startdatum`,
 * `identificatie` = the process id, `omschrijving`, `zaakgeometrie` in EPSG:4326); a status per
 * step opening with its `datumStatusGezet` and `statustoelichting`; a rol per party and role
 * (`betrokkeneType` `niet_natuurlijk_persoon` with `statutaireNaam` and, where configured, the
 * RSIN as `innNnpId`); a besluit per recorded decision; the zaakeigenschappen; a deelzaak per
 * knelpunt; and once the process is in monitoring or stopped, the resultaat and the end status.
 * References to catalogue types and to the zaak are placeholders (see `resolveReferences`).
 *
 * Throws `invalid_input` for a malformed snapshot, configuration or options (paths `snapshot`,
 * `config`, `options`), `missing_party_rsin` for a decision of a party without an RSIN in the
 * configuration, `identificatie_too_long` for a process, knelpunt or decision id longer than the
 * API allows, and `coordinates_outside_rd` for an RD geometry outside the Netherlands.
 *
 * @example
 * const history = emitZaakHistory(process.snapshot(), config, { actors: lindewaardActors });
 * history.statussen.map((s) => s.body.statustype);
 * @see handreiking §2.6 (navolgbaarheid)
 * @see docs/zgw.md
 */
export function emitZaakHistory(snapshot: unknown, config: ZgwConfigInput, options?: EmitZaakOptions): ZaakHistory {
  checks.validateOptions(options);
  const view = readProcess(snapshot);
  const validConfig = validate(ZgwConfigSchema, config, { path: ['config'] });
  const validOptions = validate(OptionsSchema, options ?? {}, { path: ['options'] });
  return buildHistory(view, validConfig, validOptions);
}
