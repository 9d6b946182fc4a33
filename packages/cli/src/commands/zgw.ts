import type { StepTemplate } from '@gebiedsgericht/core';
import { type CataloguePlan, planCatalogue, type ZgwConfigInput } from '@gebiedsgericht/zgw';
import { required, stringOption } from '../internal/args';
import { type Command, EXIT_OK, printJson } from '../internal/command';
import type { Ctx } from '../internal/context';
import { expectDocument } from '../internal/documents';
import { renderTable } from '../internal/format';
import { readJson, validateSources } from '../internal/readInput';
import { cliFail } from '../messages';

/** The name a person recognises an object by: its omschrijving, naam or identificatie. */
function nameOf(body: Readonly<Record<string, unknown>>): string {
  for (const key of ['omschrijving', 'naam', 'identificatie', 'domein']) {
    const value = body[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return '';
}

function asText(ctx: Ctx, plan: CataloguePlan): string {
  const nl = ctx.lang === 'nl';
  const lines = [
    ctx.out.bold(
      nl
        ? `ZGW-catalogus voor stappensjabloon ${plan.templateId}: ${plan.objects.length} objecten, ${plan.publish.length} te publiceren`
        : `ZGW catalogue for step template ${plan.templateId}: ${plan.objects.length} objects, ${plan.publish.length} to publish`,
    ),
    '',
    renderTable(
      nl ? ['#', 'resource', 'omschrijving', 'verwijzing'] : ['#', 'resource', 'description', 'reference'],
      plan.objects.map((o, i) => [
        String(i + 1),
        o.resource,
        nameOf(o.body as Readonly<Record<string, unknown>>),
        o.ref,
      ]),
      [0],
    ),
  ];
  return lines.join('\n');
}

/** `gebiedsgericht zgw catalogue <template.json> --config <config.json>` */
export const zgwCatalogueCommand: Command = {
  options: { config: { type: 'string' } },
  maxPositionals: 1,
  async run(ctx, values, positionals) {
    const source = required(positionals, 0, ctx.lang === 'nl' ? 'sjabloon.json' : 'template.json');
    const configFile = stringOption(values, 'config');
    if (configFile === undefined) throw cliFail('missing_argument', { what: '--config' });
    validateSources([source, configFile]);
    const template = expectDocument((await readJson(ctx, source)).value, 'stepTemplate') as unknown as StepTemplate;
    const config = (await readJson(ctx, configFile)).value as ZgwConfigInput;
    const plan = planCatalogue(template, config);
    if (ctx.json) printJson(ctx, plan);
    else ctx.print(asText(ctx, plan));
    return EXIT_OK;
  },
};
