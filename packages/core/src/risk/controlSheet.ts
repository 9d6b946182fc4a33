import type * as z from 'zod';
import { OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { riskIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IsoDateSchema } from '../primitives/isoDate';
import { ControlScopeSchema } from './controlScope';
import { InformationControlSchema } from './informationControl';
import { MoneyControlSchema } from './moneyControl';
import { OrganisationControlSchema } from './organisationControl';
import { QualityControlSchema } from './qualityControl';
import { TimeControlSchema } from './timeControl';

/**
 * The GOKIT sheet of one step of the area process, one project (or phase, or increment) in the
 * programme, or the programme, at one measure point: per control aspect the norm, actuals,
 * forecast and tolerance. `atRiskShare` (default 0.8 when absent) is the share of a tolerance
 * beyond which an aspect is "at risk" rather than "on track". The risk register of the same scope
 * is referenced by id: together they make GOKIT-R.
 *
 * @example
 * ControlSheetSchema.parse({ kind: 'controlSheet', schemaVersion: 2, id: 'cs-stap3-2026-04', scope: { level: 'step', processId: 'lindewaard', stepId: 'stap-3' }, measuredOn: '2026-04-01', aspects: { money: { budget: 100, actual: 10, forecast: 100, tolerance: { mode: 'relative', over: 0.1, under: 0.5 } } } });
 * @see handreiking bijlage 1, onderdeel 1 (meet- en beslispunten aan de hand van GOKIT)
 */
export const ControlSheetSchema = strictObject({
  ...documentHeader('controlSheet'),
  scope: ControlScopeSchema,
  measuredOn: IsoDateSchema,
  atRiskShare: UnitIntervalSchema.optional(),
  riskRegisterId: OptionalIdSchema,
  aspects: strictObject({
    money: MoneyControlSchema.optional(),
    organisation: OrganisationControlSchema.optional(),
    quality: QualityControlSchema.optional(),
    information: InformationControlSchema.optional(),
    time: TimeControlSchema.optional(),
  }),
}).superRefine((sheet, ctx) => {
  const a = sheet.aspects;
  if (!a.money && !a.organisation && !a.quality && !a.information && !a.time) {
    schemaIssue(ctx, riskIssues, 'no_control_aspects', {}, ['aspects']);
  }
  if (a.time && a.time.plannedStart > a.time.plannedFinish) {
    schemaIssue(
      ctx,
      sharedIssues,
      'ends_before_start',
      { whatNl: 'Het project', whatEn: 'The project', from: a.time.plannedStart, to: a.time.plannedFinish },
      ['aspects', 'time', 'plannedFinish'],
    );
  }
  if (a.quality) checkUniqueIds(ctx, a.quality.criteria, ['aspects', 'quality', 'criteria']);
  if (a.information) checkUniqueIds(ctx, a.information.agreements, ['aspects', 'information', 'agreements']);
});
/** A GOKIT sheet at one measure point (see {@link ControlSheetSchema}). */
export interface ControlSheet extends z.output<typeof ControlSheetSchema> {}
