import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/assessment`, in Dutch and English, by stable code. */
export const assessmentMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
});
