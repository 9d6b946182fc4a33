import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Estimate, MonteCarloResult } from '@gebiedsgericht/core';
import { histogramSvg, sCurveSvg, simulateEstimate, tornadoSvg } from '@gebiedsgericht/risk';
import { integerOption, required, stringOption } from '../internal/args';
import { type Command, EXIT_OK, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { expectDocument } from '../internal/documents';
import { formatAmount, formatShare, keyValues, renderTable } from '../internal/format';
import { progressBar } from '../internal/progressBar';
import { readJson } from '../internal/readInput';
import { cliFail } from '../messages';

/** Draws per iteration and input from which a run counts as long enough for a progress bar. */
const LONG_RUN_DRAWS = 2_000_000;

async function writeSvgs(ctx: Ctx, dir: string, result: MonteCarloResult): Promise<string[]> {
  const folder = resolve(ctx.io.cwd, dir);
  const files: [string, string][] = [
    ['histogram.svg', histogramSvg(result, { locale: ctx.lang })],
    ['s-curve.svg', sCurveSvg(result, { locale: ctx.lang })],
    ['tornado.svg', tornadoSvg(result, { locale: ctx.lang })],
  ];
  const written: string[] = [];
  try {
    await mkdir(folder, { recursive: true });
    for (const [name, svg] of files) {
      await writeFile(join(folder, name), svg, 'utf8');
      written.push(join(dir, name));
    }
  } catch (e) {
    throw cliFail('output_not_writable', { file: dir, reason: String((e as { code?: unknown }).code ?? e) });
  }
  return written;
}

function asText(ctx: Ctx, estimate: Estimate, result: MonteCarloResult): string {
  const nl = ctx.lang === 'nl';
  const a = (v: number) => formatAmount(v, result.unit, ctx.lang);
  const s = ctx.out;
  const lines = [
    s.bold(
      nl
        ? `Raming ${estimate.id}: ${result.iterations} trekkingen, zaad ${result.seed}`
        : `Estimate ${estimate.id}: ${result.iterations} draws, seed ${result.seed}`,
    ),
    keyValues([
      [nl ? 'basisraming' : 'base estimate', a(result.baseEstimate)],
      [nl ? 'gemiddelde' : 'mean', a(result.mean)],
      ['P50', a(result.p50)],
      ['P85', a(result.p85)],
      [
        nl ? 'onvoorzien' : 'contingency',
        `${a(result.contingency.amount)} (P${result.contingency.percentile} − ${nl ? 'basisraming' : 'base estimate'})`,
      ],
    ]),
    '',
    s.bold(nl ? 'Tornado (grootste aandeel in de spreiding eerst)' : 'Tornado (largest share of the variance first)'),
  ];
  const rows = result.contributions
    .slice(0, 10)
    .map((c) => [c.label, formatShare(c.varianceShare, ctx.lang, 1, 1), a(c.low), a(c.high)]);
  lines.push(
    renderTable(
      nl
        ? ['post of risico', 'aandeel', 'totaal bij P10', 'totaal bij P90']
        : ['item or risk', 'share', 'total at P10', 'total at P90'],
      rows,
      [1, 2, 3],
    ),
  );
  return lines.join('\n');
}

/** `gebiedsgericht risk simulate <estimate.json> [--iterations N] [--seed S] [--svg DIR]` */
export const riskSimulateCommand: Command = {
  options: { iterations: { type: 'string' }, seed: { type: 'string' }, svg: { type: 'string' } },
  maxPositionals: 1,
  async run(ctx, values, positionals) {
    const source = required(positionals, 0, ctx.lang === 'nl' ? 'raming.json' : 'estimate.json');
    const iterations = integerOption(values, 'iterations', 100, 10_000_000, 10_000);
    const seed = integerOption(values, 'seed', 0, 0xffffffff, 1);
    const svgDir = stringOption(values, 'svg');
    const { value } = await readJson(ctx, source);
    const estimate = expectDocument(value, 'estimate') as unknown as Estimate;
    const inputs = estimate.items.length + estimate.riskEvents.length;
    const bar =
      iterations * inputs >= LONG_RUN_DRAWS
        ? progressBar(ctx, ctx.lang === 'nl' ? 'simuleren' : 'simulating')
        : { update() {}, finish() {} };
    let result: MonteCarloResult;
    try {
      result = simulateEstimate(
        estimate,
        { iterations, seed },
        { onProgress: (done, total) => bar.update(done, total) },
      );
    } finally {
      bar.finish();
    }
    const written = svgDir === undefined ? [] : await writeSvgs(ctx, svgDir, result);
    if (ctx.json) {
      // The result document as it is, valid against MonteCarloResultSchema; the SVG names are fixed.
      printJson(ctx, result);
      return EXIT_OK;
    }
    ctx.print(asText(ctx, estimate, result));
    if (written.length > 0) ctx.print(`\n${ctx.lang === 'nl' ? 'Geschreven' : 'Written'}: ${written.join(', ')}`);
    return EXIT_OK;
  },
};
