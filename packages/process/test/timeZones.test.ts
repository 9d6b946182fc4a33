/**
 * Replay must not depend on the host: the same events give the same snapshot, due items and
 * progress summary whatever the host's time zone, because all calendar arithmetic runs in the
 * process's zone. `scripts/tzSnapshot.ts` is run under four host zones (one far east of UTC, one
 * west, one with the same summer time as the process's zone) and its outputs must be identical.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const ZONES = ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Pacific/Kiritimati'] as const;
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const cwd = fileURLToPath(new URL('..', import.meta.url));

it('gives identical snapshots, due items and summaries under every host time zone', async () => {
  const outputs = await Promise.all(
    ZONES.map(async (zone) => {
      const { stdout } = await run(tsx, ['--conditions=@gebiedsgericht/source', 'scripts/tzSnapshot.ts'], {
        cwd,
        env: { ...process.env, TZ: zone },
        maxBuffer: 64 * 1024 * 1024,
      });
      return stdout;
    }),
  );
  const [first, ...rest] = outputs.map((out) => JSON.parse(out) as { snapshot: { context: object } });
  expect(first?.snapshot.context).toBeDefined();
  for (const other of rest) expect(other).toEqual(first);
  // The province's deadline of the wind knelpunt lies after the change to summer time (28 March
  // 2027): 60 days after 8 March 10:00 in Amsterdam is 7 May 10:00 there, 08:00 UTC.
  expect(JSON.stringify(first)).toContain('"dueAt":"2027-05-07T08:00:00.000Z"');
}, 180_000);
