import * as z from 'zod';
import { checkRef, checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { areaIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { AfwentelingSchema } from './afwenteling';
import { ExistingProductSchema } from './existingProduct';
import { InteractionSchema } from './interaction';
import { LinkedProgrammeSchema } from './linkedProgramme';
import { OpgaveSchema } from './opgave';

/**
 * The opgaven of one area (opgavenlijst): the opgaven, their interactions (synergies and
 * dilemmas), risks of afwenteling, the linked national programmes with their milestones and the
 * existing products used as inputs.
 *
 * Rejects duplicate ids; references to unknown opgaven or programmes; an interaction that names
 * the same opgave twice.
 *
 * @example
 * const opgaven = validate(OpgavenSchema, lindewaardOpgaven);
 * @see handreiking §2.1; §2.4; §2.5
 */
export const OpgavenSchema = strictObject({
  ...documentHeader('opgaven'),
  areaId: IdSchema,
  opgaven: z.array(OpgaveSchema).min(1),
  interactions: z.array(InteractionSchema),
  afwentelingen: z.array(AfwentelingSchema),
  linkedProgrammes: z.array(LinkedProgrammeSchema),
  existingProducts: z.array(ExistingProductSchema),
}).superRefine((doc, ctx) => {
  const opgaveIds = checkUniqueIds(ctx, doc.opgaven, ['opgaven'], 'opgaven');
  checkUniqueIds(ctx, doc.interactions, ['interactions'], 'interactions');
  checkUniqueIds(ctx, doc.afwentelingen, ['afwentelingen'], 'afwentelingen');
  const programmeIds = checkUniqueIds(ctx, doc.linkedProgrammes, ['linkedProgrammes'], 'linkedProgrammes');
  checkUniqueIds(ctx, doc.existingProducts, ['existingProducts'], 'existingProducts');
  doc.opgaven.forEach((o, i) => {
    o.linkedProgrammeIds?.forEach((pid, j) => {
      checkRef(ctx, programmeIds, pid, ['opgaven', i, 'linkedProgrammeIds', j], 'linked programme');
    });
    o.target.quantity?.runningTrajectories.forEach((t, j) => {
      if (t.linkedProgrammeId)
        checkRef(
          ctx,
          programmeIds,
          t.linkedProgrammeId,
          ['opgaven', i, 'target', 'quantity', 'runningTrajectories', j, 'linkedProgrammeId'],
          'linked programme',
        );
    });
  });
  doc.interactions.forEach((it, i) => {
    const seen = new Set<string>();
    it.opgaveIds.forEach((oid, j) => {
      checkRef(ctx, opgaveIds, oid, ['interactions', i, 'opgaveIds', j], 'opgave');
      if (seen.has(oid)) {
        schemaIssue(ctx, areaIssues, 'interaction_repeats_opgave', { opgaveId: oid }, [
          'interactions',
          i,
          'opgaveIds',
          j,
        ]);
      }
      seen.add(oid);
    });
  });
  doc.afwentelingen.forEach((a, i) => {
    checkRef(ctx, opgaveIds, a.opgaveId, ['afwentelingen', i, 'opgaveId'], 'opgave');
  });
  doc.linkedProgrammes.forEach((p, i) => {
    p.opgaveIds.forEach((oid, j) => {
      checkRef(ctx, opgaveIds, oid, ['linkedProgrammes', i, 'opgaveIds', j], 'opgave');
    });
    checkUniqueIds(ctx, p.milestones, ['linkedProgrammes', i, 'milestones'], 'milestones');
  });
});
/** The opgaven of an area with their interactions, afwentelingen, programmes and inputs. */
export interface Opgaven extends z.output<typeof OpgavenSchema> {}
