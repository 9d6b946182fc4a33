import {
  type DisputeCharacteristics,
  DisputeCharacteristicsSchema,
  type Label,
  MediationStyle,
  mediationStyleRegie,
  type StyleAssessment,
  type StyleReason,
  type StyleRecommendation,
  validate,
} from '@gebiedsgericht/core';

/**
 * One rule of {@link styleRules}: the dispute characteristic it reads, when it applies, how much it
 * speaks for or against each mediation style, and why.
 *
 * @example
 * const rule: StyleRule = styleRules[0]!;
 * rule.applies(characteristics); // true when the rule speaks in this dispute
 */
export interface StyleRule {
  /** The dispute characteristic the rule reads. */
  readonly factor: keyof DisputeCharacteristics;
  /** True when the rule speaks in a dispute with these characteristics. */
  readonly applies: (c: DisputeCharacteristics) => boolean;
  /** Positive: speaks for the style; negative: against it. */
  readonly weights: Partial<Record<MediationStyle, number>>;
  /** Why, in Dutch and English. */
  readonly explanation: Label;
}

/**
 * The rules behind {@link recommendMediationStyle}, as data so they can be shown and reviewed.
 * They are this SDK's reading of the three styles in the handreiking (who holds content and
 * process regie, and transformative mediation as the answer to a "crisis in de communicatie"),
 * not rules the handreiking itself lays down.
 *
 * @example
 * styleRules.map((r) => r.factor);
 * @see handreiking bijlage 1, onderdeel 4
 */
export const styleRules: readonly StyleRule[] = Object.freeze([
  {
    factor: 'contentExpertiseWanted',
    applies: (c) => c.contentExpertiseWanted,
    weights: { evaluative: 3, facilitative: -1, transformative: -2 },
    explanation: {
      nl: 'Partijen vragen om een inhoudelijk oordeel; alleen een evaluerende bemiddelaar neemt regie op de inhoud.',
      en: 'The parties ask for a view on the content; only an evaluative mediator takes content regie.',
    },
  },
  {
    factor: 'contentExpertiseWanted',
    applies: (c) => !c.contentExpertiseWanted,
    weights: { evaluative: -1, facilitative: 1 },
    explanation: {
      nl: 'Er wordt geen inhoudelijk oordeel gevraagd; de inhoud kan bij de partijen blijven.',
      en: 'No view on the content is asked for; the content can stay with the parties.',
    },
  },
  {
    factor: 'relationshipDamaged',
    applies: (c) => c.relationshipDamaged,
    weights: { transformative: 2, facilitative: 1, evaluative: -1 },
    explanation: {
      nl: 'De verhouding is beschadigd; eerst de onderlinge interactie herstellen, een inhoudelijk oordeel kan als partijdig worden gezien.',
      en: 'The relationship is damaged; restore the interaction first, a view on the content may be seen as partial.',
    },
  },
  {
    factor: 'trustLevel',
    applies: (c) => c.trustLevel === 'low',
    weights: { transformative: 2, facilitative: 1, evaluative: -1 },
    explanation: {
      nl: 'Weinig vertrouwen: "Is er geen vertrouwen, dan kunt u het vergeten"; werk eerst aan vertrouwen.',
      en: 'Little trust: "without trust, forget it"; work on trust first.',
    },
  },
  {
    factor: 'trustLevel',
    applies: (c) => c.trustLevel === 'medium',
    weights: { facilitative: 1 },
    explanation: {
      nl: 'Redelijk vertrouwen: met sturing op het proces komen partijen zelf tot een oplossing.',
      en: 'Reasonable trust: with process steering the parties can reach a solution themselves.',
    },
  },
  {
    factor: 'trustLevel',
    applies: (c) => c.trustLevel === 'high',
    weights: { evaluative: 1, facilitative: 1 },
    explanation: {
      nl: 'Veel vertrouwen: partijen kunnen een inhoudelijke evaluatie of een strak proces aanvaarden.',
      en: 'High trust: the parties can accept a view on the content or a firmly steered process.',
    },
  },
  {
    factor: 'communicationBrokenDown',
    applies: (c) => c.communicationBrokenDown,
    weights: { transformative: 3, evaluative: -1 },
    explanation: {
      nl: 'De communicatie is vastgelopen: transformatieve bemiddeling benadert het conflict als een crisis in de communicatie.',
      en: 'Communication has broken down: transformative mediation treats the conflict as a crisis in communication.',
    },
  },
  {
    factor: 'communicationBrokenDown',
    applies: (c) => !c.communicationBrokenDown,
    weights: { transformative: -1 },
    explanation: {
      nl: 'Partijen praten nog goed met elkaar; de communicatie hoeft niet eerst te worden hersteld.',
      en: 'The parties still talk well; communication does not need restoring first.',
    },
  },
  {
    factor: 'partiesWantOwnership',
    applies: (c) => c.partiesWantOwnership,
    weights: { transformative: 2, facilitative: 1, evaluative: -2 },
    explanation: {
      nl: 'Partijen willen dat de uitkomst volledig van henzelf is; de bemiddelaar neemt dan geen inhoudelijke regie.',
      en: 'The parties want the outcome to be wholly theirs; the mediator then takes no content regie.',
    },
  },
  {
    factor: 'partiesWantOwnership',
    applies: (c) => !c.partiesWantOwnership,
    weights: { evaluative: 1 },
    explanation: {
      nl: 'Partijen aanvaarden dat de bemiddelaar uitkomsten beoordeelt.',
      en: 'The parties accept that the mediator evaluates outcomes.',
    },
  },
  {
    factor: 'substantiveDisagreement',
    applies: (c) => c.substantiveDisagreement,
    weights: { facilitative: 1, evaluative: 1, transformative: -1 },
    explanation: {
      nl: 'Het geschil gaat over de inhoud (ruimte, geld, regels); een gestuurd proces helpt naar een pakket toe te werken.',
      en: 'The dispute is about substance (space, money, rules); a steered process helps to work towards a package.',
    },
  },
  {
    factor: 'substantiveDisagreement',
    applies: (c) => !c.substantiveDisagreement,
    weights: { transformative: 1 },
    explanation: {
      nl: 'Het geschil gaat vooral over de verhouding, minder over de inhoud.',
      en: 'The dispute is mainly about the relationship, less about substance.',
    },
  },
]);

/** Order among styles with equal scores: the least directive first. */
const TIE_ORDER: readonly MediationStyle[] = ['facilitative', 'transformative', 'evaluative'];

/**
 * Recommends a mediation style from a dispute's characteristics, with every reason that counted:
 * each style gets a score from {@link styleRules}, and the ranking lists each style with its
 * content and process regie and its reasons for and against. Never a bare answer: the summary
 * names the reasons in Dutch and English. Equal scores favour the least directive style.
 *
 * @example
 * const r = recommendMediationStyle({ contentExpertiseWanted: false, relationshipDamaged: false, trustLevel: 'medium',
 *   communicationBrokenDown: false, partiesWantOwnership: true, substantiveDisagreement: true });
 * r.recommended; // 'facilitative'
 * @see handreiking bijlage 1, onderdeel 4 (stijlen van bemiddeling)
 */
export function recommendMediationStyle(characteristics: unknown): StyleRecommendation {
  const c = validate(DisputeCharacteristicsSchema, characteristics, { path: ['characteristics'] });
  const ranking: StyleAssessment[] = MediationStyle.values.map((style) => {
    const reasons: StyleReason[] = [];
    let score = 0;
    for (const rule of styleRules) {
      const weight = rule.weights[style];
      if (weight === undefined || weight === 0 || !rule.applies(c)) continue;
      score += weight;
      reasons.push({
        factor: rule.factor,
        effect: weight > 0 ? 'for' : 'against',
        weight: Math.abs(weight),
        explanation: rule.explanation,
      });
    }
    reasons.sort((a, b) => b.weight - a.weight);
    return { style, score, regie: { ...mediationStyleRegie[style] }, reasons };
  });
  ranking.sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.style) - TIE_ORDER.indexOf(b.style));
  const best = ranking[0] as StyleAssessment;
  const forReasons = best.reasons.filter((r) => r.effect === 'for').slice(0, 3);
  const because = (locale: 'nl' | 'en') =>
    forReasons.length > 0
      ? forReasons.map((r) => r.explanation[locale]).join(' ')
      : locale === 'nl'
        ? 'Geen kenmerk pleit sterk voor een andere stijl.'
        : 'No characteristic speaks strongly for another style.';
  const regie = mediationStyleRegie[best.style];
  const regieText = {
    nl: `inhoudelijke regie: ${regie.contentRegie === 'mediator' ? 'bemiddelaar' : 'partijen'}, procesregie: ${regie.processRegie === 'mediator' ? 'bemiddelaar' : 'partijen'}`,
    en: `content regie: ${regie.contentRegie === 'mediator' ? 'mediator' : 'parties'}, process regie: ${regie.processRegie === 'mediator' ? 'mediator' : 'parties'}`,
  };
  return {
    recommended: best.style,
    ranking,
    summary: {
      nl: `Aanbevolen: ${MediationStyle.label(best.style, 'nl').toLowerCase()} (${regieText.nl}). Redenen: ${because('nl')}`,
      en: `Recommended: ${MediationStyle.label(best.style, 'en').toLowerCase()} (${regieText.en}). Reasons: ${because('en')}`,
    },
  };
}
