import * as z from 'zod';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { programmeIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { FundingSourceSchema } from './fundingSource';
import { ProjectSchema } from './project';
import { QuickWinSchema } from './quickWin';

/**
 * The programme of an area process: its projects with funding per source per year, the funding
 * sources, the span of the multi-year investment agenda, and the quick wins of the short-term
 * track. The investment agenda itself is computed with {@link investmentAgenda}.
 *
 * Rules: ids unique; every funding line names a funding source of the programme
 * (`unknown_funding_source`) in a year of the agenda span (`funding_outside_agenda`).
 *
 * @example
 * const programme = validate(ProgrammeSchema, input);
 * investmentAgenda(programme).totalCents;
 * @see handreiking §2.7 ("Werk met een (regionale) investeringsagenda (meerjarige strategische programmering)"; bijlage 1); bijlage 1, onderdeel 2
 */
export const ProgrammeSchema = strictObject({
  ...documentHeader('programme'),
  gebiedsprocesId: IdSchema,
  title: LabelSchema,
  agendaFromYear: YearSchema,
  agendaUntilYear: YearSchema,
  fundingSources: z.array(FundingSourceSchema),
  projects: z.array(ProjectSchema),
  quickWins: z.array(QuickWinSchema),
}).superRefine((programme, ctx) => {
  checkUniqueIds(ctx, programme.fundingSources, ['fundingSources']);
  checkUniqueIds(ctx, programme.projects, ['projects']);
  checkUniqueIds(ctx, programme.quickWins, ['quickWins']);
  if (programme.agendaUntilYear < programme.agendaFromYear)
    schemaIssue(
      ctx,
      sharedIssues,
      'ends_before_start',
      {
        whatNl: 'De investeringsagenda',
        whatEn: 'The investment agenda',
        from: programme.agendaFromYear,
        to: programme.agendaUntilYear,
      },
      ['agendaUntilYear'],
    );
  const sources = new Set(programme.fundingSources.map((s) => s.id));
  for (const [i, project] of programme.projects.entries())
    for (const [j, line] of project.funding.entries()) {
      if (!sources.has(line.sourceId))
        schemaIssue(ctx, programmeIssues, 'unknown_funding_source', { sourceId: line.sourceId }, [
          'projects',
          i,
          'funding',
          j,
          'sourceId',
        ]);
      if (line.year < programme.agendaFromYear || line.year > programme.agendaUntilYear)
        schemaIssue(
          ctx,
          programmeIssues,
          'funding_outside_agenda',
          { year: line.year, agendaFromYear: programme.agendaFromYear, agendaUntilYear: programme.agendaUntilYear },
          ['projects', i, 'funding', j, 'year'],
        );
    }
});
/** The programme of an area process (see {@link ProgrammeSchema}). */
export interface Programme extends z.output<typeof ProgrammeSchema> {}
