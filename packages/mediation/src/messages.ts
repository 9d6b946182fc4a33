import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/mediation`, in Dutch and English, by stable code. */
export const mediationMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
  unknown_party: (p: { partyId: string }) => ({
    nl: `Onbekende partij: ${p.partyId}`,
    en: `Unknown party: ${p.partyId}`,
  }),
  unknown_issue: (p: { issueId: string }) => ({
    nl: `Onbekende kwestie: ${p.issueId}`,
    en: `Unknown issue: ${p.issueId}`,
  }),
  unknown_option: (p: { issueId: string; optionId: string }) => ({
    nl: `Onbekende optie ${p.optionId} bij kwestie ${p.issueId}`,
    en: `Unknown option ${p.optionId} for issue ${p.issueId}`,
  }),
  incomplete_package: (p: { issueId: string }) => ({
    nl: `Het pakket kiest geen optie voor kwestie ${p.issueId}`,
    en: `The package chooses no option for issue ${p.issueId}`,
  }),
  duplicate_choice: (p: { issueId: string }) => ({
    nl: `Het pakket kiest twee keer voor kwestie ${p.issueId}`,
    en: `The package chooses twice for issue ${p.issueId}`,
  }),
  package_search_too_large: (p: { size: number; limit: number }) => ({
    nl: `Te veel Pareto-efficiënte deelpakketten (${p.size}, grens ${p.limit}); verklein het probleem of verhoog de grens`,
    en: `Too many Pareto-efficient partial packages (${p.size}, limit ${p.limit}); reduce the problem or raise the limit`,
  }),
  search_too_large: (p: { steps: number }) => ({
    nl: `De berekening vraagt meer dan ${p.steps} stappen; verklein het probleem`,
    en: `The computation takes more than ${p.steps} steps; reduce the problem`,
  }),
  no_acceptable_package: (p: { inputId: string }) => ({
    nl: `Geen pakket in ${p.inputId} geeft elke partij meer dan zonder akkoord`,
    en: `No package in ${p.inputId} gives every party more than without agreement`,
  }),
  mediation_mismatch: (p: { expected: string; got: string }) => ({
    nl: `Hoort bij geschil ${p.got}, verwacht ${p.expected}`,
    en: `Belongs to dispute ${p.got}, expected ${p.expected}`,
  }),
  no_values: (p: { partyId: string }) => ({
    nl: `Partij ${p.partyId} heeft nog geen waarden; bepaal eerst waar u voor staat`,
    en: `Party ${p.partyId} has no values yet; first decide what you stand for`,
  }),
  not_a_finite_number: (p: { name: string }) => ({
    nl: `${p.name} is geen eindig getal`,
    en: `${p.name} is not a finite number`,
  }),
  invalid_threshold: (p: { name: string; value: number }) => ({
    nl: `${p.name} moet tussen 0 en 1 liggen (niet 0), kreeg ${p.value}`,
    en: `${p.name} must lie between 0 and 1 (not 0), got ${p.value}`,
  }),
});

/** Builds a mediation {@link GebiedsgerichtError} by code (internal shorthand). */
export const fail = mediationMessages.fail;
