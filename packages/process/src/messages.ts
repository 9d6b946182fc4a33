import { defineMessages } from '@gebiedsgericht/core';

/** Error messages of `@gebiedsgericht/process`, in Dutch and English, by stable code. */
export const processMessages = defineMessages({
  invalid_argument: (p: { name: string }) => ({
    nl: `Ongeldige waarde voor ${p.name}`,
    en: `Invalid value for ${p.name}`,
  }),
  // ── the area process machine, gates, change rules, persistence ──────────────────────────────
  invalid_input: (p: { detailNl: string; detailEn: string }) => ({
    nl: `Ongeldige gebeurtenis: ${p.detailNl}`,
    en: `Invalid event: ${p.detailEn}`,
  }),
  invalid_union: (p: { expected: string }) => ({
    nl: `Onbekend gebeurtenistype; verwacht een van: ${p.expected}`,
    en: `Unknown event type; expected one of: ${p.expected}`,
  }),
  event_not_allowed: (p: { event: string; state: string }) => ({
    nl: `Gebeurtenis ${p.event} is niet toegestaan als het proces in ${p.state} staat`,
    en: `Event ${p.event} is not allowed while the process is in ${p.state}`,
  }),
  not_current_step: (p: { stepId: string; current: string }) => ({
    nl: `Stap ${p.stepId} is niet de lopende stap (dat is ${p.current})`,
    en: `Step ${p.stepId} is not the current step (that is ${p.current})`,
  }),
  unknown_step: (p: { stepId: string }) => ({
    nl: `Het stappensjabloon kent geen stap ${p.stepId}`,
    en: `The step template has no step ${p.stepId}`,
  }),
  unknown_document_type: (p: { documentType: string }) => ({
    nl: `Documenttype ${p.documentType} is niet geregistreerd`,
    en: `Document type ${p.documentType} is not registered`,
  }),
  invalid_document: (p: { documentType: string; detail: string }) => ({
    nl: `Het document voldoet niet aan ${p.documentType}: ${p.detail}`,
    en: `The document does not conform to ${p.documentType}: ${p.detail}`,
  }),
  missing_deliverable: (p: { stepId: string; documentType: string }) => ({
    nl: `Stap ${p.stepId} kan niet sluiten zonder product (${p.documentType})`,
    en: `Step ${p.stepId} cannot close without its deliverable (${p.documentType})`,
  }),
  missing_assessment: (p: { stepId: string; documentType: string }) => ({
    nl: `Stap ${p.stepId} kan niet sluiten zonder afweging (${p.documentType})`,
    en: `Step ${p.stepId} cannot close without the assessment (${p.documentType})`,
  }),
  no_assessment_in_step: (p: { stepId: string }) => ({
    nl: `In stap ${p.stepId} wordt geen afweging vastgelegd`,
    en: `Step ${p.stepId} records no assessment`,
  }),
  choice_deviation_without_motivation: (p: { chosen: string; best: string }) => ({
    nl: `De keuze voor ${p.chosen} wijkt af van de best gerangschikte variant ${p.best}: motiveer dat expliciet (deviationMotivation)`,
    en: `Choosing ${p.chosen} departs from the best-ranked variant ${p.best}: give an explicit motivation (deviationMotivation)`,
  }),
  missing_consent: (p: { stepId: string; parties: string }) => ({
    nl: `Stap ${p.stepId} mist de instemming van: ${p.parties}`,
    en: `Step ${p.stepId} lacks the consent of: ${p.parties}`,
  }),
  not_a_medeoverheid: (p: { partyId: string }) => ({
    nl: `${p.partyId} is geen medeoverheid van dit gebiedsproces`,
    en: `${p.partyId} is not a co-government of this area process`,
  }),
  reopen_not_allowed: (p: { stepId: string; why: string }) => ({
    nl: `Stap ${p.stepId} mag niet worden heropend: ${p.why}`,
    en: `Step ${p.stepId} may not be reopened: ${p.why}`,
  }),
  missing_approval: (p: { parties: string }) => ({
    nl: `De wijzigingsregels vragen ook de goedkeuring van: ${p.parties}`,
    en: `The change rules also require the approval of: ${p.parties}`,
  }),
  missing_motivation: (p: { event: string }) => ({
    nl: `${p.event} vraagt een motivering`,
    en: `${p.event} needs a motivation`,
  }),
  framework_extension_not_allowed: (p: { id: string }) => ({
    nl: `De startnotitie staat niet toe dat later een criterium of norm wordt toegevoegd (${p.id})`,
    en: `The startnotitie does not allow adding a criterion or norm later (${p.id})`,
  }),
  duplicate_id: (p: { kind: string; id: string }) => ({
    nl: `${p.kind} ${p.id} bestaat al`,
    en: `${p.kind} ${p.id} already exists`,
  }),
  unknown_agreement: (p: { agreementId: string }) => ({
    nl: `Afspraak ${p.agreementId} is onbekend`,
    en: `Agreement ${p.agreementId} is unknown`,
  }),
  agreement_already_fulfilled: (p: { agreementId: string }) => ({
    nl: `Afspraak ${p.agreementId} is al nagekomen`,
    en: `Agreement ${p.agreementId} has already been fulfilled`,
  }),
  snapshot_inconsistent: (p: { detail: string }) => ({
    nl: `De snapshot is niet consistent: ${p.detail}`,
    en: `The snapshot is inconsistent: ${p.detail}`,
  }),
  snapshot_version_unsupported: (p: { version: string }) => ({
    nl: `Snapshotversie ${p.version} wordt niet ondersteund en kan niet worden gemigreerd`,
    en: `Snapshot version ${p.version} is not supported and cannot be migrated`,
  }),
  replay_event_rejected: (p: { seq: number; code: string }) => ({
    nl: `Herafspelen mislukt bij regel ${p.seq} van het logboek (${p.code})`,
    en: `Replay failed at entry ${p.seq} of the log (${p.code})`,
  }),
  // ── ijkmomenten, knelpunten, regimes, monitoring, tracks ────────────────────────────────────
  ends_before_start: (p: { whatNl: string; whatEn: string; from: string; to: string }) => ({
    nl: `${p.whatNl} eindigt (${p.to}) vóór het begin (${p.from})`,
    en: `${p.whatEn} ends (${p.to}) before it starts (${p.from})`,
  }),
  ijkmoment_agenda_item_without_outcome: (p: { knelpuntId: string }) => ({
    nl: `Knelpunt ${p.knelpuntId} staat op de agenda maar heeft geen uitkomst`,
    en: `Knelpunt ${p.knelpuntId} is on the agenda but has no outcome`,
  }),
  ijkmoment_outcome_not_on_agenda: (p: { knelpuntId: string }) => ({
    nl: `Uitkomst voor knelpunt ${p.knelpuntId}, dat niet op de agenda staat`,
    en: `Outcome for knelpunt ${p.knelpuntId}, which is not on the agenda`,
  }),
  knelpunt_event_not_allowed: (p: { event: string; state: string }) => ({
    nl: `Gebeurtenis ${p.event} is niet toegestaan voor een knelpunt in toestand ${p.state}`,
    en: `Event ${p.event} is not allowed for a knelpunt in state ${p.state}`,
  }),
  knelpunt_option_not_in_model: (p: { option: string }) => ({
    nl: `Het escalatiemodel van de startnotitie kent de optie ${p.option} niet`,
    en: `The startnotitie's escalation model has no option ${p.option}`,
  }),
  intervener_is_party: (p: { partyId: string }) => ({
    nl: `"${p.partyId}" is partij bij dit knelpunt en kan daarom niet ingrijpen of bemiddelen`,
    en: `"${p.partyId}" is a party to this knelpunt and so cannot intervene or mediate`,
  }),
  knelpunt_style_not_allowed: (p: { style: string }) => ({
    nl: `Bemiddelingsstijl ${p.style} is in het escalatiemodel niet afgesproken`,
    en: `Mediation style ${p.style} was not agreed in the escalation model`,
  }),
  knelpunt_no_impartial_intervener: (p: { level: string }) => ({
    nl: `Er is boven ${p.level} geen ingrijpende partij die geen partij is bij het knelpunt`,
    en: `Above ${p.level} there is no intervening party that is not a party to the knelpunt`,
  }),
  knelpunt_actor_not_intervener: (p: { actor: string; intervener: string }) => ({
    nl: `${p.actor} mag hier niet beslissen: dat doet ${p.intervener}`,
    en: `${p.actor} may not decide here: ${p.intervener} does`,
  }),
  knelpunt_package_deal_needs_assessment: (p: { knelpuntId: string }) => ({
    nl: `Het package deal voor knelpunt ${p.knelpuntId} moet worden herbeoordeeld met het afwegingskader`,
    en: `The package deal for knelpunt ${p.knelpuntId} must be re-scored with the afwegingskader`,
  }),
  regime_event_not_allowed: (p: { event: string; state: string }) => ({
    nl: `Gebeurtenis ${p.event} is niet toegestaan in regimetoestand ${p.state}`,
    en: `Event ${p.event} is not allowed in regime state ${p.state}`,
  }),
  regime_actor_not_province: (p: { actor: string; province: string }) => ({
    nl: `Alleen de provincie (${p.province}) mag dit doen, niet ${p.actor}`,
    en: `Only the province (${p.province}) may do this, not ${p.actor}`,
  }),
  regime_unknown_municipality: (p: { municipality: string }) => ({
    nl: `${p.municipality} is geen gemeente van deze regio`,
    en: `${p.municipality} is not a municipality of this region`,
  }),
  regime_agreement_incomplete: (p: { missing: string }) => ({
    nl: `Geen overeenstemming: ${p.missing} heeft niet ingestemd`,
    en: `No agreement: ${p.missing} has not consented`,
  }),
  monitoring_event_not_allowed: (p: { event: string; state: string }) => ({
    nl: `Gebeurtenis ${p.event} is niet toegestaan in monitoringtoestand ${p.state}`,
    en: `Event ${p.event} is not allowed in monitoring state ${p.state}`,
  }),
  unknown_reference: (p: { kind: string; id: string }) => ({
    nl: `Onbekende verwijzing "${p.id}": geen ${p.kind} met deze id`,
    en: `Unknown reference "${p.id}": no ${p.kind} with this id`,
  }),
  per_province_not_a_province: (p: { provinceId: string }) => ({
    nl: `${p.provinceId} is geen provincie van het gebied: alleen een betrokken provincie grijpt in voor haar deel`,
    en: `${p.provinceId} is not a province of the area: only an involved province intervenes for its part`,
  }),
  knelpunt_province_not_involved: (p: { provinceId: string; provinces: string }) => ({
    nl: `${p.provinceId} is geen van de provincies van dit gebiedsproces (${p.provinces})`,
    en: `${p.provinceId} is not one of the provinces of this area process (${p.provinces})`,
  }),
  herijking_target_without_decision: (p: { herijkingId: string }) => ({
    nl: `Herijking ${p.herijkingId} past een doel aan: noem het besluit dat het nieuwe doel vaststelt (decisionId)`,
    en: `Herijking ${p.herijkingId} adjusts a target: name the decision that adopts the new target (decisionId)`,
  }),
  herijking_target_out_of_scope: (p: { herijkingId: string; scope: string }) => ({
    nl: `Herijking ${p.herijkingId} gaat over een ${p.scope}, niet over een opgave: alleen de herijking van een opgave past een doel aan`,
    en: `Herijking ${p.herijkingId} is about a ${p.scope}, not an opgave: only the herijking of an opgave adjusts a target`,
  }),
  herijking_target_unknown_goal: (p: { goalId: string; opgaveId: string }) => ({
    nl: `Doel ${p.goalId} is geen doel met een streefwaarde in de visie van dit gebiedsproces dat opgave ${p.opgaveId} dekt`,
    en: `Goal ${p.goalId} is not a goal with a target in this area process's vision that covers opgave ${p.opgaveId}`,
  }),
  herijking_target_unit_mismatch: (p: { goalId: string; unit: string; expected: string }) => ({
    nl: `Het aangepaste doel ${p.goalId} is in ${p.unit}; het doel dat het vervangt is in ${p.expected}`,
    en: `The adjusted target of ${p.goalId} is in ${p.unit}; the target it replaces is in ${p.expected}`,
  }),
  event_before_start: (p: { at: string; startedAt: string }) => ({
    nl: `Tijdstip ${p.at} ligt vóór de start van het proces (${p.startedAt})`,
    en: `Time ${p.at} is before the process started (${p.startedAt})`,
  }),
  event_in_future: (p: { at: string; now: string; toleranceMs: number }) => ({
    nl: `Tijdstip ${p.at} ligt na nu (${p.now}) plus de speling van ${p.toleranceMs} ms`,
    en: `Time ${p.at} is later than now (${p.now}) plus the tolerance of ${p.toleranceMs} ms`,
  }),
  event_before_previous: (p: { at: string; last: string }) => ({
    nl: `Tijdstip ${p.at} ligt vóór de vorige gebeurtenis (${p.last})`,
    en: `Time ${p.at} is before the previous event (${p.last})`,
  }),
  now_before_last_event: (p: { now: string; last: string; toleranceMs: number }) => ({
    nl: `Het moment van de vraag (${p.now}) ligt vóór de laatste gebeurtenis (${p.last}) min de speling van ${p.toleranceMs} ms: vraag naar een moment na de laatste gebeurtenis`,
    en: `The moment of the query (${p.now}) is before the last event (${p.last}) less the tolerance of ${p.toleranceMs} ms: ask about a moment after the last event`,
  }),
  track_goal_unknown: (p: { goalId: string }) => ({
    nl: `Doel ${p.goalId} is geen langetermijndoel van dit gebiedsproces`,
    en: `Goal ${p.goalId} is not a long-term goal of this area process`,
  }),
  track_event_not_allowed: (p: { event: string; status: string }) => ({
    nl: `Gebeurtenis ${p.event} is niet toegestaan voor een pilot of quick win met status ${p.status}`,
    en: `Event ${p.event} is not allowed for a pilot or quick win with status ${p.status}`,
  }),
  knelpunt_no_escalation_model: (_p: Record<string, never>) => ({
    nl: 'Er is nog geen escalatiemodel: het volgt uit de startnotitie zodra die is aanvaard (stap 0 gesloten); leg het eerder vast met escalation.configure',
    en: 'No escalation model yet: it follows from the startnotitie once that is accepted (step 0 closed); set one earlier with escalation.configure',
  }),
  startnotitie_not_configurable: (p: { field: string; detail: string }) => ({
    nl: `De startnotitie kan het proces niet inrichten: ${p.field} is niet bruikbaar (${p.detail})`,
    en: `The startnotitie cannot configure the process: ${p.field} is not usable (${p.detail})`,
  }),
  // ── authority: who may send which event, from the startnotitie ───────────────────────────────
  actor_not_authorised: (p: { actor: string; event: string; whoNl: string; whoEn: string }) => ({
    nl: `${p.actor} mag ${p.event} niet sturen; dat mag: ${p.whoNl}`,
    en: `${p.actor} may not send ${p.event}; who may: ${p.whoEn}`,
  }),
  not_a_decider: (p: { partyId: string; bodyId: string; stepId: string; deciders: string }) => ({
    nl: `${p.partyId} (${p.bodyId}) besluit volgens de startnotitie niet over ${p.stepId}; dat doen: ${p.deciders}`,
    en: `According to the startnotitie ${p.partyId} (${p.bodyId}) does not decide on ${p.stepId}; the deciders are: ${p.deciders}`,
  }),
  body_not_of_party: (p: { bodyId: string; partyId: string }) => ({
    nl: `Orgaan ${p.bodyId} hoort niet bij ${p.partyId}`,
    en: `Body ${p.bodyId} does not belong to ${p.partyId}`,
  }),
  decided_by_other_party: (p: { partyId: string; decidedBy: string }) => ({
    nl: `Het besluit is van ${p.partyId}, maar vastgelegd als genomen door ${p.decidedBy}`,
    en: `The decision is ${p.partyId}'s, but recorded as taken by ${p.decidedBy}`,
  }),
  consent_step_mismatch: (p: { consentStepId: string; stepId: string }) => ({
    nl: `De instemming gaat over stap ${p.consentStepId}, niet over stap ${p.stepId}`,
    en: `The consent is about step ${p.consentStepId}, not about step ${p.stepId}`,
  }),
  unknown_party: (p: { partyId: string; knelpuntId?: string }) =>
    p.knelpuntId === undefined
      ? {
          nl: `${p.partyId} is geen partij, orgaan, persoon of structuur van dit gebiedsproces`,
          en: `${p.partyId} is not a party, body, person or structure of this area process`,
        }
      : {
          nl: `${p.partyId} is geen partij bij knelpunt ${p.knelpuntId}`,
          en: `${p.partyId} is not a party to knelpunt ${p.knelpuntId}`,
        },
  major_change_not_decided_in: (p: { decidedIn: string }) => ({
    nl: `Een grote wijziging wordt volgens de wijzigingsregels besloten in ${p.decidedIn}`,
    en: `According to the change rules a major change is decided in ${p.decidedIn}`,
  }),
  regime_overseer_not_province: (p: { province: string }) => ({
    nl: `${p.province} is geen provincie en kan het regime niet als provincie toezien`,
    en: `${p.province} is not a province and cannot oversee the regime`,
  }),
  regime_actor_not_in_region: (p: { actor: string; region: string }) => ({
    nl: `${p.actor} hoort niet bij regio ${p.region} en kan geen regionale visie indienen`,
    en: `${p.actor} is not part of region ${p.region} and cannot submit the regional vision`,
  }),
  knelpunt_ijkmoment_not_next: (p: { ijkmomentId: string; next: string }) => ({
    nl: `Ijkmoment ${p.ijkmomentId} is niet het eerstvolgende ijkmoment van het schema (dat is: ${p.next})`,
    en: `Ijkmoment ${p.ijkmomentId} is not the next ijkmoment in the schedule (that is: ${p.next})`,
  }),
  // ── end authority ───────────────────────────────────────────────────────────────────────────
  // ── reflection: the reflection check against the handreiking ────────────────────────────────
  reflection_input_empty: (_p: Record<string, never>) => ({
    nl: 'Geef ten minste één document om te toetsen: startnotitie, gebiedsproces, arrangement of proces',
    en: 'Give at least one document to check: startnotitie, gebiedsproces, arrangement or process',
  }),
  reflection_unknown_rule: (p: { ruleId: string }) => ({
    nl: `Onbekende reflectieregel: ${p.ruleId}`,
    en: `Unknown reflection rule: ${p.ruleId}`,
  }),
  reflection_documents_mismatch: (p: { what: string; expected: string; found: string }) => ({
    nl: `De documenten horen niet bij elkaar: ${p.what} is ${p.found}, verwacht ${p.expected}`,
    en: `The documents do not belong together: ${p.what} is ${p.found}, expected ${p.expected}`,
  }),
  // ── end reflection ──────────────────────────────────────────────────────────────────────────
  // ── audit chain: hash-chained audit entries, verification, checkpoints ───────────────────────
  audit_chain_broken: (p: { index: number; problem: string }) => ({
    nl: `De auditketen is verbroken bij regel ${p.index} (${p.problem})`,
    en: `The audit chain is broken at entry ${p.index} (${p.problem})`,
  }),
  audit_entry_not_hashable: (p: { what: string }) => ({
    nl: `Deze auditregel kan niet worden gehasht: ${p.what}`,
    en: `This audit entry cannot be hashed: ${p.what}`,
  }),
  audit_log_empty: (_p: Record<string, never>) => ({
    nl: 'Het auditlogboek is leeg: er is nog niets om een checkpoint van te maken',
    en: 'The audit log is empty: there is nothing to checkpoint yet',
  }),
  // ── end audit chain ─────────────────────────────────────────────────────────────────────────
});
