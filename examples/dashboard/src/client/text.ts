/** The page's own words in Dutch and English; domain labels come from the SDK through the server. */
import type { Label, Locale } from './dom';

export const ui = {
  title: { nl: 'Dashboard gebiedsgericht werken', en: 'Area-based working dashboard' },
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  overview: { nl: 'Overzicht', en: 'Overview' },
  gokit: { nl: 'GOKIT-R', en: 'GOKIT-R' },
  afweging: { nl: 'Afweging', en: 'Assessment' },
  switchTo: { nl: 'English', en: 'Nederlands' },
  switchLabel: { nl: 'Switch to English', en: 'Schakel naar Nederlands' },
  navigation: { nl: 'Hoofdnavigatie', en: 'Main navigation' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  failed: { nl: 'Laden mislukt', en: 'Loading failed' },
  provinceOverview: { nl: 'Provinciaal overzicht', en: 'Province overview' },
  areasCaption: {
    nl: 'Gebieden met hun stap, voortgang en knelpunten',
    en: 'Areas with their step, progress and knelpunten',
  },
  date: { nl: 'Peildatum', en: 'Reference date' },
  show: { nl: 'Toon', en: 'Show' },
  dateRefused: { nl: 'Deze peildatum kan niet', en: 'This reference date cannot be used' },
  area: { nl: 'Gebied', en: 'Area' },
  step: { nl: 'Huidige stap', en: 'Current step' },
  progress: { nl: 'Voortgang', en: 'Progress' },
  stepsClosed: { nl: 'stappen gesloten', en: 'steps closed' },
  consents: { nl: 'Instemmingen huidige stap', en: 'Consents to the current step' },
  noConsentNeeded: { nl: 'niet nodig', en: 'not needed' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  nextIjkmomenten: { nl: 'Volgende ijkmomenten', en: 'Next ijkmomenten' },
  openKnelpunten: { nl: 'Open knelpunten', en: 'Open knelpunten' },
  none: { nl: 'geen', en: 'none' },
  dueBy: { nl: 'uiterlijk', en: 'due' },
  overdue: { nl: 'over tijd', en: 'overdue' },
  attention: { nl: 'Aandacht nodig op', en: 'Needs attention on' },
  nothingDue: { nl: 'Niets dat aandacht vraagt.', en: 'Nothing needs attention.' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  notice: { nl: 'aandacht', en: 'attention' },
  formHeading: { nl: 'Instemming vastleggen', en: 'Record a consent' },
  formIntro: {
    nl: 'Het formulier stuurt een gebeurtenis via de server naar de opslag; het gebiedsproces beslist of die wordt aanvaard.',
    en: 'The form sends an event through the server to the store; the area process decides whether it is accepted.',
  },
  party: { nl: 'Partij', en: 'Party' },
  outcome: { nl: 'Uitkomst', en: 'Outcome' },
  consentDate: { nl: 'Datum', en: 'Date' },
  submit: { nl: 'Vastleggen', en: 'Record' },
  accepted: { nl: 'Vastgelegd als versie', en: 'Recorded as version' },
  refused: { nl: 'Geweigerd', en: 'Refused' },
  steps: { nl: 'Stappen', en: 'Steps' },
  status: { nl: 'Status', en: 'Status' },
  deliverable: { nl: 'Product', en: 'Deliverable' },
  submitted: { nl: 'ingediend', en: 'submitted' },
  notSubmitted: { nl: 'nog niet ingediend', en: 'not yet submitted' },
  consented: { nl: 'Ingestemd', en: 'Consented' },
  notConsented: { nl: 'Nog niet ingestemd', en: 'Not yet consented' },
  decisions: { nl: 'Besluiten', en: 'Decisions' },
  knelpunten: { nl: 'Knelpunten', en: 'Knelpunten' },
  audit: { nl: 'Auditlog', en: 'Audit log' },
  chainOk: { nl: 'Hashketen geverifieerd: in orde', en: 'Hash chain verified: intact' },
  chainBroken: { nl: 'Hashketen geverifieerd: GEBROKEN', en: 'Hash chain verified: BROKEN' },
  entries: { nl: 'regels', en: 'entries' },
  seq: { nl: 'Nr.', en: 'No.' },
  type: { nl: 'Gebeurtenis', en: 'Event' },
  when: { nl: 'Tijdstip', en: 'Time' },
  actor: { nl: 'Door', en: 'By' },
  hash: { nl: 'Hash', en: 'Hash' },
  agenda: { nl: 'IJkmomentenagenda', en: 'Ijkmoment agenda' },
  kind: { nl: 'Soort', en: 'Kind' },
  name: { nl: 'Naam', en: 'Name' },
  held: { nl: 'gehouden', en: 'held' },
  planned: { nl: 'gepland', en: 'planned' },
  knelpunt: { nl: 'Knelpunt', en: 'Knelpunt' },
  parties: { nl: 'Partijen', en: 'Parties' },
  raisedBy: { nl: 'Gemeld door', en: 'Raised by' },
  escalationPath: { nl: 'Escalatiepad', en: 'Escalation path' },
  currentLevel: { nl: 'Huidig niveau', en: 'Current level' },
  actsNow: { nl: 'Aan zet', en: 'To act now' },
  nextStep: { nl: 'Volgende stap bij escalatie', en: 'Next step on escalation' },
  redirected: { nl: 'in plaats van', en: 'instead of' },
  deadline: { nl: 'Termijn', en: 'Deadline' },
  noDeadline: { nl: 'geen termijn', en: 'no deadline' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
  skipped: { nl: 'overgeslagen', en: 'skipped' },
  history: { nl: 'Verloop', en: 'History' },
  level: { nl: 'Niveau', en: 'Level' },
  since: { nl: 'Sinds', en: 'Since' },
  outcomes: { nl: 'Uitkomsten', en: 'Outcomes' },
  backToOverview: { nl: 'Terug naar het overzicht', en: 'Back to the overview' },
  heatMap: { nl: 'Risicokaart (kans × impact)', en: 'Risk heat map (probability × impact)' },
  probability: { nl: 'Kansklasse', en: 'Probability class' },
  impact: { nl: 'Impactklasse', en: 'Impact class' },
  score: { nl: 'Score', en: 'Score' },
  risks: { nl: "Risico's", en: 'Risks' },
  topRisks: { nl: "Toprisico's", en: 'Top risks' },
  band: { nl: 'Klasse', en: 'Band' },
  sCurve: { nl: 'S-curve van de kostenraming', en: 'S-curve of the cost estimate' },
  histogram: { nl: 'Histogram van de kostenraming', en: 'Histogram of the cost estimate' },
  percentile: { nl: 'Percentiel', en: 'Percentile' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  draws: { nl: 'trekkingen', en: 'draws' },
  baseEstimate: { nl: 'Basisraming', en: 'Base estimate' },
  mean: { nl: 'Verwachtingswaarde', en: 'Expected value' },
  ranking: { nl: 'Rangorde van de varianten (gewogen som)', en: 'Ranking of the variants (weighted sum)' },
  variant: { nl: 'Variant', en: 'Variant' },
  rank: { nl: 'Plaats', en: 'Rank' },
  value: { nl: 'Waarde', en: 'Value' },
  excluded: { nl: 'Niet gerangschikt (niet maakbaar)', en: 'Not ranked (not feasible)' },
  sensitivity: { nl: 'Gevoeligheid van de gewichten', en: 'Weight sensitivity' },
  criterion: { nl: 'Criterium', en: 'Criterion' },
  weight: { nl: 'Gewicht', en: 'Weight' },
  smallestChange: {
    nl: 'Kleinste gewichtsverandering die de winnaar wisselt',
    en: 'Smallest weight change that changes the winner',
  },
  noChange: { nl: 'geen', en: 'none' },
  mostCritical: { nl: 'Meest kritisch criterium', en: 'Most critical criterion' },
  smaa: { nl: 'Rangacceptatie (SMAA-2)', en: 'Rank acceptability (SMAA-2)' },
  smaaIntro: {
    nl: 'Aandeel van de gewichtscombinaties waarin een variant op elke plaats eindigt',
    en: 'Share of weight combinations in which a variant ends at each rank',
  },
  chartAlt: { nl: 'De tabel hieronder geeft dezelfde gegevens.', en: 'The table below gives the same data.' },
} satisfies Record<string, Label>;

export type UiKey = keyof typeof ui;

const TIME_ZONE = 'Europe/Amsterdam';

/** A date or instant as people read it, in the page's language (Dutch time zone). */
export function formatDate(value: string, locale: Locale): string {
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands. */
export function calendarDate(value: string): string {
  if (value.length === 10) return value;
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(value));
}

/** A share 0–1 as a whole percentage. */
export function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent' }).format(share);
}

/** A number with a fixed count of decimals. */
export function decimal(value: number, digits: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
