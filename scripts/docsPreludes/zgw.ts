// Prelude for documentation examples of the ZGW mapping (scripts/docsExamples.ts): a started
// Lindewaard process `gebied`, its `actors`, the Open Zaak endpoints and `config`, what only the
// province's own case system can supply (fictional RSIN that passes the elfproef).
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';
import * as preludeProcess from '@gebiedsgericht/process';
import type * as preludeZgw from '@gebiedsgericht/zgw';

export const actors = preludeFixtures.lindewaardActors;
export const gebied = preludeProcess.createGebiedsproces({
  template: preludeProcess.defaultStepTemplate,
  settings: preludeProcess.settingsFromStartnotitie(preludeFixtures.lindewaardStartnotitie, actors, {
    processId: 'lindewaard',
  }),
  startedAt: '2026-01-12T09:00:00+01:00',
});
export const catalogiUrl = 'https://openzaak.example.org/catalogi/api/v1';
export const zakenUrl = 'https://openzaak.example.org/zaken/api/v1';
export const besluitenUrl = 'https://openzaak.example.org/besluiten/api/v1';
export const credentials = { clientId: 'gebiedsgericht', secret: 'geheim', userId: 'procesregisseur-zuidmark' };
const preludeResultaat = (n: number) => ({
  selectielijstklasse: `https://selectielijst.example.org/api/v1/resultaten/00000000-0000-4000-8000-00000000000${n}`,
  resultaattypeomschrijving: `https://selectielijst.example.org/api/v1/resultaattypeomschrijvingen/00000000-0000-4000-8000-00000000000${n}`,
});
export const config: preludeZgw.ZgwConfigInput = {
  rsin: '123456782',
  domein: 'GGW',
  catalogusNaam: 'Gebiedsgericht werken Zuidmark',
  contactpersoonBeheerNaam: 'Team zaaktypen Zuidmark',
  bronorganisatie: '123456782',
  verantwoordelijkeOrganisatie: '123456782',
  verantwoordelijke: 'Programmabureau gebiedsgericht werken',
  vertrouwelijkheidaanduiding: 'openbaar',
  doorlooptijd: 'P4Y',
  knelpuntDoorlooptijd: 'P6M',
  beginGeldigheid: '2026-01-01',
  resultaattypen: { afgerond: preludeResultaat(1), gestopt: preludeResultaat(2) },
  knelpuntResultaattypen: {
    opgelost: preludeResultaat(3),
    beslist: preludeResultaat(4),
    ingetrokken: preludeResultaat(5),
  },
  parties: { 'provincie-zuidmark': { rsin: '123456782' } },
};
