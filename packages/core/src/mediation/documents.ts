import { type DocumentDefinition, defineDocument } from '../primitives/document';
import { AdjustedWinnerInputSchema } from './adjustedWinnerInput';
import { AdjustedWinnerResultSchema } from './adjustedWinnerResult';
import { ConversationMapSessionSchema } from './conversationMaps';
import { DilemmaLineSchema } from './dilemmaLine';
import { DisputeSchema } from './dispute';
import { DocaBoardSchema } from './doca';
import { MediationSchema } from './mediation';
import { MediationOutcomeSchema } from './mediationOutcome';
import { NegotiationPreparationSchema } from './negotiationPreparation';
import { PackageDealInputSchema } from './packageDealInput';
import { PackageDealResultSchema } from './packageDealResult';

/** Document types of the mediation section, published as JSON Schema. */
export const mediationDocuments = {
  dispute: defineDocument(
    DisputeSchema,
    { nl: 'Geschil', en: 'Dispute' },
    {
      nl: 'Een geschil (knelpunt) tussen partijen: kwesties, belangen, waarden en standpunten per partij, en de geschiedenis.',
      en: 'A dispute (knelpunt) between parties: issues, each party’s interests, values and positions, and the history.',
    },
  ),
  mediation: defineDocument(
    MediationSchema,
    { nl: 'Bemiddeling', en: 'Mediation' },
    {
      nl: 'Een bemiddeling van één geschil: bemiddelaar, stijl, gesprekken met hun gesprekstijd en oordelen over onpartijdigheid.',
      en: 'A mediation of one dispute: mediator, style, sessions with their hours of talks and impartiality ratings.',
    },
  ),
  packageDealInput: defineDocument(
    PackageDealInputSchema,
    { nl: 'Invoer pakketonderhandeling', en: 'Package-deal input' },
    {
      nl: 'Kwesties met opties, en per partij punten per optie en het terugvalpunt zonder akkoord.',
      en: 'Issues with options, and per party the points of every option and the disagreement point.',
    },
  ),
  packageDealResult: defineDocument(
    PackageDealResultSchema,
    { nl: 'Uitkomst pakketonderhandeling', en: 'Package-deal result' },
    {
      nl: 'Alle Pareto-efficiënte pakketten die elke partij meer geven dan zonder akkoord, en het Nash-pakket.',
      en: 'Every Pareto-efficient package that gives every party more than without agreement, and the Nash package.',
    },
  ),
  adjustedWinnerInput: defineDocument(
    AdjustedWinnerInputSchema,
    { nl: 'Invoer Adjusted Winner', en: 'Adjusted Winner input' },
    {
      nl: 'Twee partijen die elk 100 punten over de te verdelen onderdelen verdelen.',
      en: 'Two parties, each distributing 100 points over the items to divide.',
    },
  ),
  adjustedWinnerResult: defineDocument(
    AdjustedWinnerResultSchema,
    { nl: 'Uitkomst Adjusted Winner', en: 'Adjusted Winner result' },
    {
      nl: 'De verdeling volgens Adjusted Winner: wie wat krijgt, hoogstens één gedeeld onderdeel, gelijke punten.',
      en: 'The Adjusted Winner division: who gets what, at most one split item, equal points.',
    },
  ),
  negotiationPreparation: defineDocument(
    NegotiationPreparationSchema,
    { nl: 'Voorbereiding onderhandeling', en: 'Negotiation preparation' },
    {
      nl: 'Voorbereiding volgens de drie best practices: eigen waarden en die van anderen, informeel gesprek, vragen.',
      en: 'Preparation along the three best practices: own and others’ values, informal talk, questions.',
    },
  ),
  dilemmaLine: defineDocument(
    DilemmaLineSchema,
    { nl: 'Dilemmalijn', en: 'Dilemma line' },
    {
      nl: 'Dilemma’s als twee uitersten, met de plek en argumenten van elke deelnemer.',
      en: 'Dilemmas as two extremes, with each participant’s place and arguments.',
    },
  ),
  docaBoard: defineDocument(
    DocaBoardSchema,
    { nl: 'DOCA-bord', en: 'DOCA board' },
    {
      nl: 'Bijdragen aan een atelier, te ordenen in Data, Kansen, Uitdagingen en Anekdotes.',
      en: 'Contributions to an atelier, to sort into Data, Opportunities, Challenges and Anecdotes.',
    },
  ),
  conversationMapSession: defineDocument(
    ConversationMapSessionSchema,
    { nl: 'Gesprek met praatkaarten', en: 'Conversation-map session' },
    {
      nl: 'Praatkaarten, geen plankaarten: een bijna lege basiskaart, transparante lagen of plaatjes, dilemma’s, en per tafel de gelegde lagen, verhalen, standpunten en bezwaren.',
      en: 'Maps to talk with, not to plan with: a nearly empty base map, transparent layers or pictures, dilemmas, and per table the layers laid, stories, positions and objections.',
    },
  ),
  mediationOutcome: defineDocument(
    MediationOutcomeSchema,
    { nl: 'Uitkomst bemiddeling', en: 'Mediation outcome' },
    {
      nl: 'Opgelost of niet, het pakket, wie wat toegeeft en wint, gesprekstijd en stijl; invoer voor de escalatie van het knelpunt.',
      en: 'Settled or not, the package, who concedes and gains what, hours of talks and style; input for knelpunt escalation.',
    },
  ),
} satisfies Readonly<Record<string, DocumentDefinition>>;
