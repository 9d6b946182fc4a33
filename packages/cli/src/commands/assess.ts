import { applyWeights, assess, deriveAhpWeights } from '@gebiedsgericht/assessment';
import {
  type AhpComparison,
  type AssessmentInput,
  AssessmentMethodName,
  type AssessmentResult,
  type SmaaSettings,
} from '@gebiedsgericht/core';
import { choiceOption, integerOption, required, stringOption } from '../internal/args';
import { type Command, EXIT_OK, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { expectDocument } from '../internal/documents';
import { formatNumber, formatShare, renderTable } from '../internal/format';
import { readJson, validateSources } from '../internal/readInput';
import { cliFail } from '../messages';

const METHODS = ['wsm', 'ahp', 'promethee', 'smaa'] as const;
type Method = (typeof METHODS)[number];

type AhpOutcome = ReturnType<typeof deriveAhpWeights>;

/** The input with the method the command line asks for. */
async function prepareInput(
  ctx: Ctx,
  input: AssessmentInput,
  method: Method | undefined,
  values: Record<string, string | boolean | undefined>,
): Promise<{ input: AssessmentInput; ahp?: AhpOutcome }> {
  if (method === 'wsm') return { input: { ...input, method: { method: 'weighted_sum' } } };
  if (method === 'promethee')
    return {
      input: {
        ...input,
        method: {
          method: 'promethee2',
          preferences: input.method.method === 'promethee2' ? input.method.preferences : [],
        },
      },
    };
  if (method === 'ahp') {
    const file = stringOption(values, 'ahp');
    if (file === undefined) throw cliFail('missing_argument', { what: '--ahp' });
    const { value } = await readJson(ctx, file);
    const comparison = expectDocument(value, 'ahpComparison') as unknown as AhpComparison;
    const ahp = deriveAhpWeights(comparison);
    const afwegingskader = applyWeights(input.afwegingskader, ahp.weights);
    return { input: { ...input, afwegingskader, method: { method: 'weighted_sum' } }, ahp };
  }
  if (method === 'smaa') {
    const uncertainty: SmaaSettings = {
      samples: integerOption(values, 'samples', 100, 1_000_000, input.uncertainty?.samples ?? 10_000),
      seed: integerOption(values, 'seed', 0, 0xffffffff, input.uncertainty?.seed ?? 1),
      weights: {
        kind: choiceOption(
          values,
          'weights',
          ['unknown', 'ranked', 'exact'],
          input.uncertainty?.weights.kind ?? 'unknown',
        )!,
      },
      sampleScores: input.uncertainty?.sampleScores ?? true,
    };
    return { input: { ...input, uncertainty } };
  }
  return { input };
}

function asText(ctx: Ctx, input: AssessmentInput, result: AssessmentResult, ahp: AhpOutcome | undefined): string {
  const nl = ctx.lang === 'nl';
  const s = ctx.out;
  const variantName = (id: string) => input.variants.find((v) => v.id === id)?.name[ctx.lang] ?? id;
  const criterionName = (id: string) => input.afwegingskader.criteria.find((c) => c.id === id)?.name[ctx.lang] ?? id;
  const lines = [
    s.bold(`${nl ? 'Afweging' : 'Assessment'} ${input.id}: ${AssessmentMethodName.label(result.method, ctx.lang)}`),
    '',
  ];
  if (ahp)
    lines.push(
      `AHP: ${nl ? 'consistentieratio' : 'consistency ratio'} ${formatNumber(Math.max(0, ahp.consistencyRatio), ctx.lang, 3)} ${
        ahp.consistent
          ? s.green(nl ? '(consistent)' : '(consistent)')
          : s.yellow(nl ? '(niet consistent, > 0,10)' : '(not consistent, > 0.10)')
      }`,
      '',
    );
  lines.push(
    renderTable(
      nl ? ['rang', 'variant', 'waarde'] : ['rank', 'variant', 'value'],
      result.ranking.map((r) => [
        String(r.rank),
        variantName(r.variantId),
        r.value === undefined ? '' : formatNumber(r.value, ctx.lang, 3),
      ]),
      [0, 2],
    ),
  );
  if (result.excludedVariantIds.length > 0)
    lines.push(
      '',
      `${nl ? 'Afgevallen (niet haalbaar)' : 'Set aside (not feasible)'}: ${result.excludedVariantIds.map(variantName).join(', ')}`,
    );
  const critical = result.sensitivity?.mostCriticalCriterionId;
  if (result.sensitivity)
    lines.push(
      '',
      critical
        ? `${nl ? 'Meest kritische criterium' : 'Most critical criterion'}: ${criterionName(critical)}`
        : nl
          ? 'Geen gewichtswijziging verandert de eerste plaats.'
          : 'No change of weights changes the first place.',
    );
  if (result.uncertainty) {
    const n = result.uncertainty.variants.length;
    lines.push(
      '',
      s.bold(
        nl
          ? `SMAA-2 rangacceptatie (${result.uncertainty.settings.samples} trekkingen, zaad ${result.uncertainty.settings.seed})`
          : `SMAA-2 rank acceptability (${result.uncertainty.settings.samples} samples, seed ${result.uncertainty.settings.seed})`,
      ),
      renderTable(
        ['variant', ...Array.from({ length: n }, (_, r) => `b${r + 1}`), nl ? 'vertrouwen' : 'confidence'],
        result.uncertainty.variants.map((v) => [
          variantName(v.variantId),
          ...v.rankAcceptability.map((b) => formatShare(b, ctx.lang, 1, 1)),
          v.confidenceFactor === undefined ? '–' : formatShare(v.confidenceFactor, ctx.lang, 1, 1),
        ]),
        Array.from({ length: n + 1 }, (_, i) => i + 1),
      ),
    );
  }
  for (const w of result.warnings) lines.push(`${s.yellow('!')} ${w.message[ctx.lang]}`);
  return lines.join('\n');
}

/** `gebiedsgericht assess <input.json> [--method wsm|ahp|promethee|smaa]` */
export const assessCommand: Command = {
  options: {
    method: { type: 'string' },
    ahp: { type: 'string' },
    samples: { type: 'string' },
    seed: { type: 'string' },
    weights: { type: 'string' },
  },
  maxPositionals: 1,
  async run(ctx, values, positionals) {
    const source = required(positionals, 0, ctx.lang === 'nl' ? 'afweging.json' : 'input.json');
    const method = choiceOption(values, 'method', METHODS, undefined);
    const ahpFile = stringOption(values, 'ahp');
    validateSources(ahpFile === undefined ? [source] : [source, ahpFile]);
    const { value } = await readJson(ctx, source);
    const original = expectDocument(value, 'assessmentInput') as unknown as AssessmentInput;
    const { input, ahp } = await prepareInput(ctx, original, method, values);
    const result = assess(input);
    if (ctx.json) printJson(ctx, ahp ? { result, ahp } : { result });
    else ctx.print(asText(ctx, input, result, ahp));
    return EXIT_OK;
  },
};
