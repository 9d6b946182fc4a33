import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { ControlReportSchema } from './controlReport';
import { ControlSheetSchema } from './controlSheet';
import { EstimateSchema } from './estimate';
import { FailureFactorCheckSchema } from './failureFactorCheck';
import { MonteCarloResultSchema } from './monteCarloResult';
import { ProjectSetupSchema } from './projectSetup';
import { RiskRegisterSchema } from './riskRegister';

/** Document types of the risk section, published as JSON Schema. */
export const riskDocuments = {
  controlSheet: defineDocument(
    ControlSheetSchema,
    { nl: 'GOKIT-blad', en: 'GOKIT sheet' },
    {
      nl: 'Norm, realisatie, prognose en tolerantie per beheersaspect (geld, organisatie, kwaliteit, informatie, tijd) van een stap, project of programma op een meetpunt.',
      en: 'Norm, actuals, forecast and tolerance per control aspect (money, organisation, quality, information, time) of a step, project or programme at a measure point.',
    },
  ),
  controlReport: defineDocument(
    ControlReportSchema,
    { nl: 'GOKIT-R-rapportage', en: 'GOKIT-R report' },
    {
      nl: 'Status per beheersaspect, toprisico’s en uitzonderingen die een niveau hoger gaan, op een meet- en beslispunt.',
      en: 'Status per control aspect, top risks and exceptions that go up a level, at a measure and decision point.',
    },
  ),
  riskRegister: defineDocument(
    RiskRegisterSchema,
    { nl: 'Risicoregister', en: 'Risk register' },
    {
      nl: 'De risico’s van een stap, project of programma met oorzaak, gebeurtenis, gevolg, eigenaar, kans, impact per GOKIT-aspect, maatregelen, restrisico en historie.',
      en: 'The risks of a step, project or programme with cause, event, consequence, owner, probability, impact per GOKIT aspect, measures, residual risk and history.',
    },
  ),
  estimate: defineDocument(
    EstimateSchema,
    { nl: 'Probabilistische raming', en: 'Probabilistic estimate' },
    {
      nl: 'Een raming van geld of tijd met bandbreedtes per post en discrete risicogebeurtenissen, voor een Monte-Carlosimulatie.',
      en: 'An estimate of money or time with ranges per item and discrete risk events, for a Monte Carlo simulation.',
    },
  ),
  monteCarloResult: defineDocument(
    MonteCarloResultSchema,
    { nl: 'Uitkomst Monte-Carlosimulatie', en: 'Monte Carlo result' },
    {
      nl: 'Gemiddelde, percentielen (P50, P85), onvoorzien, bijdrage per post en risico, histogram en S-curve van een geseede simulatie.',
      en: 'Mean, percentiles (P50, P85), contingency, contribution per item and risk, histogram and S-curve of a seeded simulation.',
    },
  ),
  projectSetup: defineDocument(
    ProjectSetupSchema,
    { nl: 'Projectopzet', en: 'Project set-up' },
    {
      nl: 'Opdrachtgever, plan, doel, resultaat, methode, planning, wijzigingslog en meet- en beslispunten van een project, voor de toets op faalfactoren.',
      en: 'Principal, plan, goal, result, method, planning, change log and measure and decision points of a project, for the failure-factor check.',
    },
  ),
  failureFactorCheck: defineDocument(
    FailureFactorCheckSchema,
    { nl: 'Toets op faalfactoren', en: 'Failure-factor check' },
    {
      nl: 'Per faalfactor uit bijlage 1 van de handreiking: niet aanwezig, signaal of aanwezig, met onderbouwing.',
      en: 'Per failure factor from annex 1 of the handreiking: absent, signal or present, with evidence.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;
