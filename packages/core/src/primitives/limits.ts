import { LIMIT_MAX } from './limitValues';

/**
 * The limits the SDK enforces on what it is given, as data. No realistic area process comes near
 * them; they exist so that a hostile or broken input (a request body nested ten thousand levels
 * deep, a ten-million-character motivation, ten thousand variants) is refused with a typed error
 * instead of exhausting the host's stack, memory or time. `docs/limits.md` is generated from this
 * table (`npm run limits`) and checked in CI.
 */
export interface Limit {
  /** The largest value that is accepted; one more is refused. */
  readonly max: number;
  /** The unit of `max`. */
  readonly unit: 'levels' | 'values' | 'characters' | 'variants' | 'steps' | 'milliseconds';
  /** The error code a value past the limit gets. */
  readonly code: string;
  /** What is limited and where, in Dutch and English. */
  readonly nl: string;
  readonly en: string;
}

/**
 * Every limit the SDK enforces, by name.
 *
 * @example
 * LIMITS.nestingDepth.max; // 100
 * if (motivation.length > LIMITS.textLength.max) showError();
 * @see docs/limits.md
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  nestingDepth: {
    max: LIMIT_MAX.nestingDepth,
    unit: 'levels',
    code: 'nesting_too_deep',
    nl: 'Nesting van objecten en lijsten in een document, gebeurtenis of snapshot dat wordt gekopieerd',
    en: 'Nesting of objects and arrays in a document, event or snapshot that is copied',
  },
  jsonValues: {
    max: LIMIT_MAX.jsonValues,
    unit: 'values',
    code: 'input_too_large',
    nl: 'Waarden (objecten, lijsten, teksten, getallen) in één gekopieerd document of gebeurtenis; een gedeeld object telt elke keer dat het voorkomt',
    en: 'Values (objects, arrays, strings, numbers) in one copied document or event; a shared object counts each time it occurs',
  },
  snapshotValues: {
    max: LIMIT_MAX.snapshotValues,
    unit: 'values',
    code: 'input_too_large',
    nl: 'Waarden in één snapshot dat wordt hersteld of gemigreerd (het hele auditlogboek met alle documenten)',
    en: 'Values in one snapshot that is restored or migrated (the whole audit log with every document)',
  },
  stringLength: {
    max: LIMIT_MAX.stringLength,
    unit: 'characters',
    code: 'string_too_long',
    nl: 'Lengte van elke tekst in een gekopieerd document, gebeurtenis of snapshot',
    en: 'Length of every string in a copied document, event or snapshot',
  },
  idLength: {
    max: LIMIT_MAX.idLength,
    unit: 'characters',
    code: 'too_big',
    nl: 'Lengte van een id (IdSchema)',
    en: 'Length of an id (IdSchema)',
  },
  nameLength: {
    max: LIMIT_MAX.nameLength,
    unit: 'characters',
    code: 'too_big',
    nl: 'Lengte van een naam (NameSchema): partijen, organen, stappen, varianten',
    en: 'Length of a name (NameSchema): parties, bodies, steps, variants',
  },
  textLength: {
    max: LIMIT_MAX.textLength,
    unit: 'characters',
    code: 'too_big',
    nl: 'Lengte van vrije tekst in een gebeurtenis (TextSchema): motivering, toelichting',
    en: 'Length of free text in an event (TextSchema): motivation, explanation',
  },
  smaaVariants: {
    max: LIMIT_MAX.smaaVariants,
    unit: 'variants',
    code: 'too_many_variants',
    nl: 'Varianten in één SMAA-analyse (smaa, assess met onzekerheid)',
    en: 'Variants in one SMAA analysis (smaa, assess with uncertainty)',
  },
  smaaWork: {
    max: LIMIT_MAX.smaaWork,
    unit: 'steps',
    code: 'search_too_large',
    nl: 'Rekenstappen van één SMAA-analyse: trekkingen × varianten × (criteria + varianten), vooraf geweigerd',
    en: 'Computation steps of one SMAA analysis: samples × variants × (criteria + variants), refused up front',
  },
  packageDealSteps: {
    max: LIMIT_MAX.packageDealSteps,
    unit: 'steps',
    code: 'search_too_large',
    nl: 'Zoekstappen van findPackageDeals (opgebouwde deelpakketten plus dominantievergelijkingen); daarna stopt de zoektocht',
    en: 'Search steps of findPackageDeals (partial packages built plus dominance comparisons); then the search stops',
  },
  eventClockTolerance: {
    max: LIMIT_MAX.eventClockTolerance,
    unit: 'milliseconds',
    code: 'event_in_future',
    nl: 'Hoe ver het tijdstip van een gebeurtenis na het meegegeven `now` mag liggen (RunningGebiedsproces.send)',
    en: 'How far an event’s timestamp may lie after the `now` passed in (RunningGebiedsproces.send)',
  },
} as const satisfies Record<string, Limit>);

/** The name of one of the {@link LIMITS}. */
export type LimitName = keyof typeof LIMITS;
