import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { ProjectPhase } from './projectPhase';

/**
 * What a GOKIT-R sheet, register or estimate is about: a step of the area process, a project in
 * the programme (optionally one phase of it), an increment or timebox of an incremental project,
 * or the programme as a whole. The ids point at the step template, the programme and the project
 * documents of the other core sections.
 *
 * @example
 * ControlScopeSchema.parse({ level: 'step', processId: 'lindewaard', stepId: 'stap-3' });
 * ControlScopeSchema.parse({ level: 'project', programmeId: 'lindewaard', projectId: 'n-weg', phase: 'design' });
 * @see handreiking bijlage 1, onderdeel 1; bijlage 1, onderdeel 2 (GOKIT per fase; stappen van het gebiedsproces)
 */
export const ControlScopeSchema = z.discriminatedUnion('level', [
  strictObject({ level: z.literal('step'), processId: IdSchema, stepId: IdSchema }),
  strictObject({
    level: z.literal('project'),
    programmeId: IdSchema,
    projectId: IdSchema,
    phase: ProjectPhase.schema.optional(),
  }),
  strictObject({
    level: z.literal('increment'),
    programmeId: IdSchema,
    projectId: IdSchema,
    incrementId: IdSchema,
  }),
  strictObject({ level: z.literal('programme'), programmeId: IdSchema }),
]);
/** What a GOKIT-R sheet, register or estimate is about (see {@link ControlScopeSchema}). */
export type ControlScope = z.infer<typeof ControlScopeSchema>;
