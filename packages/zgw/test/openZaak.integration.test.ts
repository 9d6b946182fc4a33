/**
 * Against a real Open Zaak (see docs/zgw.md for running one with Docker). Runs only when
 * ZGW_BASE_URL, ZGW_CLIENT_ID and ZGW_SECRET are set; the Selectielijst URLs of that server's
 * Selectielijst API come from ZGW_SELECTIELIJST_PROCESTYPE, ZGW_SELECTIELIJST_RESULTAAT and
 * ZGW_SELECTIELIJST_RESULTAATTYPEOMSCHRIJVING. Skipped otherwise, and it says so.
 */
import { lindewaardActors, lindewaardArea } from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate } from '@gebiedsgericht/process';
import { describe, expect, it } from 'vitest';
import { emitZaakHistory, planCatalogue, syncToZgw, type ZgwConfigInput } from '../src/index';
import { config as fixtureConfig, lindewaardSnapshot } from './support/lindewaardProcess';

const env = process.env;
const base = env.ZGW_BASE_URL;
const enabled = Boolean(base && env.ZGW_CLIENT_ID && env.ZGW_SECRET);
const reason = 'skipped: set ZGW_BASE_URL, ZGW_CLIENT_ID and ZGW_SECRET to run against a real Open Zaak';
if (!enabled) console.info(`Open Zaak integration test ${reason}`);

describe.skipIf(!enabled)(`Open Zaak integration${enabled ? '' : ` (${reason})`}`, () => {
  const resultaat = {
    selectielijstklasse: env.ZGW_SELECTIELIJST_RESULTAAT ?? '',
    resultaattypeomschrijving: env.ZGW_SELECTIELIJST_RESULTAATTYPEOMSCHRIJVING ?? '',
  };
  const config: ZgwConfigInput = {
    ...fixtureConfig,
    ...(env.ZGW_SELECTIELIJST_PROCESTYPE ? { selectielijstProcestype: env.ZGW_SELECTIELIJST_PROCESTYPE } : {}),
    resultaattypen: { afgerond: resultaat, gestopt: resultaat },
    knelpuntResultaattypen: { opgelost: resultaat, beslist: resultaat, ingetrokken: resultaat },
  };
  const server = {
    catalogiUrl: `${base}/catalogi/api/v1`,
    zakenUrl: `${base}/zaken/api/v1`,
    besluitenUrl: `${base}/besluiten/api/v1`,
    credentials: { clientId: env.ZGW_CLIENT_ID ?? '', secret: env.ZGW_SECRET ?? '', userId: 'gebiedsgericht-test' },
    now: () => new Date(),
  };

  it('pushes the Lindewaard catalogue and zaak, and a second run creates nothing', { timeout: 120_000 }, async () => {
    const plan = planCatalogue(defaultStepTemplate, config);
    const history = emitZaakHistory(lindewaardSnapshot(), config, {
      actors: lindewaardActors,
      geometry: { crs: 'EPSG:4326', geometry: lindewaardArea.geometry! },
    });
    await syncToZgw(server, plan, history);
    const again = await syncToZgw(server, plan, history);
    expect(again.created).toBe(0);
  });
});
