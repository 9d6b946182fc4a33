// Internal: the shape of one command and the exit codes.
import type { OptionSpecs, Values } from './args';
import type { Ctx } from './context';

/** Exit codes: fine, findings or invalid input, usage error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface Command {
  readonly options: OptionSpecs;
  /** How many positional arguments the command takes at most (Infinity for a list of files). */
  readonly maxPositionals: number;
  run(ctx: Ctx, values: Values, positionals: readonly string[]): Promise<number>;
}

/** Writes a value as JSON on standard output. */
export function printJson(ctx: Ctx, value: unknown): void {
  ctx.print(JSON.stringify(value, null, 2));
}
