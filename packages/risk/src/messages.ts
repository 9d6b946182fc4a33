import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/risk`, in Dutch and English, by stable code. */
export const riskMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
});
