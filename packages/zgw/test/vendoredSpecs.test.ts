/**
 * The vendored Open Zaak 1.30.0 specifications and their preparation for ajv: the versions are
 * the ones documented, nothing refers to the web any more, and the validators reject what the
 * APIs reject (so the emitter tests that use them can fail).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_FILES, requestProblems, specs, validatorFor } from './support/zgwSpecs';

const SPECS = join(import.meta.dirname, 'specs');

describe('the vendored ZGW specifications', () => {
  it('are the API versions Open Zaak 1.30.0 implements', () => {
    const versions = Object.fromEntries(
      Object.entries(specs).map(([api, doc]) => [api, (doc.info as { version: string }).version]),
    );
    expect(versions).toEqual({ zaken: '1.5.1', catalogi: '1.3.1', besluiten: '1.1.0', documenten: '1.4.2' });
    for (const doc of Object.values(specs)) expect(doc.openapi).toBe('3.0.3');
  });

  it('refer to no external file on the web; the one catalogi reference points at the local file', () => {
    for (const file of Object.values(API_FILES)) {
      const text = readFileSync(join(SPECS, file), 'utf8');
      expect(text).not.toMatch(/\$ref:\s*['"]?https?:/);
    }
    // The expanded zaaktype of a zaak and informatieobjecttype of a document resolve locally.
    expect(() => validatorFor('zaken', 'ExpandZaak')).not.toThrow();
    expect(() => validatorFor('documenten', 'ExpandEnkelvoudigInformatieObject')).not.toThrow();
  });

  it('reject a zaaktype without doel, an unknown confidentiality level and an unknown field', () => {
    const problems = requestProblems('zaaktypen', {
      omschrijving: 'x',
      vertrouwelijkheidaanduiding: 'heel_geheim',
      doelen: 'typo',
    });
    expect(problems.join('\n')).toMatch(/required property 'doel'/);
    expect(problems.join('\n')).toMatch(/vertrouwelijkheidaanduiding must be equal to one of the allowed values/);
    expect(problems).toContain('ZaakTypeRequest: unknown field doelen');
  });

  it('accept null where the OpenAPI document says nullable, and reject it elsewhere', () => {
    const status = {
      zaak: 'https://zgw.test/z/1',
      statustype: 'https://zgw.test/s/1',
      datumStatusGezet: '2026-01-12T09:00:00+01:00',
    };
    expect(requestProblems('statussen', status)).toEqual([]);
    const zaak = {
      bronorganisatie: '123456782',
      verantwoordelijkeOrganisatie: '123456782',
      zaaktype: 'https://zgw.test/zt/1',
      startdatum: '2026-01-12',
    };
    expect(requestProblems('zaken', { ...zaak, zaakgeometrie: null })).toEqual([]);
    expect(requestProblems('zaken', { ...zaak, startdatum: null })).not.toEqual([]);
  });

  it('validate a rol against the serializer of its betrokkeneType', () => {
    const rol = {
      zaak: 'https://zgw.test/z/1',
      roltype: 'https://zgw.test/rt/1',
      roltoelichting: 'Regisseur',
    };
    expect(
      requestProblems('rollen', {
        ...rol,
        betrokkeneType: 'niet_natuurlijk_persoon',
        betrokkeneIdentificatie: { statutaireNaam: 'Provincie Zuidmark', innNnpId: '123456782' },
      }),
    ).toEqual([]);
    expect(
      requestProblems('rollen', {
        ...rol,
        betrokkeneType: 'niet_natuurlijk_persoon',
        betrokkeneIdentificatie: { innNnpId: '12345' },
      }).join('\n'),
    ).toMatch(/innNnpId must NOT have fewer than 9 characters/);
  });
});
