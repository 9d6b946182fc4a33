// Internal: the messages of the issues that core's schemas raise in their refinements, by the part
// of core whose schemas raise them (codes raised in several parts are shared). Split so that a
// bundle holds only the messages of the schemas it uses; `coreMessages` (catalogue.ts) joins them
// with the runtime messages into core's one catalogue.
import { defineMessages } from '../primitives/errors';

/** Messages of the issues raised by the schemas in `area`. */
export const areaIssues = /* @__PURE__ */ defineMessages({
  deelgebied_outside_area: (p: { deelgebiedId: string | number; municipalityId: string | number }) => ({
    nl: `Deelgebied '${p.deelgebiedId}' ligt in gemeente '${p.municipalityId}', die niet bij het gebied hoort`,
    en: `Sub-area '${p.deelgebiedId}' lies in municipality '${p.municipalityId}', which is not part of the area`,
  }),
  gap_mismatch: (_p: Record<string, never>) => ({
    nl: 'Het gat moet gelijk zijn aan de bijdrage van het gebied min de bijdragen van lopende trajecten',
    en: 'The gap must equal the area contribution minus the contributions of running trajectories',
  }),
  interaction_repeats_opgave: (p: { opgaveId: string | number }) => ({
    nl: `Een interactie is tussen verschillende opgaven; '${p.opgaveId}' staat er twee keer in`,
    en: `An interaction is between different opgaven; '${p.opgaveId}' is listed twice`,
  }),
  ring_not_closed: (_p: Record<string, never>) => ({
    nl: 'Een ring van een vlak moet eindigen op zijn beginpunt',
    en: 'A polygon ring must end at its first position',
  }),
  wrong_party_kind: (p: { id: string | number; actual: string | number; kind: string | number }) => ({
    nl: `'${p.id}' is een ${p.actual}, geen ${p.kind}`,
    en: `'${p.id}' is a ${p.actual}, not a ${p.kind}`,
  }),
});

/** Messages of the issues raised by the schemas in `arrangement`. */
export const arrangementIssues = /* @__PURE__ */ defineMessages({
  agreed_without_signatories: (_p: Record<string, never>) => ({
    nl: 'Een overeengekomen arrangement is ondertekend door provincie en rijk',
    en: 'An agreed arrangement is signed by the province and the rijk',
  }),
  consent_from_outside_process: (p: { partyId: string | number }) => ({
    nl: `Instemming van "${p.partyId}", dat geen medeoverheid in dit gebiedsproces is`,
    en: `Consent from "${p.partyId}", which is not a co-government in this area process`,
  }),
  exchange_without_this_province: (p: { from: string | number; to: string | number; provinceId: string | number }) => ({
    nl: `Uitruil tussen "${p.from}" en "${p.to}" raakt provincie "${p.provinceId}" niet`,
    en: `Exchange between "${p.from}" and "${p.to}" does not involve province "${p.provinceId}"`,
  }),
  horizon_mismatch: (p: { horizon: string | number; horizonYear: string | number }) => ({
    nl: `De visie kijkt naar ${p.horizon}, het gebied naar ${p.horizonYear}`,
    en: `The vision looks to ${p.horizon}, the area to ${p.horizonYear}`,
  }),
  not_realistic_without_follow_up: (_p: Record<string, never>) => ({
    nl: 'Een opgave die hier niet realistisch is, noemt een uitruil met een andere provincie of het gevolg',
    en: 'An opgave that is not realistic here names an exchange with another province or the consequence',
  }),
  unknown_dispute: (p: { disputeId: string | number }) => ({
    nl: `Onbekend geschil "${p.disputeId}"`,
    en: `Unknown dispute "${p.disputeId}"`,
  }),
  unknown_exchange: (p: { id: string | number }) => ({
    nl: `Onbekende uitruil of wisselgeld "${p.id}"`,
    en: `Unknown exchange or wisselgeld "${p.id}"`,
  }),
  unknown_gebiedsproces: (p: { id: string | number }) => ({
    nl: `Gebiedsproces "${p.id}" hoort niet bij dit arrangement`,
    en: `Area process "${p.id}" is not part of this arrangement`,
  }),
  unknown_opgave: (p: { opgaveId: string | number }) => ({
    nl: `Onbekende opgave "${p.opgaveId}"`,
    en: `Unknown opgave "${p.opgaveId}"`,
  }),
  unknown_programme: (p: { investmentAgendaId: string | number }) => ({
    nl: `Investeringsagenda "${p.investmentAgendaId}" is niet het programma van dit gebiedsproces`,
    en: `Investment agenda "${p.investmentAgendaId}" is not the programme of this area process`,
  }),
  unknown_randvoorwaarde: (p: { randvoorwaardeId: string | number }) => ({
    nl: `Variant wordt getoetst aan onbekende randvoorwaarde "${p.randvoorwaardeId}"`,
    en: `Variant is screened against unknown boundary condition "${p.randvoorwaardeId}"`,
  }),
  versions_out_of_order: (_p: Record<string, never>) => ({
    nl: 'Versies staan in volgorde van datum',
    en: 'Versions are in date order',
  }),
  wrong_process: (p: { found: string | number; expected: string | number }) => ({
    nl: `Gaat over gebiedsproces "${p.found}", niet over "${p.expected}"`,
    en: `Is about area process "${p.found}", not "${p.expected}"`,
  }),
});

/** Messages of the issues raised by the schemas in `assessment`. */
export const assessmentIssues = /* @__PURE__ */ defineMessages({
  criterion_twice_in_priority_order: (p: { id: string | number }) => ({
    nl: `Criterium ${p.id} staat meer dan eens in de voorkeursvolgorde`,
    en: `Criterion ${p.id} appears more than once in the priority order`,
  }),
  duplicate_criterion: (p: { criterionId: string | number }) => ({
    nl: `Criterium "${p.criterionId}" komt dubbel voor`,
    en: `Criterion "${p.criterionId}" appears twice`,
  }),
  duplicate_score: (p: { variantId: string | number; criterionId: string | number }) => ({
    nl: `Variant ${p.variantId} heeft twee scores op criterium ${p.criterionId}`,
    en: `Variant ${p.variantId} has two scores on criterion ${p.criterionId}`,
  }),
  duplicate_variant: (p: { id: string | number }) => ({
    nl: `Variant ${p.id} komt dubbel voor`,
    en: `Variant ${p.id} appears twice`,
  }),
  effect_without_bearer: (_p: Record<string, never>) => ({
    nl: 'Een effect hoort bij een partij of een gebied',
    en: 'An effect belongs to a party or an area',
  }),
  interval_empty: (_p: Record<string, never>) => ({
    nl: 'Het interval heeft een slechtste en een beste waarde die verschillen',
    en: 'The interval needs different worst and best values',
  }),
  novi_absence_but_covered: (p: { principle: string | number }) => ({
    nl: `NOVI-principe ${p.principle} staat als afwezig vermeld maar een criterium dekt het`,
    en: `NOVI principle ${p.principle} is stated as absent but a criterion covers it`,
  }),
  pairwise_diagonal_not_one: (p: { value: string | number }) => ({
    nl: `Op de diagonaal staat ${p.value} in plaats van 1`,
    en: `The diagonal holds ${p.value} instead of 1`,
  }),
  pairwise_not_reciprocal: (p: {
    a: string | number;
    b: string | number;
    row: string | number;
    column: string | number;
  }) => ({
    nl: `De matrix is niet reciprook: ${p.a} (rij ${p.row}, kolom ${p.column}) × ${p.b} (rij ${p.column}, kolom ${p.row}) is geen 1`,
    en: `The matrix is not reciprocal: ${p.a} (row ${p.row}, column ${p.column}) × ${p.b} (row ${p.column}, column ${p.row}) is not 1`,
  }),
  pairwise_not_square: (p: { n: string | number }) => ({
    nl: `De paarsgewijze matrix moet ${p.n} bij ${p.n} zijn`,
    en: `The pairwise matrix must be ${p.n} by ${p.n}`,
  }),
  plus_minus_mapping_not_increasing: (_p: Record<string, never>) => ({
    nl: 'De vertaling van de plus-minschaal moet oplopen van -- naar ++',
    en: 'The plus–minus mapping must increase from -- to ++',
  }),
  rank_count_mismatch: (_p: Record<string, never>) => ({
    nl: 'Elke variant heeft evenveel rangacceptaties als er varianten zijn',
    en: 'Each variant has as many rank acceptabilities as there are variants',
  }),
  thresholds_out_of_order: (_p: Record<string, never>) => ({
    nl: 'De indifferentiedrempel q moet kleiner zijn dan de voorkeursdrempel p',
    en: 'The indifference threshold q must be smaller than the preference threshold p',
  }),
  weights_do_not_sum_to_one: (p: { sum: string | number; tolerance: string | number }) => ({
    nl: `De gewichten tellen op tot ${p.sum}, niet tot 1 (marge ${p.tolerance})`,
    en: `The weights sum to ${p.sum}, not to 1 (tolerance ${p.tolerance})`,
  }),
  weights_incomplete: (p: { id: string | number }) => ({
    nl: `Criterium ${p.id} heeft geen gewicht terwijl andere criteria er wel een hebben`,
    en: `Criterion ${p.id} has no weight while other criteria do`,
  }),
});

/** Messages of the issues raised by the schemas in `decisions`. */
export const decisionsIssues = /* @__PURE__ */ defineMessages({
  commitment_by_non_party: (p: { partyId: string | number }) => ({
    nl: `"${p.partyId}" heeft een taak in de afspraak maar is er geen partij bij`,
    en: `"${p.partyId}" has a task in the agreement but is not a party to it`,
  }),
  committed_without_obligation_date: (_p: Record<string, never>) => ({
    nl: 'Verplicht geld noemt de datum waarop de financiële verplichting ontstaat',
    en: 'Committed money states the date the financial obligation arises',
  }),
  consent_amended_without_changes: (_p: Record<string, never>) => ({
    nl: 'Vaststelling met wijzigingen noemt elke gewijzigde doelstelling',
    en: 'An adoption with amendments lists every changed target',
  }),
  consent_changes_without_amendment: (_p: Record<string, never>) => ({
    nl: 'Alleen een vaststelling met wijzigingen verandert doelstellingen',
    en: 'Only an adoption with amendments changes targets',
  }),
  consent_rejected_without_reason: (_p: Record<string, never>) => ({
    nl: 'Een verwerping noemt de reden',
    en: 'A rejection states its reason',
  }),
  empty_exchange: (_p: Record<string, never>) => ({
    nl: 'Wisselgeld bevat minstens één overdracht of compensatie',
    en: 'Wisselgeld holds at least one transfer or compensation',
  }),
  signatory_not_a_party: (p: { partyId: string | number }) => ({
    nl: `"${p.partyId}" ondertekent maar is geen partij bij de overeenkomst`,
    en: `"${p.partyId}" signs but is not a party to the agreement`,
  }),
  transfer_outside_exchange: (p: { areaId: string | number }) => ({
    nl: `"${p.areaId}" is geen gebiedsproces van dit wisselgeld`,
    en: `"${p.areaId}" is not an area process of this wisselgeld`,
  }),
  transfer_within_one_area: (_p: Record<string, never>) => ({
    nl: 'Een overdracht gaat tussen twee verschillende gebieden',
    en: 'A transfer goes between two different areas',
  }),
  transfer_within_one_province: (_p: Record<string, never>) => ({
    nl: 'Een uitruil gaat tussen twee verschillende provincies',
    en: 'An exchange goes between two different provinces',
  }),
});

/** Messages of the issues raised by the schemas in `mediation`. */
export const mediationIssues = /* @__PURE__ */ defineMessages({
  duplicate_layer: (p: { tableId: string | number; layerId: string | number }) => ({
    nl: `Tafel ${p.tableId} legt ${p.layerId} twee keer`,
    en: `Table ${p.tableId} lays ${p.layerId} twice`,
  }),
  duplicate_position: (p: { participantId: string | number; dilemmaId: string | number }) => ({
    nl: `${p.participantId} staat twee keer op de lijn van ${p.dilemmaId}`,
    en: `${p.participantId} stands twice on the line of ${p.dilemmaId}`,
  }),
  mediator_is_party: (p: { affiliated: string | number }) => ({
    nl: `De bemiddelaar hoort bij partij ${p.affiliated} en is dus niet onafhankelijk`,
    en: `The mediator belongs to party ${p.affiliated} and is therefore not independent`,
  }),
  missing_points: (p: { party: string | number; option: string | number }) => ({
    nl: `${p.party} geeft geen punten aan ${p.option}`,
    en: `${p.party} gives no points to ${p.option}`,
  }),
  own_party_as_other: (_p: Record<string, never>) => ({
    nl: 'De eigen partij staat bij de andere partijen',
    en: 'The own party is listed among the other parties',
  }),
  participant_not_at_table: (p: { participantId: string | number; tableId: string | number }) => ({
    nl: `${p.participantId} zat niet aan tafel ${p.tableId}`,
    en: `${p.participantId} did not sit at table ${p.tableId}`,
  }),
  points_do_not_sum_to_100: (p: { name: string | number; total: string | number }) => ({
    nl: `De punten van ${p.name} tellen op tot ${p.total}, niet tot 100`,
    en: `The points of ${p.name} sum to ${p.total}, not to 100`,
  }),
  unknown_argument: (p: { argumentId: string | number }) => ({
    nl: `Onbekend argument: ${p.argumentId}`,
    en: `Unknown argument: ${p.argumentId}`,
  }),
  unknown_dilemma: (p: { dilemmaId: string | number }) => ({
    nl: `Onbekend dilemma: ${p.dilemmaId}`,
    en: `Unknown dilemma: ${p.dilemmaId}`,
  }),
  unknown_issue: (p: { issueId: string | number }) => ({
    nl: `Onbekende kwestie "${p.issueId}"`,
    en: `Unknown issue "${p.issueId}"`,
  }),
  unknown_item: (p: { itemId: string | number }) => ({
    nl: `Onbekend onderdeel: ${p.itemId}`,
    en: `Unknown item: ${p.itemId}`,
  }),
  unknown_option: (p: { optionId: string | number; issueId: string | number }) => ({
    nl: `Onbekende optie ${p.optionId} bij kwestie ${p.issueId}`,
    en: `Unknown option ${p.optionId} for issue ${p.issueId}`,
  }),
  unknown_participant: (p: { participantId: string | number }) => ({
    nl: `Onbekende deelnemer: ${p.participantId}`,
    en: `Unknown participant: ${p.participantId}`,
  }),
});

/** Messages of the issues raised by the schemas in `parties`. */
export const partiesIssues = /* @__PURE__ */ defineMessages({
  body_kind_not_for_party: (p: { partyKind: string | number; bodyKind: string | number }) => ({
    nl: `Een ${p.partyKind} heeft geen orgaan van het soort '${p.bodyKind}'`,
    en: `A ${p.partyKind} has no body of kind '${p.bodyKind}'`,
  }),
  chair_not_member: (p: { chair: string | number; of: string | number }) => ({
    nl: `De voorzitter "${p.chair}" is geen lid van "${p.of}"`,
    en: `The chair "${p.chair}" is not a member of "${p.of}"`,
  }),
  cross_province_needs_two_provinces: (_p: Record<string, never>) => ({
    nl: 'Interprovinciale afstemming vraagt ten minste twee provincies als lid',
    en: 'Cross-province coordination needs at least two provinces as members',
  }),
  duplicate_member: (p: { partyId: string | number }) => ({
    nl: `Partij '${p.partyId}' staat twee keer bij de leden`,
    en: `Party '${p.partyId}' is listed twice as a member`,
  }),
  lead_not_province: (p: { leadProvinceId: string | number }) => ({
    nl: `De trekker '${p.leadProvinceId}' van de interprovinciale afstemming moet een provincie zijn`,
    en: `The lead '${p.leadProvinceId}' of cross-province coordination must be a province`,
  }),
  lead_province_not_member: (p: { leadProvinceId: string | number }) => ({
    nl: `De trekkende provincie '${p.leadProvinceId}' is geen lid van de afstemming`,
    en: `The lead province '${p.leadProvinceId}' is not a member of the coordination`,
  }),
  mandate_not_from_participant: (p: { partyId: string | number }) => ({
    nl: `Het tekenmandaat komt van '${p.partyId}', die geen deelnemer is`,
    en: `The signing mandate comes from '${p.partyId}', who is not a participant`,
  }),
  ministry_not_part_of_rijk: (p: { id: string | number }) => ({
    nl: `Ministerie '${p.id}' moet verwijzen naar een partij van het soort rijk`,
    en: `Ministry '${p.id}' must refer to a party of kind rijk`,
  }),
  participant_not_government: (p: { partyId: string | number }) => ({
    nl: `Deelnemer '${p.partyId}' van een samenwerkingsverband moet een overheid zijn`,
    en: `Participant '${p.partyId}' of a regional partnership must be a government`,
  }),
  person_not_of_party: (p: { personId: string | number; partyId: string | number }) => ({
    nl: `Persoon '${p.personId}' hoort niet bij partij '${p.partyId}'`,
    en: `Person '${p.personId}' does not act for party '${p.partyId}'`,
  }),
  platform_member_not_elected: (_p: Record<string, never>) => ({
    nl: 'Een lid van het platform van volksvertegenwoordigers komt uit een gekozen orgaan (raad, Staten, algemeen bestuur)',
    en: 'A member of the platform of elected representatives comes from an elected body (council, Staten, general board)',
  }),
  structure_parent_cycle: (p: { structureId: string | number }) => ({
    nl: `Structuur "${p.structureId}" ligt (indirect) in zichzelf`,
    en: `Structure "${p.structureId}" is (indirectly) nested in itself`,
  }),
  table_without_government: (p: { name: string | number }) => ({
    nl: `Aan de integrale gebiedstafel '${p.name}' zit geen enkele overheid (rijk, provincie, gemeente of waterschap); een samenwerkingsverband telt niet als overheidslaag`,
    en: `The integrated area table '${p.name}' has no government member (rijk, province, municipality or water authority); a regional partnership is not a government layer`,
  }),
});

/** Messages of the issues raised by the schemas in `primitives`. */
export const primitivesIssues = /* @__PURE__ */ defineMessages({
  reserved_key: (_p: Record<string, never>) => ({
    nl: 'Gereserveerde naam: __proto__, constructor en prototype zijn niet toegestaan',
    en: 'Reserved name: __proto__, constructor and prototype are not allowed',
  }),
  unsafe_integer: (_p: Record<string, never>) => ({
    nl: 'Een bedrag is een veilig geheel aantal centen',
    en: 'An amount is a safe whole number of cents',
  }),
});

/** Messages of the issues raised by the schemas in `process`. */
export const processIssues = /* @__PURE__ */ defineMessages({
  duplicate_step_id: (p: { id: string | number }) => ({
    nl: `Stap-id ${p.id} komt twee keer voor`,
    en: `Step id ${p.id} occurs twice`,
  }),
  interventions_out_of_order: (_p: Record<string, never>) => ({
    nl: 'Ingrijpen door de provincie komt vóór het besluit van het rijk, elk ten hoogste één keer',
    en: 'The province intervening comes before the rijk deciding, each at most once',
  }),
  reserved_step_id: (p: { id: string | number }) => ({
    nl: `Stap-id ${p.id} is gereserveerd voor de procesmachine`,
    en: `Step id ${p.id} is reserved by the process machine`,
  }),
});

/** Messages of the issues raised by the schemas in `programme`. */
export const programmeIssues = /* @__PURE__ */ defineMessages({
  brede_welvaart_without_theme: (_p: Record<string, never>) => ({
    nl: 'Een indicator voor brede welvaart noemt het thema',
    en: 'A brede welvaart indicator names its theme',
  }),
  duplicate_government: (p: { partyId: string | number }) => ({
    nl: `"${p.partyId}" wordt twee keer beoordeeld`,
    en: `"${p.partyId}" is judged twice`,
  }),
  funding_outside_agenda: (p: {
    year: string | number;
    agendaFromYear: string | number;
    agendaUntilYear: string | number;
  }) => ({
    nl: `Financiering in ${p.year} valt buiten de investeringsagenda ${p.agendaFromYear}–${p.agendaUntilYear}`,
    en: `Funding in ${p.year} falls outside the investment agenda ${p.agendaFromYear}–${p.agendaUntilYear}`,
  }),
  major_change_without_decision: (_p: Record<string, never>) => ({
    nl: 'Een grote wijziging noemt het besluit dat haar goedkeurde',
    en: 'A major change names the decision that approved it',
  }),
  unknown_funding_source: (p: { sourceId: string | number }) => ({
    nl: `Onbekende financieringsbron "${p.sourceId}"`,
    en: `Unknown funding source "${p.sourceId}"`,
  }),
  verdict_without_conditions: (_p: Record<string, never>) => ({
    nl: 'Een oordeel anders dan "voldoende" noemt de voorwaarden of wat ontbreekt',
    en: 'A verdict other than "sufficient" names the conditions or what is missing',
  }),
});

/** Messages of the issues raised by the schemas in `records`. */
export const recordsIssues = /* @__PURE__ */ defineMessages({
  escalation_level_unfinished: (_p: Record<string, never>) => ({
    nl: 'Een eerder escalatieniveau eindigt zonder overeenstemming voordat een volgend niveau begint',
    en: 'An earlier escalation level ends without agreement before a next level starts',
  }),
  escalation_out_of_order: (_p: Record<string, never>) => ({
    nl: 'Escalatieniveaus volgen elkaar in de tijd op en beginnen niet vóór het melden van het knelpunt',
    en: 'Escalation levels follow each other in time and do not start before the knelpunt was raised',
  }),
  ijkmoment_held_without_date: (_p: Record<string, never>) => ({
    nl: 'Een gehouden ijkmoment heeft een datum (heldOn)',
    en: 'A held ijkmoment has a date (heldOn)',
  }),
  ijkmoment_held_without_outcome: (_p: Record<string, never>) => ({
    nl: 'Een gehouden ijkmoment legt minstens één uitkomst vast (doorgaan, bijsturen, herijken, escaleren)',
    en: 'A held ijkmoment records at least one outcome (continue, adjust, recalibrate, escalate)',
  }),
  ijkmoment_outcome_before_held: (_p: Record<string, never>) => ({
    nl: 'Een ijkmoment dat niet is gehouden heeft geen uitkomsten en geen datum van houden',
    en: 'An ijkmoment that was not held has no outcomes and no held date',
  }),
  intervener_is_party: (p: { partyId: string | number }) => ({
    nl: `"${p.partyId}" is partij bij dit knelpunt en kan daarom niet ingrijpen of bemiddelen`,
    en: `"${p.partyId}" is a party to this knelpunt and so cannot intervene or mediate`,
  }),
  knelpunt_status_mismatch: (p: { statusNl: string | number; statusEn: string | number }) => ({
    nl: `Status "${p.statusNl}" past niet bij de escalatiegeschiedenis`,
    en: `Status "${p.statusEn}" does not match the escalation history`,
  }),
  unknown_agenda_item: (p: { agendaItemId: string | number }) => ({
    nl: `Uitkomst verwijst naar agendapunt "${p.agendaItemId}" dat niet op de agenda staat`,
    en: `Outcome refers to agenda item "${p.agendaItemId}" that is not on the agenda`,
  }),
});

/** Messages of the issues raised by the schemas in `risk`. */
export const riskIssues = /* @__PURE__ */ defineMessages({
  amount_not_in_cents: (_p: Record<string, never>) => ({
    nl: 'Bedragen zijn hele eurocenten',
    en: 'Amounts are whole euro cents',
  }),
  class_outside_scale: (p: { cls: string | number; max: string | number }) => ({
    nl: `Klasse ${p.cls} bestaat niet (schaal 1..${p.max})`,
    en: `Class ${p.cls} does not exist (scale 1..${p.max})`,
  }),
  min_above_max: (p: { min: string | number; max: string | number }) => ({
    nl: `Minimum ${p.min} ligt boven maximum ${p.max}`,
    en: `Minimum ${p.min} is above maximum ${p.max}`,
  }),
  mode_outside_range: (p: { mode: string | number; min: string | number; max: string | number }) => ({
    nl: `De meest waarschijnlijke waarde ${p.mode} ligt buiten ${p.min}..${p.max}`,
    en: `The most likely value ${p.mode} is outside ${p.min}..${p.max}`,
  }),
  no_control_aspects: (_p: Record<string, never>) => ({
    nl: 'Een GOKIT-blad heeft ten minste één beheersaspect',
    en: 'A GOKIT sheet has at least one control aspect',
  }),
  no_impact_aspect: (_p: Record<string, never>) => ({
    nl: 'Een risico heeft impact op ten minste één beheersaspect',
    en: 'A risk has an impact on at least one control aspect',
  }),
  scale_classes_not_consecutive: (p: { expected: string | number }) => ({
    nl: `Klassen zijn genummerd 1..n op volgorde; verwacht ${p.expected}`,
    en: `Classes are numbered 1..n in order; expected ${p.expected}`,
  }),
  score_bands_not_contiguous: (p: { max: string | number; at: string | number }) => ({
    nl: `Scorebanden dekken 1..${p.max} niet aaneengesloten (eerste afwijking bij ${p.at})`,
    en: `Score bands do not cover 1..${p.max} without gaps (first deviation at ${p.at})`,
  }),
  unit_does_not_fit_aspect: (_p: Record<string, never>) => ({
    nl: 'Geld wordt geraamd in eurocenten, tijd in dagen',
    en: 'Money is estimated in euro cents, time in days',
  }),
});

/** Messages of the issues raised by the schemas in `shared` (and in several parts). */
export const sharedIssues = /* @__PURE__ */ defineMessages({
  agreed_without_date: (_p: Record<string, never>) => ({
    nl: 'Wat is overeengekomen, heeft een datum',
    en: 'What has been agreed has a date',
  }),
  body_not_of_party: (p: { bodyId: string | number; partyId: string | number }) => ({
    nl: `Orgaan "${p.bodyId}" hoort niet bij partij "${p.partyId}"`,
    en: `Body "${p.bodyId}" does not belong to party "${p.partyId}"`,
  }),
  duplicate_id: (p: { id: string | number; list?: string }) => ({
    nl: `Id "${p.id}" komt meer dan eens voor${p.list === undefined ? '' : ` in ${p.list}`}`,
    en: `Id "${p.id}" occurs more than once${p.list === undefined ? '' : ` in ${p.list}`}`,
  }),
  ends_before_start: (p: {
    whatNl: string | number;
    whatEn: string | number;
    from?: string | number;
    to?: string | number;
  }) => ({
    nl: `${p.whatNl} eindigt${p.to === undefined ? '' : ` (${p.to})`} vóór het begin${p.from === undefined ? '' : ` (${p.from})`}`,
    en: `${p.whatEn} ends${p.to === undefined ? '' : ` (${p.to})`} before it starts${p.from === undefined ? '' : ` (${p.from})`}`,
  }),
  per_province_not_province_level: (_p: Record<string, never>) => ({
    nl: 'Alleen op het niveau waarop de provincie ingrijpt (route province_intervenes) kan per provincie een ingrijper staan',
    en: 'Only the level where the province intervenes (route province_intervenes) can name an intervener per province',
  }),
  substitute_is_same_party: (_p: Record<string, never>) => ({
    nl: 'Wie ingrijpt is geen partij bij het knelpunt: de vervanger moet een andere partij zijn',
    en: 'Whoever intervenes is not a party to the knelpunt: the substitute must be another party',
  }),
  unknown_criterion: (p: { criterionId: string | number }) => ({
    nl: `Onbekend criterium "${p.criterionId}"`,
    en: `Unknown criterion "${p.criterionId}"`,
  }),
  unknown_goal: (p: { goalId: string | number }) => ({
    nl: `Onbekend visiedoel "${p.goalId}"`,
    en: `Unknown vision goal "${p.goalId}"`,
  }),
  unknown_party: (p: { partyId: string | number }) => ({
    nl: `Onbekende partij "${p.partyId}"`,
    en: `Unknown party "${p.partyId}"`,
  }),
  unknown_reference: (p: { id: string | number; whatNl: string | number; whatEn: string | number }) => ({
    nl: `Onbekende verwijzing "${p.id}": geen ${p.whatNl} met deze id`,
    en: `Unknown reference "${p.id}": no ${p.whatEn} with this id`,
  }),
  unknown_variant: (p: { variantId: string | number }) => ({
    nl: `Onbekende variant "${p.variantId}"`,
    en: `Unknown variant "${p.variantId}"`,
  }),
  wrong_area: (p: { found: string | number; expected: string | number }) => ({
    nl: `Gaat over gebied "${p.found}", niet over "${p.expected}"`,
    en: `Is about area "${p.found}", not "${p.expected}"`,
  }),
});

/** Messages of the issues raised by the schemas in `startnotitie`. */
export const startnotitieIssues = /* @__PURE__ */ defineMessages({
  party_in_two_provinces: (p: { partyId: string | number }) => ({
    nl: `Partij "${p.partyId}" hoort bij het deel van één provincie, maar staat bij twee provincies`,
    en: `Party "${p.partyId}" belongs to the part of one province but is listed under two provinces`,
  }),
  duplicate_party_agreement: (p: { partyId: string | number }) => ({
    nl: `Voor partij '${p.partyId}' staan twee afspraken; voeg ze samen`,
    en: `Party '${p.partyId}' has two agreements; merge them`,
  }),
  duplicate_term: (p: { term: string | number }) => ({
    nl: `De term '${p.term}' staat twee keer in de begrippenlijst`,
    en: `The term '${p.term}' is in the glossary twice`,
  }),
  escalation_order_not_ascending: (_p: Record<string, never>) => ({
    nl: 'De niveaus van het escalatiemodel staan in oplopende volgorde',
    en: 'The levels of the escalation model are in ascending order',
  }),
  final_level_must_decide: (_p: Record<string, never>) => ({
    nl: 'Op het laatste niveau wordt de knoop doorgehakt (actie: besluiten)',
    en: 'At the final level a decision is taken (action: besluiten)',
  }),
  final_level_not_last: (_p: Record<string, never>) => ({
    nl: 'Het laatste niveau moet hoger liggen dan alle andere niveaus',
    en: 'The final level must come after every other level',
  }),
  government_without_agreement: (p: { name: string }) => ({
    nl: `'${p.name}' zit aan de gebiedstafel maar heeft geen afspraken over rollen, taken en verantwoordelijkheden`,
    en: `'${p.name}' sits at the area table but has no agreement on roles, tasks and responsibilities`,
  }),
});

/** Messages of the issues raised by the schemas in `steps`. */
export const stepsIssues = /* @__PURE__ */ defineMessages({
  adoption_before_draft: (_p: Record<string, never>) => ({
    nl: 'Vaststelling is gepland vóór het ontwerp',
    en: 'Adoption is planned before the draft',
  }),
  choice_departs_without_motivation: (p: { recommended: string | number }) => ({
    nl: `De keuze wijkt af van de aanbevolen variant "${p.recommended}" en moet dat motiveren`,
    en: `The choice departs from the recommended variant "${p.recommended}" and must say why`,
  }),
  milestone_after_horizon: (p: { year: string | number; horizonYear: string | number }) => ({
    nl: `Mijlpaal ${p.year} ligt na het horizonjaar ${p.horizonYear}`,
    en: `Milestone ${p.year} lies after the horizon year ${p.horizonYear}`,
  }),
});
