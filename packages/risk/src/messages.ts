import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/risk`, in Dutch and English, by stable code. */
export const riskMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
  not_a_finite_number: (p: { name: string }) => ({
    nl: `${p.name} is geen eindig getal`,
    en: `${p.name} is not a finite number`,
  }),
  forecast_below_actual: (p: { aspect: string }) => ({
    nl: `De prognose van ${p.aspect} ligt onder de realisatie tot nu toe`,
    en: `The forecast of ${p.aspect} is below the actuals so far`,
  }),
  unknown_risk: (p: { id: string }) => ({
    nl: `Onbekend risico ${p.id}`,
    en: `Unknown risk ${p.id}`,
  }),
  scales_differ: () => ({
    nl: 'De twee versies van het register gebruiken verschillende schalen',
    en: 'The two versions of the register use different scales',
  }),
  version_not_later: (p: { previous: number; current: number }) => ({
    nl: `Versie ${p.current} is niet later dan versie ${p.previous}`,
    en: `Version ${p.current} is not later than version ${p.previous}`,
  }),
  scope_differs: () => ({
    nl: 'De twee versies van het register gaan over een andere scope',
    en: 'The two versions of the register are about a different scope',
  }),
  empty_histogram: () => ({
    nl: 'Er is geen histogram om te tekenen',
    en: 'There is no histogram to draw',
  }),
});

/** Shorthand for `riskMessages.fail`. */
export const riskFail = riskMessages.fail;
