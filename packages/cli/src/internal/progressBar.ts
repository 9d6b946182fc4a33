// Internal: a progress bar on standard error, drawn only when both output streams are terminals
// (never when the output is piped or redirected, and never with --json).
import type { Ctx } from './context';

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/** A bar that draws on stderr, or one that does nothing when the output is not a terminal. */
export function progressBar(ctx: Ctx, label: string): ProgressBar {
  const { stdout, stderr } = ctx.io;
  if (ctx.json || stdout.isTTY !== true || stderr.isTTY !== true) return { update() {}, finish() {} };
  let shown = -1;
  let drawn = false;
  return {
    update(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(share * 100);
      if (percent === shown) return;
      shown = percent;
      drawn = true;
      const filled = Math.round(share * WIDTH);
      stderr.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%`);
    },
    finish() {
      if (drawn) stderr.write('\r\u001b[2K');
    },
  };
}
