import * as z from 'zod';
import { FinancialStatus } from '../decisions/financialStatus';
import { strictObject } from '../internal/strictObject';
import { coreFail } from '../messages';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { EuroCentsSchema } from '../primitives/money';
import { validate } from '../primitives/validate';
import { type Programme, ProgrammeSchema } from './programme';

const StatusTotalsSchema = strictObject({
  indicative: EuroCentsSchema,
  reserved: EuroCentsSchema,
  committed: EuroCentsSchema,
});

/**
 * The multi-year investment agenda computed from a programme: per year the total, the split by
 * financial status and by funding source; per source and per status over all years; all in euro
 * cents. Years of the agenda span without money appear with zeros, so a chart has no gaps.
 *
 * @example
 * const agenda: InvestmentAgenda = investmentAgenda(programme);
 * agenda.years.map((y) => [y.year, y.totalCents]);
 * @see handreiking §2.7 (meerjarige strategische programmering)
 */
export const InvestmentAgendaSchema = strictObject({
  fromYear: YearSchema,
  untilYear: YearSchema,
  years: z.array(
    strictObject({
      year: YearSchema,
      totalCents: EuroCentsSchema,
      byStatus: StatusTotalsSchema,
      bySource: z.array(strictObject({ sourceId: IdSchema, amountCents: EuroCentsSchema })),
    }),
  ),
  bySource: z.array(strictObject({ sourceId: IdSchema, totalCents: EuroCentsSchema })),
  byStatus: StatusTotalsSchema,
  totalCents: EuroCentsSchema,
});
/** The multi-year investment agenda (see {@link InvestmentAgendaSchema}). */
export type InvestmentAgenda = z.infer<typeof InvestmentAgendaSchema>;

function add(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw coreFail('amount_too_large', { value: String(sum) });
  return sum;
}

/**
 * Computes the investment agenda of a programme (validated first; throws `invalid_input` with the
 * paths of every problem, or `amount_too_large` when a total no longer fits exactly in cents).
 * Sources appear in the order of `programme.fundingSources`; years ascending.
 *
 * @example
 * const agenda = investmentAgenda(lindewaardProgramme);
 * formatEuro(agenda.byStatus.committed, 'nl');
 * @see handreiking §2.7 ("Werk met een (regionale) investeringsagenda")
 */
export function investmentAgenda(programme: Programme): InvestmentAgenda {
  const valid = validate(ProgrammeSchema, programme);
  const emptyStatus = () => ({ indicative: 0, reserved: 0, committed: 0 });
  const years = new Map<
    number,
    { total: number; byStatus: Record<FinancialStatus, number>; bySource: Map<string, number> }
  >();
  for (let year = valid.agendaFromYear; year <= valid.agendaUntilYear; year += 1)
    years.set(year, { total: 0, byStatus: emptyStatus(), bySource: new Map() });
  const sourceTotals = new Map<string, number>(valid.fundingSources.map((s) => [s.id, 0]));
  const byStatus: Record<FinancialStatus, number> = emptyStatus();
  let total = 0;
  for (const project of valid.projects)
    for (const line of project.funding) {
      const bucket = years.get(line.year);
      if (!bucket) continue; // unreachable: the schema rejects years outside the agenda
      bucket.total = add(bucket.total, line.amountCents);
      bucket.byStatus[line.status] = add(bucket.byStatus[line.status], line.amountCents);
      bucket.bySource.set(line.sourceId, add(bucket.bySource.get(line.sourceId) ?? 0, line.amountCents));
      sourceTotals.set(line.sourceId, add(sourceTotals.get(line.sourceId) ?? 0, line.amountCents));
      byStatus[line.status] = add(byStatus[line.status], line.amountCents);
      total = add(total, line.amountCents);
    }
  const order = valid.fundingSources.map((s) => s.id);
  return {
    fromYear: valid.agendaFromYear,
    untilYear: valid.agendaUntilYear,
    years: [...years.entries()].map(([year, bucket]) => ({
      year,
      totalCents: bucket.total,
      byStatus: { ...bucket.byStatus },
      bySource: order
        .filter((id) => bucket.bySource.has(id))
        .map((id) => ({ sourceId: id, amountCents: bucket.bySource.get(id) ?? 0 })),
    })),
    bySource: order.map((id) => ({ sourceId: id, totalCents: sourceTotals.get(id) ?? 0 })),
    byStatus,
    totalCents: total,
  };
}

/** The financial statuses in order of firmness, for charts. */
export const FINANCIAL_STATUS_ORDER: readonly FinancialStatus[] = FinancialStatus.values;
