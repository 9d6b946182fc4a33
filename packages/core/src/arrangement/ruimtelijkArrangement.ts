import * as z from 'zod';
import { ProvinceExchangeSchema } from '../decisions/provinceExchange';
import { SignatorySchema } from '../decisions/signatory';
import { WisselgeldSchema } from '../decisions/wisselgeld';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { arrangementIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import type { IssuePath } from '../primitives/errors';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { ArrangementStage } from './arrangementStage';
import { ArrangementVersionSchema } from './arrangementVersion';
import { GebiedsprocesSchema } from './gebiedsproces';
import { NationalOpgaveVerdictSchema } from './nationalOpgaveVerdict';

/**
 * The provincial ruimtelijk voorstel or ruimtelijk arrangement: the province's area processes
 * brought together ("een provinciaal plan is meer dan een optelsom van gebiedsplannen"), per
 * national opgave what fits, what needs something extra and from whom, and what is not realistic;
 * the wisselgeld between the areas; the exchanges with other provinces; the versions and the
 * signatories.
 *
 * Rules (stable codes, paths of the broken link):
 * - `duplicate_id` among area processes, national opgaven, wisselgeld and exchanges;
 * - `unknown_gebiedsproces`: wisselgeld or a contribution names an area process that is not in it;
 * - `unknown_opgave`: a contribution or a transfer names an opgave the (giving) area process lacks;
 * - `unknown_exchange`: a national opgave points to wisselgeld or an exchange that is not in it;
 * - `exchange_without_this_province`: an exchange between two other provinces;
 * - `not_realistic_without_follow_up`: a national opgave that is not realistic here names an
 *   exchange with another province or explains the consequence;
 * - `unknown_party`: a signatory that is not a party of any of the area processes;
 * - `versions_out_of_order`, `agreed_without_signatories`: versions in date order; an agreed
 *   arrangement is signed by the province and the rijk (at least two signatories).
 *
 * @example
 * const zuidmark = validate(RuimtelijkArrangementSchema, JSON.parse(text));
 * zuidmark.nationalOpgaven.filter((o) => o.placement.status === 'not_realistic');
 * @see handreiking §1; §2.3 (wisselgeld); §2.4 (uitruil tussen provincies); §2.5
 */
export const RuimtelijkArrangementSchema = strictObject({
  ...documentHeader('ruimtelijkArrangement'),
  stage: ArrangementStage.schema,
  title: LabelSchema,
  provinceId: IdSchema,
  versions: z.array(ArrangementVersionSchema).min(1),
  signatories: z.array(SignatorySchema),
  gebiedsprocessen: z.array(GebiedsprocesSchema).min(1),
  nationalOpgaven: z.array(NationalOpgaveVerdictSchema),
  wisselgeld: z.array(WisselgeldSchema),
  provinceExchanges: z.array(ProvinceExchangeSchema),
}).superRefine((doc, ctx) => {
  checkUniqueIds(ctx, doc.gebiedsprocessen, ['gebiedsprocessen']);
  checkUniqueIds(ctx, doc.nationalOpgaven, ['nationalOpgaven']);
  checkUniqueIds(ctx, doc.wisselgeld, ['wisselgeld']);
  checkUniqueIds(ctx, doc.provinceExchanges, ['provinceExchanges']);

  const opgavenOf = new Map(doc.gebiedsprocessen.map((g) => [g.id, new Set(g.opgaven.opgaven.map((o) => o.id))]));
  const parties = new Set(doc.gebiedsprocessen.flatMap((g) => g.actors.parties.map((p) => p.id)));
  const wisselgeldIds = new Set(doc.wisselgeld.map((w) => w.id));
  const exchangeIds = new Set(doc.provinceExchanges.map((x) => x.id));

  const area = (id: string, path: IssuePath): boolean => {
    if (opgavenOf.has(id)) return true;
    schemaIssue(ctx, arrangementIssues, 'unknown_gebiedsproces', { id }, path);
    return false;
  };
  const opgave = (areaId: string, opgaveId: string, path: IssuePath) => {
    if (opgavenOf.get(areaId)?.has(opgaveId) === false)
      schemaIssue(ctx, arrangementIssues, 'unknown_opgave', { opgaveId }, path);
  };
  const exchange = (set: Set<string>, id: string, path: IssuePath) => {
    if (!set.has(id)) schemaIssue(ctx, arrangementIssues, 'unknown_exchange', { id }, path);
  };

  for (const [i, o] of doc.nationalOpgaven.entries()) {
    for (const [j, c] of o.contributions.entries())
      if (area(c.gebiedsprocesId, ['nationalOpgaven', i, 'contributions', j, 'gebiedsprocesId']))
        opgave(c.gebiedsprocesId, c.opgaveId, ['nationalOpgaven', i, 'contributions', j, 'opgaveId']);
    for (const [j, id] of o.provinceExchangeIds.entries())
      exchange(exchangeIds, id, ['nationalOpgaven', i, 'provinceExchangeIds', j]);
    for (const [j, id] of o.wisselgeldIds.entries())
      exchange(wisselgeldIds, id, ['nationalOpgaven', i, 'wisselgeldIds', j]);
    if (
      o.placement.status === 'not_realistic' &&
      o.provinceExchangeIds.length === 0 &&
      o.placement.consequence === undefined
    )
      schemaIssue(ctx, arrangementIssues, 'not_realistic_without_follow_up', {}, ['nationalOpgaven', i, 'placement']);
  }
  for (const [i, w] of doc.wisselgeld.entries()) {
    for (const [j, id] of w.gebiedsprocesIds.entries()) area(id, ['wisselgeld', i, 'gebiedsprocesIds', j]);
    for (const [j, t] of w.transfers.entries())
      opgave(t.from, t.opgaveId, ['wisselgeld', i, 'transfers', j, 'opgaveId']);
  }
  for (const [i, x] of doc.provinceExchanges.entries())
    for (const [j, t] of x.transfers.entries())
      if (t.from !== doc.provinceId && t.to !== doc.provinceId)
        schemaIssue(
          ctx,
          arrangementIssues,
          'exchange_without_this_province',
          { from: t.from, to: t.to, provinceId: doc.provinceId },
          ['provinceExchanges', i, 'transfers', j],
        );
  for (const [i, s] of doc.signatories.entries())
    if (!parties.has(s.partyId))
      schemaIssue(ctx, sharedIssues, 'unknown_party', { partyId: s.partyId }, ['signatories', i, 'partyId']);
  for (let i = 1; i < doc.versions.length; i += 1) {
    const previous = doc.versions[i - 1];
    const current = doc.versions[i];
    if (previous !== undefined && current !== undefined && current.date < previous.date)
      schemaIssue(ctx, arrangementIssues, 'versions_out_of_order', {}, ['versions', i, 'date']);
  }
  const latest = doc.versions.at(-1);
  if (latest?.status === 'agreed' && doc.signatories.length < 2)
    schemaIssue(ctx, arrangementIssues, 'agreed_without_signatories', {}, ['signatories']);
});
/** The provincial ruimtelijk voorstel or arrangement (see {@link RuimtelijkArrangementSchema}). */
export interface RuimtelijkArrangement extends z.output<typeof RuimtelijkArrangementSchema> {}
