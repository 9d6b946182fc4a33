// De drie ontwikkelvarianten van het fictieve Gebied Lindewaard (zie SCENARIO.md): afwegingskader,
// randvoorwaarden, varianten met ruimteclaims, scores en effecten, als één invoerdocument.
import type { AssessmentInput, Criterion, Score } from '@gebiedsgericht/core';

const label = (nl: string, en = nl) => ({ nl, en });

const ref = (nl: string, en: string, value?: number) => ({
  description: label(nl, en),
  ...(value !== undefined ? { value } : {}),
  year: 2025,
});

export const criteria: Criterion[] = [
  {
    id: 'woningen',
    name: label('Woningen gerealiseerd in 2035', 'Homes realised by 2035'),
    indicator: label('Aantal opgeleverde woningen tot en met 2035', 'Number of homes completed up to 2035'),
    unit: 'woningen',
    method: label('Optelling van de woningbouwprojecten per variant', 'Sum of the housing projects per variant'),
    source: 'Woningbouwprogrammering Provincie Zuidmark',
    referenceSituation: ref(
      'Geen extra woningen (autonome ontwikkeling)',
      'No extra homes (autonomous development)',
      0,
    ),
    direction: 'benefit',
    scale: 'quantitative',
    weight: 0.25,
    priorityRank: 1,
    noviPrinciples: [],
  },
  {
    id: 'waterberging',
    name: label('Waterberging', 'Water storage'),
    indicator: label('Hectare waterberging in het Lindtdal', 'Hectares of water storage in the Lindt brook valley'),
    unit: 'ha',
    method: label('GIS-analyse van het variantontwerp', 'GIS analysis of the variant design'),
    source: 'Waterschap Aa en Lindt',
    referenceSituation: ref('Huidige berging', 'Current storage', 0),
    direction: 'benefit',
    scale: 'quantitative',
    weight: 0.2,
    priorityRank: 1,
    noviPrinciples: ['noShiftToFutureGenerations'],
  },
  {
    id: 'stikstof',
    name: label('Stikstofreductie', 'Nitrogen reduction'),
    indicator: label('Afname depositie op Lindtse Broek', 'Decrease of deposition on Lindtse Broek'),
    unit: 'mol N/ha/jr',
    method: label('AERIUS-berekening', 'AERIUS calculation'),
    source: 'Omgevingsdienst Zuidmark',
    referenceSituation: ref('Depositie 2025', 'Deposition 2025', 0),
    direction: 'benefit',
    scale: 'quantitative',
    weight: 0.15,
    priorityRank: 2,
    noviPrinciples: ['noShiftToAreas'],
  },
  {
    id: 'landschap',
    name: label('Landschap en erfgoed', 'Landscape and heritage'),
    indicator: label('Kwaliteit van het landgoederenlandschap', 'Quality of the estate landscape'),
    unit: 'plus-min',
    method: label('Expertoordeel landschapsarchitect', 'Expert judgement landscape architect'),
    source: 'Atelier Lindewaard',
    referenceSituation: ref('Huidig landschap', 'Current landscape'),
    direction: 'benefit',
    scale: 'plusMinus',
    weight: 0.1,
    priorityRank: 3,
    noviPrinciples: ['areaCharacteristics'],
  },
  {
    id: 'kosten',
    name: label('Kosten voor de overheid', 'Cost to government'),
    indicator: label('Netto overheidsbijdrage', 'Net government contribution'),
    unit: 'mln EUR',
    method: label('SSK-raming', 'SSK estimate'),
    source: 'Provincie Zuidmark',
    referenceSituation: ref('Geen investering', 'No investment', 0),
    direction: 'cost',
    scale: 'quantitative',
    weight: 0.1,
    priorityRank: 2,
    noviPrinciples: [],
  },
  {
    id: 'draagvlak',
    name: label('Draagvlak in het gebied', 'Support in the area'),
    indicator: label('Oordeel uit de participatieronde', 'Judgement from the participation round'),
    unit: 'plus-min',
    method: label('Dorpsavonden en enquête', 'Village evenings and survey'),
    source: 'Dorpsraden Lindewaard',
    referenceSituation: ref('Huidige situatie', 'Current situation'),
    direction: 'benefit',
    scale: 'plusMinus',
    weight: 0.1,
    priorityRank: 3,
    noviPrinciples: [],
  },
  {
    id: 'meervoudig',
    name: label('Meervoudig ruimtegebruik', 'Multiple use of space'),
    indicator: label('Hectare met twee of meer functies', 'Hectares with two or more functions'),
    unit: 'ha',
    method: label('Overlap van de ruimteclaims', 'Overlap of the spatial claims'),
    source: 'Ontwerpatelier Lindewaard',
    referenceSituation: ref('Huidige situatie', 'Current situation', 0),
    direction: 'benefit',
    scale: 'quantitative',
    weight: 0.1,
    priorityRank: 2,
    noviPrinciples: ['multipleUse'],
  },
];

const q = (value: number, unit: string) => ({
  scale: 'quantitative' as const,
  value,
  unit,
  basis: 'absolute' as const,
});
const pm = (value: '--' | '-' | '0' | '+' | '++') => ({ scale: 'plusMinus' as const, value });

function scoresOf(
  variantId: string,
  v: {
    woningen: number;
    water: number;
    stikstof: number;
    landschap: '--' | '-' | '0' | '+' | '++';
    kosten: number;
    draagvlak: '--' | '-' | '0' | '+' | '++';
    meervoudig: number;
  },
): Score[] {
  return [
    {
      variantId,
      criterionId: 'woningen',
      value: q(v.woningen, 'woningen'),
      uncertainty: { kind: 'interval', low: v.woningen - 300, high: v.woningen + 200 },
    },
    { variantId, criterionId: 'waterberging', value: q(v.water, 'ha') },
    {
      variantId,
      criterionId: 'stikstof',
      value: q(v.stikstof, 'mol N/ha/jr'),
      uncertainty: { kind: 'normal', sd: 25 },
    },
    { variantId, criterionId: 'landschap', value: pm(v.landschap) },
    {
      variantId,
      criterionId: 'kosten',
      value: q(v.kosten, 'mln EUR'),
      uncertainty: { kind: 'triangular', low: v.kosten - 20, high: v.kosten + 60 },
    },
    { variantId, criterionId: 'draagvlak', value: pm(v.draagvlak) },
    { variantId, criterionId: 'meervoudig', value: q(v.meervoudig, 'ha') },
  ];
}

const scoresC = scoresOf('variant-c', {
  woningen: 3400,
  water: 190,
  stikstof: 260,
  landschap: '+',
  kosten: 340,
  draagvlak: '-',
  meervoudig: 60,
}).map(
  (s): Score =>
    s.criterionId === 'landschap'
      ? { ...s, mitigated: { value: pm('++'), mitigationIds: ['m-inpassing'] } }
      : s.criterionId === 'draagvlak'
        ? { ...s, uncertainty: { kind: 'plusMinusInterval', low: '--', high: '0' } }
        : s,
);

// WGS 84 rectangles near the fictional Lindewaard: water 1.0 km × 1.9 km, solar 0.9 km × 1.0 km, overlapping 0.6 km × 1.0 km.
const lonKm = 1 / (111.32 * Math.cos((51.7 * Math.PI) / 180));
const latKm = 1 / 111.2;
const rect = (lon0: number, lat0: number, wKm: number, hKm: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon0, lat0],
      [lon0 + wKm * lonKm, lat0],
      [lon0 + wKm * lonKm, lat0 + hKm * latKm],
      [lon0, lat0 + hKm * latKm],
      [lon0, lat0],
    ] as [number, number][],
  ],
});

export function lindewaardInput(): AssessmentInput {
  return {
    kind: 'assessmentInput',
    schemaVersion: 1,
    id: 'lindewaard-afweging',
    afwegingskader: {
      kind: 'afwegingskader',
      schemaVersion: 1,
      id: 'lindewaard-afwegingskader',
      title: label('Afwegingskader Lindewaard', 'Assessment framework Lindewaard'),
      processId: 'gebiedsproces-lindewaard',
      agreedOn: '2026-11-12',
      criteria,
      priorityOrders: [
        {
          id: 'water-sturend',
          name: label('Water en bodem sturend', 'Water and soil lead'),
          source: label('NOVI-voorkeursvolgorde', 'NOVI priority order'),
          levels: [['waterberging'], ['woningen', 'stikstof']],
          use: 'beforeWeights',
          indifference: 0.1,
        },
      ],
      noviAbsences: [
        {
          principle: 'noShiftToSectors',
          motivation: label(
            'Effecten op de landbouw staan in de verdeling van effecten, niet als criterium',
            'Effects on farming are in the distribution of effects, not a criterion',
          ),
        },
      ],
    },
    randvoorwaarden: [
      {
        id: 'rv-waterberging',
        name: label('Minstens 150 ha waterberging', 'At least 150 ha of water storage'),
        source: 'Waterschap Aa en Lindt',
        rule: { kind: 'minimum', criterionId: 'waterberging', value: 150 },
      },
      {
        id: 'rv-woningen',
        name: label('Minstens 3.200 woningen (rijksdeel)', 'At least 3,200 homes (national share)'),
        rule: { kind: 'minimum', criterionId: 'woningen', value: 3200 },
      },
      {
        id: 'rv-ruimte',
        name: label('Alles past in het gebied', 'Everything fits in the area'),
        rule: { kind: 'spatialFit' },
      },
    ],
    variants: [
      {
        id: 'variant-a',
        name: label('Compacte kernen', 'Compact towns'),
        claims: [
          { id: 'a-wonen', opgaveId: 'wonen', hectares: 120 },
          { id: 'a-water', opgaveId: 'water', hectares: 150 },
          { id: 'a-zon', opgaveId: 'energie', hectares: 90, overlaps: [{ claimId: 'a-water', hectares: 20 }] },
        ],
        costs: [
          {
            id: 'a-k',
            description: label('Binnenstedelijke herstructurering', 'Inner-city restructuring'),
            amountCents: 31_000_000_000,
            bearerPartyId: 'provincie-zuidmark',
          },
        ],
      },
      {
        id: 'variant-b',
        name: label('Groeiende dorpen', 'Growing villages'),
        claims: [
          { id: 'b-wonen', opgaveId: 'wonen', hectares: 200, overlaps: [{ claimId: 'b-water', hectares: 30 }] },
          { id: 'b-water', opgaveId: 'water', hectares: 90 },
          { id: 'b-zon', opgaveId: 'energie', hectares: 90 },
        ],
      },
      {
        id: 'variant-c',
        name: label('Water als drager', 'Water as the backbone'),
        claims: [
          { id: 'c-wonen', opgaveId: 'wonen', hectares: 140 },
          { id: 'c-water', opgaveId: 'water', hectares: 190, geometry: rect(5.6, 51.7, 1.0, 1.9) },
          {
            id: 'c-zon',
            opgaveId: 'energie',
            hectares: 90,
            geometry: rect(5.6 + 0.4 * lonKm, 51.7 + 0.9 * latKm, 0.9, 1.0),
          },
        ],
        mitigations: [
          {
            id: 'm-inpassing',
            description: label(
              'Landschappelijke inpassing van de zonnevelden',
              'Landscape integration of the solar fields',
            ),
            criterionIds: ['landschap'],
          },
        ],
      },
    ],
    scores: [
      ...scoresOf('variant-a', {
        woningen: 3600,
        water: 150,
        stikstof: 220,
        landschap: '+',
        kosten: 310,
        draagvlak: '0',
        meervoudig: 20,
      }),
      ...scoresOf('variant-b', {
        woningen: 4000,
        water: 90,
        stikstof: 180,
        landschap: '-',
        kosten: 260,
        draagvlak: '+',
        meervoudig: 0,
      }),
      ...scoresC,
    ],
    method: { method: 'weightedSum' },
    normalisation: 'minMax',
    space: {
      availableHectares: 520,
      interactions: [
        {
          opgaveIds: ['energie', 'water'],
          kind: 'combinable',
          description: label('Zon op bergingsgebied', 'Solar on storage areas'),
        },
        {
          opgaveIds: ['wonen', 'water'],
          kind: 'conflicting',
          description: label('Wonen in het beekdal', 'Housing in the brook valley'),
        },
      ],
    },
    effects: [
      {
        id: 'e-a-lto',
        variantId: 'variant-a',
        partyId: 'lto-lindewaard',
        strength: '-',
        description: label('Grondverlies voor zon', 'Land lost to solar'),
      },
      {
        id: 'e-a-ws',
        variantId: 'variant-a',
        partyId: 'waterschap-aa-en-lindt',
        strength: '+',
        criterionId: 'waterberging',
        description: label('Berging gerealiseerd', 'Storage realised'),
      },
      {
        id: 'e-b-ws',
        variantId: 'variant-b',
        partyId: 'waterschap-aa-en-lindt',
        strength: '--',
        criterionId: 'waterberging',
        description: label('Beekdal deels bebouwd', 'Valley partly built'),
      },
      {
        id: 'e-b-beekdal',
        variantId: 'variant-b',
        partyId: 'gemeente-beekdal',
        strength: '++',
        description: label('Dorpsuitbreiding', 'Village growth'),
      },
      {
        id: 'e-c-ws',
        variantId: 'variant-c',
        partyId: 'waterschap-aa-en-lindt',
        strength: '++',
        criterionId: 'waterberging',
        description: label('Watersysteem leidend', 'Water system leads'),
      },
      {
        id: 'e-c-hoeverveen',
        variantId: 'variant-c',
        partyId: 'dorpsraad-hoeverveen',
        areaId: 'hoeverveen',
        strength: '--',
        description: label('Windturbines bij het dorp', 'Wind turbines near the village'),
      },
      {
        id: 'e-c-lto',
        variantId: 'variant-c',
        partyId: 'lto-lindewaard',
        strength: '+',
        amountCents: 150_000_000,
        description: label('Vergoeding voor berging op landbouwgrond', 'Compensation for storage on farmland'),
      },
    ],
    sweepSteps: 11,
  };
}
