import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/process`, in Dutch and English, by stable code. */
export const processMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
});
