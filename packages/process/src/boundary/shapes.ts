// The shapes the validating wrappers of the public boundary check. Internal: not exported from
// the package.
//
// Bounded inputs (an event, a template, settings, an escalation model, the one knelpunt or regime
// an event is about, a monitoring or tracks slice) are validated with their full schemas. A whole
// process context is validated by its top-level shape: each field has the right kind, collections
// are arrays (or maps) of objects, and step records carry what the rules read. The entries of
// growing collections such as the audit log are not validated field by field: they are what the
// machine wrote, and re-validating them on every call would make folding events over a long log
// needlessly slow. The machine itself never goes through these wrappers.
import { ConsentSchema, IsoDateTimeSchema, isPlainRecord, refinement } from '@gebiedsgericht/core';
import * as z from 'zod';

/** Any object (not `null`, not an array); its fields are not looked at. Never copies. */
export const AnObject = z.custom<Readonly<Record<string, unknown>>>(
  isPlainRecord,
  refinement('invalid_type', { nl: 'Ongeldige invoer: verwacht object', en: 'Invalid input: expected object' }),
);

/** Any array; its entries are not looked at. Never copies. */
export const AnArray = z.custom<readonly unknown[]>(
  (value) => Array.isArray(value),
  refinement('invalid_type', { nl: 'Ongeldige invoer: verwacht array', en: 'Invalid input: expected array' }),
);

/** Any function. */
export const AFunction = z.custom<(...args: never[]) => unknown>(
  (value) => typeof value === 'function',
  refinement('invalid_type', { nl: 'Ongeldige invoer: verwacht functie', en: 'Invalid input: expected function' }),
);

/** An array whose entries are objects (their fields are not looked at). */
export const Objects = z.array(AnObject);
/** A map (plain object) whose values are objects (their fields are not looked at). */
export const ObjectMap = z.record(z.string(), AnObject);

const SubmittedDocumentShape = z.looseObject({ document: AnObject });

/** What the rules and the reducer read of a step record. */
export const StepRecordShape = z.looseObject({
  stepId: z.string(),
  status: z.enum(['not_started', 'open', 'closed', 'reopened', 'interrupted']),
  round: z.number().int().nonnegative(),
  openedAt: IsoDateTimeSchema.optional(),
  closedAt: IsoDateTimeSchema.optional(),
  deliverable: SubmittedDocumentShape.optional(),
  assessment: SubmittedDocumentShape.optional(),
  decision: AnObject.optional(),
  consents: z.array(ConsentSchema),
  history: Objects,
});

/** The step records of a context, by step id. */
export const StepsShape = z.record(z.string(), StepRecordShape);

/** Where the process stands (what `positionLabel` reads). */
export const PositionShape = z.looseObject({
  status: z.enum(['running', 'suspended', 'stopped']),
  position: z.string().min(1),
});

/** The top-level shape of the second half's slices of the context. */
const extensionSlices = {
  knelpunten: z.looseObject({ model: AnObject.optional(), items: ObjectMap }),
  regimes: ObjectMap,
  ijkmomenten: z.looseObject({ schedule: AnObject.optional(), held: Objects }),
  monitoring: z.looseObject({
    evaluationCadence: AnObject.optional(),
    indicators: Objects,
    readings: Objects,
    evaluations: Objects,
    herijkingen: Objects,
    lessons: Objects,
    actions: Objects,
    pblPublications: Objects,
  }),
  tracks: z.looseObject({ goals: Objects, items: Objects }),
};

/** The top-level shape of an `ExtensionContext`. */
export const ExtensionContextShape = z.looseObject(extensionSlices);

/** The top-level shape of an `ExtensionContext & ExtensionHost` (what `checkExtensionEvent` reads). */
export const ExtensionHostContextShape = z.looseObject({
  ...PositionShape.shape,
  lastEventAt: IsoDateTimeSchema.optional(),
  ...extensionSlices,
});

/** The top-level shape of an `AreaProcessContext`. */
export const AreaProcessContextShape = z.looseObject({
  ...PositionShape.shape,
  steps: StepsShape,
  decisions: AnArray,
  changes: AnArray,
  frameworkAdditions: Objects,
  plannedDecisions: Objects,
  agreements: Objects,
  opgaveAssessments: Objects,
  auditLog: AnArray,
  startedAt: IsoDateTimeSchema,
  lastEventAt: IsoDateTimeSchema.optional(),
  ...extensionSlices,
});

/**
 * The top-level shape of the context inside a persisted snapshot, as the queries read it: like
 * {@link AreaProcessContextShape}, but the second half's slices may be missing.
 */
export const SnapshotContextShape = AreaProcessContextShape.extend(
  Object.fromEntries(Object.entries(extensionSlices).map(([key, shape]) => [key, shape.optional()])) as {
    [K in keyof typeof extensionSlices]: z.ZodOptional<(typeof extensionSlices)[K]>;
  },
);
