import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/mediation`, in Dutch and English, by stable code. */
export const mediationMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
});
