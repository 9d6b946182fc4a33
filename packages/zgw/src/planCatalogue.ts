import { DecisionSubject, RoleKind, type StepTemplate, StepTemplateSchema, validate } from '@gebiedsgericht/core';
import { END_STATUS, fit, KNELPUNT_END_STATUS, refs } from './internal/refs';
import { zgwFail } from './messages';
import type { ZgwBody } from './references';
import { MEDEOVERHEID_ROLE, ROL_OMSCHRIJVING_GENERIEK, type ZgwRoleKey } from './rolTypeMapping';
import { type ZgwConfig, type ZgwConfigInput, ZgwConfigSchema } from './zgwConfig';

/** The resources of the Catalogi API a plan creates, in the path form of the API. */
export type CatalogueResource =
  | 'catalogussen'
  | 'informatieobjecttypen'
  | 'besluittypen'
  | 'zaaktypen'
  | 'statustypen'
  | 'roltypen'
  | 'eigenschappen'
  | 'resultaattypen'
  | 'zaaktype-informatieobjecttypen';

/** One object to create: its placeholder reference, the resource it goes to and its request body. */
export interface PlannedObject {
  readonly ref: string;
  readonly resource: CatalogueResource;
  readonly body: ZgwBody;
}

/**
 * The ZGW catalogue for one step template: every object in the order the Catalogi API needs them
 * (an object comes after everything it refers to), and the types to publish, in order. Objects
 * refer to each other with placeholder references (see `referenceOf`), which the sync client
 * replaces with the server's URLs.
 */
export interface CataloguePlan {
  readonly kind: 'zgwCataloguePlan';
  readonly templateId: string;
  readonly objects: readonly PlannedObject[];
  /** References of the types to publish (`…/publish`), in the order the API accepts them. */
  readonly publish: readonly string[];
}

/**
 * The eigenschappen of the area process zaaktype: values the process holds that a case system wants.
 *
 * @example
 * ZAAK_EIGENSCHAPPEN.gekozenVariant; // 'gekozen_variant'
 */
export const ZAAK_EIGENSCHAPPEN = Object.freeze({
  gekozenVariant: 'gekozen_variant',
  gokitrRapport: 'gokitr_rapport',
});

/**
 * The statustypen of a knelpunt deelzaak: the open levels of the escalation model in their usual
 * order, then one end status for every way a knelpunt ends (settled, decided, withdrawn; the
 * resultaat says which).
 *
 * @example
 * KNELPUNT_STATUSTYPEN.map((s) => s.level); // ['between_parties', …, 'afgesloten']
 */
export const KNELPUNT_STATUSTYPEN: readonly { readonly level: string; readonly omschrijving: string }[] = Object.freeze(
  [
    { level: 'between_parties', omschrijving: 'Partijen onderling' },
    { level: 'ijkmoment_agenda', omschrijving: 'Op de agenda van het ijkmoment' },
    { level: 'mediation', omschrijving: 'Bemiddeling' },
    { level: 'province_intervention', omschrijving: 'De provincie grijpt in' },
    { level: 'rijk_decision', omschrijving: 'Het rijk beslist' },
    { level: KNELPUNT_END_STATUS, omschrijving: 'Afgesloten' },
  ],
);

/**
 * How a knelpunt ended (its level) → the key of its result type in the configuration.
 *
 * @example
 * KNELPUNT_RESULTS.withdrawn; // 'ingetrokken'
 */
export const KNELPUNT_RESULTS: Readonly<Record<string, 'opgelost' | 'beslist' | 'ingetrokken'>> = Object.freeze({
  settled: 'opgelost',
  decided: 'beslist',
  withdrawn: 'ingetrokken',
});

const MAX_ZAAKTYPE_IDENTIFICATIE = 50;

function resultaatType(
  zaaktype: string,
  ref: string,
  omschrijving: string,
  config: ZgwConfig['resultaattypen']['afgerond'],
): PlannedObject {
  return {
    ref,
    resource: 'resultaattypen',
    body: {
      zaaktype,
      omschrijving: config.omschrijving ?? omschrijving,
      resultaattypeomschrijving: config.resultaattypeomschrijving,
      selectielijstklasse: config.selectielijstklasse,
    },
  };
}

/** The unvalidated core of {@link planCatalogue}. */
function buildPlan(template: StepTemplate, config: ZgwConfig): CataloguePlan {
  const identificatie = template.id;
  const knelpuntIdentificatie = `${template.id}-knelpunt`;
  for (const value of [identificatie, knelpuntIdentificatie])
    if (value.length > MAX_ZAAKTYPE_IDENTIFICATIE)
      throw zgwFail('identificatie_too_long', { value, max: MAX_ZAAKTYPE_IDENTIFICATIE }, ['template', 'id']);

  const catalogus = refs.catalogus();
  const zaaktype = refs.zaaktype(template.id);
  const knelpuntZaaktype = refs.knelpuntZaaktype(template.id);
  const objects: PlannedObject[] = [];

  objects.push({
    ref: catalogus,
    resource: 'catalogussen',
    body: {
      domein: config.domein,
      rsin: config.rsin,
      contactpersoonBeheerNaam: config.contactpersoonBeheerNaam,
      ...(config.catalogusNaam !== undefined ? { naam: config.catalogusNaam } : {}),
    },
  });

  // One InformatieObjectType per kind of deliverable (a document type may close several steps).
  const documentTypes = new Map<string, string>();
  for (const step of template.steps)
    if (!documentTypes.has(step.deliverable.documentType))
      documentTypes.set(step.deliverable.documentType, step.deliverable.label.nl);
  for (const [documentType, label] of documentTypes)
    objects.push({
      ref: refs.informatieobjecttype(documentType),
      resource: 'informatieobjecttypen',
      body: {
        catalogus,
        omschrijving: fit(label, 80),
        vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding,
        beginGeldigheid: config.beginGeldigheid,
        informatieobjectcategorie: 'Product van een processtap',
      },
    });

  // One BesluitType per kind of decision the process records.
  for (const subject of DecisionSubject.values)
    objects.push({
      ref: refs.besluittype(subject),
      resource: 'besluittypen',
      body: {
        catalogus,
        omschrijving: fit(DecisionSubject.label(subject, 'nl'), 80),
        publicatieIndicatie: config.publicatieIndicatie,
        informatieobjecttypen: [],
        beginGeldigheid: config.beginGeldigheid,
      },
    });

  const common = {
    vertrouwelijkheidaanduiding: config.vertrouwelijkheidaanduiding,
    indicatieInternOfExtern: 'intern',
    opschortingEnAanhoudingMogelijk: true,
    verlengingMogelijk: false,
    publicatieIndicatie: config.publicatieIndicatie,
    productenOfDiensten: [...config.productenOfDiensten],
    verantwoordelijke: config.verantwoordelijke,
    gerelateerdeZaaktypen: [],
    beginGeldigheid: config.beginGeldigheid,
    versiedatum: config.beginGeldigheid,
    catalogus,
    ...(config.selectielijstProcestype !== undefined
      ? { selectielijstProcestype: config.selectielijstProcestype }
      : {}),
  } as const;

  // The knelpunt zaaktype first: the area process zaaktype names it as its deelzaaktype.
  objects.push({
    ref: knelpuntZaaktype,
    resource: 'zaaktypen',
    body: {
      ...common,
      identificatie: knelpuntIdentificatie,
      omschrijving: fit(`Knelpunt in ${template.label.nl}`, 80),
      doel: 'Een knelpunt tussen partijen in het gebiedsproces oplossen of laten beslissen, langs het escalatiemodel uit de startnotitie.',
      aanleiding: 'Een partij brengt een knelpunt in dat de partijen niet in het gewone overleg oplossen.',
      handelingInitiator: 'Inbrengen',
      onderwerp: 'Knelpunt',
      handelingBehandelaar: 'Oplossen',
      doorlooptijd: config.knelpuntDoorlooptijd,
      referentieproces: { naam: 'Escalatiemodel uit de startnotitie' },
      besluittypen: [refs.besluittype('knelpunt')],
      deelzaaktypen: [],
    },
  });
  KNELPUNT_STATUSTYPEN.forEach((status, index) => {
    objects.push({
      ref: refs.knelpuntStatustype(template.id, status.level),
      resource: 'statustypen',
      body: { zaaktype: knelpuntZaaktype, omschrijving: status.omschrijving, volgnummer: index + 1 },
    });
  });
  objects.push(
    {
      ref: refs.knelpuntRoltype(template.id, 'indiener'),
      resource: 'roltypen',
      body: {
        zaaktype: knelpuntZaaktype,
        omschrijving: 'Indiener van het knelpunt',
        omschrijvingGeneriek: 'initiator',
      },
    },
    {
      ref: refs.knelpuntRoltype(template.id, 'partij'),
      resource: 'roltypen',
      body: {
        zaaktype: knelpuntZaaktype,
        omschrijving: 'Partij bij het knelpunt',
        omschrijvingGeneriek: 'belanghebbende',
      },
    },
  );
  objects.push(
    resultaatType(
      knelpuntZaaktype,
      refs.knelpuntResultaattype(template.id, 'opgelost'),
      'Opgelost',
      config.knelpuntResultaattypen.opgelost,
    ),
    resultaatType(
      knelpuntZaaktype,
      refs.knelpuntResultaattype(template.id, 'beslist'),
      'Beslist',
      config.knelpuntResultaattypen.beslist,
    ),
    resultaatType(
      knelpuntZaaktype,
      refs.knelpuntResultaattype(template.id, 'ingetrokken'),
      'Ingetrokken',
      config.knelpuntResultaattypen.ingetrokken,
    ),
  );

  // The area process zaaktype.
  const goals = template.steps.map((s) => s.goal?.nl).filter((g): g is string => g !== undefined);
  objects.push({
    ref: zaaktype,
    resource: 'zaaktypen',
    body: {
      ...common,
      identificatie,
      omschrijving: fit(template.label.nl, 80),
      doel:
        goals.length > 0
          ? `Een gedragen ruimtelijk arrangement voor het gebied, stap voor stap: ${goals.join(' ')}`
          : 'Een gedragen ruimtelijk arrangement voor het gebied, stap voor stap.',
      aanleiding:
        'De overheden in een gebied werken samen aan de ruimtelijke opgaven daar (gebiedsgericht werken aan ruimtelijke arrangementen).',
      handelingInitiator: 'Starten',
      onderwerp: 'Gebiedsproces',
      handelingBehandelaar: 'Regisseren',
      doorlooptijd: config.doorlooptijd,
      referentieproces: { naam: fit(template.label.nl, 80) },
      besluittypen: DecisionSubject.values.map((s) => refs.besluittype(s)),
      deelzaaktypen: [knelpuntZaaktype],
    },
  });
  // A StatusType per step, in the order of the template, and one end status after the last step:
  // the server makes the highest volgnummer the end status, and opening the last step does not
  // end the case.
  template.steps.forEach((step, index) => {
    objects.push({
      ref: refs.statustype(template.id, step.id),
      resource: 'statustypen',
      body: {
        zaaktype,
        omschrijving: fit(step.label.nl, 80),
        volgnummer: index + 1,
        ...(step.goal ? { toelichting: fit(step.goal.nl, 1000) } : {}),
      },
    });
  });
  objects.push({
    ref: refs.statustype(template.id, END_STATUS),
    resource: 'statustypen',
    body: {
      zaaktype,
      omschrijving: 'Afgerond; borgen en monitoren',
      volgnummer: template.steps.length + 1,
      toelichting: 'Alle stappen zijn gesloten; het gebiedsproces gaat door in monitoring en evaluatie.',
    },
  });
  // Each kind of deliverable belongs to the zaaktype, at the status of the step it closes.
  const linked = new Set<string>();
  template.steps.forEach((step, index) => {
    const documentType = step.deliverable.documentType;
    if (linked.has(documentType)) return;
    linked.add(documentType);
    objects.push({
      ref: refs.zaaktypeInformatieobjecttype(template.id, documentType),
      resource: 'zaaktype-informatieobjecttypen',
      body: {
        zaaktype,
        informatieobjecttype: refs.informatieobjecttype(documentType),
        volgnummer: index + 1,
        richting: 'intern',
        statustype: refs.statustype(template.id, step.id),
      },
    });
  });
  const roles: ZgwRoleKey[] = [...RoleKind.values, MEDEOVERHEID_ROLE];
  for (const role of roles)
    objects.push({
      ref: refs.roltype(template.id, role),
      resource: 'roltypen',
      body: {
        zaaktype,
        omschrijving: role === MEDEOVERHEID_ROLE ? 'Medeoverheid' : fit(RoleKind.label(role, 'nl'), 100),
        omschrijvingGeneriek: ROL_OMSCHRIJVING_GENERIEK[role],
      },
    });
  objects.push(
    {
      ref: refs.eigenschap(template.id, ZAAK_EIGENSCHAPPEN.gekozenVariant),
      resource: 'eigenschappen',
      body: {
        zaaktype,
        naam: ZAAK_EIGENSCHAPPEN.gekozenVariant,
        definitie: 'De ontwikkelvariant die bij de bestuurlijke keuze is gekozen (id van de variant).',
        specificatie: { formaat: 'tekst', lengte: '100', kardinaliteit: '1', waardenverzameling: [] },
      },
    },
    {
      ref: refs.eigenschap(template.id, ZAAK_EIGENSCHAPPEN.gokitrRapport),
      resource: 'eigenschappen',
      body: {
        zaaktype,
        naam: ZAAK_EIGENSCHAPPEN.gokitrRapport,
        definitie: 'De laatste GOKIT-R-beheersrapportage van het gebiedsproces (id van het rapport).',
        specificatie: { formaat: 'tekst', lengte: '100', kardinaliteit: '1', waardenverzameling: [] },
      },
    },
  );
  objects.push(
    resultaatType(zaaktype, refs.resultaattype(template.id, 'afgerond'), 'Afgerond', config.resultaattypen.afgerond),
    resultaatType(zaaktype, refs.resultaattype(template.id, 'gestopt'), 'Gestopt', config.resultaattypen.gestopt),
  );

  return {
    kind: 'zgwCataloguePlan',
    templateId: template.id,
    objects,
    publish: [
      ...[...documentTypes.keys()].map((d) => refs.informatieobjecttype(d)),
      ...DecisionSubject.values.map((s) => refs.besluittype(s)),
      knelpuntZaaktype,
      zaaktype,
    ],
  };
}

/**
 * The ZGW catalogue for a step template, as a plan of request bodies: a Catalogus; an
 * InformatieObjectType per kind of deliverable; a BesluitType per kind of decision; a ZaakType for
 * the area process with a StatusType per step (in order, then an end status), its deliverables'
 * InformatieObjectTypen linked at the step's status, a RolType per role
 * (see {@link ROL_OMSCHRIJVING_GENERIEK}), Eigenschappen for the chosen variant and the GOKIT-R
 * report, and ResultaatTypen; and a ZaakType for knelpunten, which the process ZaakType names as
 * its deelzaaktype. Pure: the same template and configuration give the same plan. Throws
 * `invalid_input` for an invalid template (path `template`) or configuration (path `config`), and
 * `identificatie_too_long` for a template id longer than the 41 characters that leave room for
 * the knelpunt zaaktype's identificatie.
 *
 * @example
 * const plan = planCatalogue(defaultStepTemplate, config);
 * plan.objects.filter((o) => o.resource === 'statustypen').map((o) => o.body.volgnummer); // [1, 2, …]
 * @see handreiking bijlage 1, onderdeel 2 (stappen)
 * @see docs/zgw.md
 */
export function planCatalogue(template: StepTemplate, config: ZgwConfigInput): CataloguePlan {
  const validTemplate = validate(StepTemplateSchema, template, { path: ['template'] });
  const validConfig = validate(ZgwConfigSchema, config, { path: ['config'] });
  return buildPlan(validTemplate, validConfig);
}
