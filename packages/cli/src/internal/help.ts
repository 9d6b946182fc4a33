// Internal: the help texts, in Dutch and English, one per command and one per group.
import type { Label } from '@gebiedsgericht/core';

const COMMON_NL = `Algemene opties:
  --json              uitvoer als JSON, voor scripts
  --lang nl|en        taal van meldingen en uitvoer (standaard nl)
  --max-input-mb N    grootste invoer in MB (standaard 32)
  -h, --help          deze hulp`;
const COMMON_EN = `Common options:
  --json              output as JSON, for scripts
  --lang nl|en        language of messages and output (default nl)
  --max-input-mb N    largest input in MB (default 32)
  -h, --help          this help`;

const EXIT_NL = `Exitcodes: 0 in orde, 1 bevindingen of ongeldige invoer, 2 verkeerd gebruik.`;
const EXIT_EN = `Exit codes: 0 fine, 1 findings or invalid input, 2 usage error.`;

function page(nl: string, en: string): Label {
  return { nl: `${nl}\n\n${COMMON_NL}\n\n${EXIT_NL}\n`, en: `${en}\n\n${COMMON_EN}\n\n${EXIT_EN}\n` };
}

/** Help per command path (`''` is the top level). */
export const helpTexts: Readonly<Record<string, Label>> = {
  '': page(
    `gebiedsgericht: controles en rapporten van de SDK voor gebiedsgericht werken, vanuit de shell.

Gebruik: gebiedsgericht <commando> [opties]

Commando's:
  validate <bestand…>          documenten controleren tegen hun schema (soort uit "kind")
  reflect <bestand…>           reflectie op het procesontwerp volgens de handreiking
  risk simulate <raming>       Monte Carlo-simulatie van een raming (P50, P85, onvoorzien)
  assess <afweging>            varianten afwegen (wsm, ahp, promethee, smaa)
  process status <snapshot>    waar een gebiedsproces staat en wat aandacht vraagt
  process replay <snapshot>    controleren dat het auditlog dezelfde toestand oplevert
  process diagram [sjabloon]   het procesdiagram in Mermaid
  store init|import|export|list|show|verify
                               gebiedsprocessen bewaren in SQLite of PostgreSQL
  zgw catalogue <sjabloon>     de ZGW-catalogus voor een stappensjabloon

Documenten zijn JSON-bestanden; gebruik - voor standaardinvoer.
Meer hulp: gebiedsgericht <commando> --help`,
    `gebiedsgericht: the SDK's checks and reports for area-based work, from the shell.

Usage: gebiedsgericht <command> [options]

Commands:
  validate <file…>             check documents against their schema (kind from "kind")
  reflect <file…>              reflect on the process design against the handreiking
  risk simulate <estimate>     Monte Carlo simulation of an estimate (P50, P85, contingency)
  assess <input>               weigh the variants (wsm, ahp, promethee, smaa)
  process status <snapshot>    where an area process stands and what needs attention
  process replay <snapshot>    check that the audit log gives the same state
  process diagram [template]   the process diagram in Mermaid
  store init|import|export|list|show|verify
                               keep area processes in SQLite or PostgreSQL
  zgw catalogue <template>     the ZGW catalogue for a step template

Documents are JSON files; use - for standard input.
More help: gebiedsgericht <command> --help`,
  ),
  validate: page(
    `Gebruik: gebiedsgericht validate <bestand…> [--migrate]

Controleert elk document tegen het schema van zijn soort ("kind") en meldt elk probleem met
zijn pad en melding. Exitcode 1 als een document ongeldig is.

  --migrate    werk documenten met een oudere schemaVersion bij naar de huidige versie en
               schrijf het bijgewerkte document terug (bij - naar standaarduitvoer)`,
    `Usage: gebiedsgericht validate <file…> [--migrate]

Checks every document against the schema of its kind ("kind") and reports every problem with its
path and message. Exit code 1 when any document is invalid.

  --migrate    upgrade documents with an older schemaVersion to the current version and write
               the upgraded document back (for -, to standard output)`,
  ),
  reflect: page(
    `Gebruik: gebiedsgericht reflect <bestand…> [--format text|md|json] [--now TIJDSTIP]

Reflecteert op een startnotitie, gebiedsproces, ruimtelijk arrangement en/of processnapshot
(samen of los) volgens de handreiking. Exitcode 1 als er bevindingen van ernst "fout" zijn.

  --format text|md|json   tekst (standaard), Markdown of JSON
  --now TIJDSTIP          het moment van de reflectie, ISO 8601 (standaard: nu)`,
    `Usage: gebiedsgericht reflect <file…> [--format text|md|json] [--now TIME]

Reflects on a startnotitie, gebiedsproces, spatial arrangement and/or process snapshot (together
or alone) against the handreiking. Exit code 1 when there are findings of severity "error".

  --format text|md|json   text (default), Markdown or JSON
  --now TIME              the moment of the reflection, ISO 8601 (default: now)`,
  ),
  risk: page(
    `Gebruik: gebiedsgericht risk <commando>

Commando's:
  simulate <raming>   Monte Carlo-simulatie van een raming (GOKIT: Geld of Tijd)`,
    `Usage: gebiedsgericht risk <command>

Commands:
  simulate <estimate>   Monte Carlo simulation of an estimate (GOKIT: money or time)`,
  ),
  'risk simulate': page(
    `Gebruik: gebiedsgericht risk simulate <raming.json> [--iterations N] [--seed S] [--svg MAP]

Simuleert een probabilistische raming met een vast zaad: P50, P85, onvoorzien en de tornado
(bijdrage per post en risico). Op een terminal toont een voortgangsbalk lange berekeningen.

  --iterations N   aantal trekkingen, 100–10000000 (standaard 10000)
  --seed S         zaad, 0–4294967295 (standaard 1): hetzelfde zaad geeft dezelfde uitkomst
  --svg MAP        schrijf histogram.svg, s-curve.svg en tornado.svg in deze map`,
    `Usage: gebiedsgericht risk simulate <estimate.json> [--iterations N] [--seed S] [--svg DIR]

Simulates a probabilistic estimate with a fixed seed: P50, P85, contingency and the tornado
(contribution per item and risk). On a terminal a progress bar shows long runs.

  --iterations N   number of draws, 100–10000000 (default 10000)
  --seed S         seed, 0–4294967295 (default 1): the same seed gives the same result
  --svg DIR        write histogram.svg, s-curve.svg and tornado.svg into this folder`,
  ),
  assess: page(
    `Gebruik: gebiedsgericht assess <afweging.json> [--method wsm|ahp|promethee|smaa] [opties]

Weegt de varianten van een afwegingsinvoer (assessmentInput): de rangorde, het meest kritische
criterium en bij smaa de rangacceptaties.

  --method wsm|ahp|promethee|smaa   de methode (standaard die van de invoer)
                                    wsm: gewogen som; ahp: gewichten uit --ahp, dan gewogen som;
                                    promethee: PROMETHEE II; smaa: SMAA-2 bovenop de rangorde
  --ahp BESTAND                     paarsgewijze vergelijking (ahpComparison), nodig bij ahp
  --samples N                       aantal trekkingen voor smaa (standaard 10000)
  --seed S                          zaad voor smaa (standaard 1)
  --weights unknown|ranked|exact    wat over de gewichten bekend is, voor smaa (standaard unknown)`,
    `Usage: gebiedsgericht assess <input.json> [--method wsm|ahp|promethee|smaa] [options]

Weighs the variants of an assessment input: the ranking, the most critical criterion and, with
smaa, the rank acceptabilities.

  --method wsm|ahp|promethee|smaa   the method (default: the input's)
                                    wsm: weighted sum; ahp: weights from --ahp, then weighted sum;
                                    promethee: PROMETHEE II; smaa: SMAA-2 on top of the ranking
  --ahp FILE                        pairwise comparison (ahpComparison), needed for ahp
  --samples N                       number of samples for smaa (default 10000)
  --seed S                          seed for smaa (default 1)
  --weights unknown|ranked|exact    what is known about the weights, for smaa (default unknown)`,
  ),
  process: page(
    `Gebruik: gebiedsgericht process <commando>

Commando's:
  status <snapshot>     waar het proces staat, voortgang en wat aandacht vraagt
  replay <snapshot>     speel het auditlog opnieuw af en vergelijk de toestand
  diagram [sjabloon]    het toestandsdiagram in Mermaid (standaard: stappen 0–5)`,
    `Usage: gebiedsgericht process <command>

Commands:
  status <snapshot>     where the process stands, progress and what needs attention
  replay <snapshot>     replay the audit log and compare the state
  diagram [template]    the state diagram in Mermaid (default: steps 0–5)`,
  ),
  'process status': page(
    `Gebruik: gebiedsgericht process status <snapshot.json> [--now TIJDSTIP] [--startnotitie BESTAND]

Toont de huidige stap, de voortgang en wat aandacht vraagt (tijdvakken, afspraken, verkiezingen).

  --now TIJDSTIP           het moment, ISO 8601 (standaard: nu)
  --startnotitie BESTAND   toon ook de volgende ijkmomenten uit de startnotitie`,
    `Usage: gebiedsgericht process status <snapshot.json> [--now TIME] [--startnotitie FILE]

Shows the current step, the progress and what needs attention (timeboxes, agreements, elections).

  --now TIME             the moment, ISO 8601 (default: now)
  --startnotitie FILE    also show the next ijkmomenten from the startnotitie`,
  ),
  'process replay': page(
    `Gebruik: gebiedsgericht process replay <snapshot.json>

Herstelt het proces uit de snapshot, speelt het auditlog vanaf het begin opnieuw af en controleert
dat beide dezelfde toestand geven. Exitcode 1 als ze verschillen.`,
    `Usage: gebiedsgericht process replay <snapshot.json>

Restores the process from the snapshot, replays the audit log from the start and checks that both
give the same state. Exit code 1 when they differ.`,
  ),
  'process diagram': page(
    `Gebruik: gebiedsgericht process diagram [sjabloon.json]

Schrijft het toestandsdiagram van het gebiedsproces als Mermaid stateDiagram-v2, voor een
stappensjabloon (stepTemplate) of, zonder bestand, voor de stappen 0–5 van de handreiking.`,
    `Usage: gebiedsgericht process diagram [template.json]

Writes the state diagram of the area process as a Mermaid stateDiagram-v2, for a step template
(stepTemplate) or, without a file, for steps 0–5 of the handreiking.`,
  ),
  store: page(
    `Gebruik: gebiedsgericht store <commando> [--db BESTAND|URL]

Gebiedsprocessen bewaren in SQLite of PostgreSQL (@gebiedsgericht/store).

Commando's:
  init                  de opslag aanmaken of bijwerken
  import <bestand…>     snapshots, exports (JSON-regels) en documenten inlezen
  export <procesId>     een proces als JSON-regels, om te verhuizen of te bewaren
  list                  de processen met stap, status en voortgang
  show <procesId>       één proces: versie, stand, documenten
  verify [procesId…]    opnieuw afspelen en vergelijken met wat is opgeslagen

  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store <command> [--db FILE|URL]

Keep area processes in SQLite or PostgreSQL (@gebiedsgericht/store).

Commands:
  init                  create or upgrade the store
  import <file…>        read snapshots, exports (JSON lines) and documents
  export <processId>    a process as JSON lines, to move or keep it
  list                  the processes with step, status and progress
  show <processId>      one process: version, position, documents
  verify [processId…]   replay and compare with what is stored

  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  'store init': page(
    `Gebruik: gebiedsgericht store init [--db BESTAND|URL]

Maakt de opslag aan (of werkt het schema bij) en meldt welke database en driver in gebruik zijn.

  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store init [--db FILE|URL]

Creates the store (or upgrades its schema) and says which database and driver are in use.

  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  'store import': page(
    `Gebruik: gebiedsgericht store import <bestand…> [--db BESTAND|URL]

Leest per bestand: een processnapshot (het proces wordt opnieuw opgebouwd uit zijn auditlog), een
export in JSON-regels (van store export) of een ander document (als nieuwe versie bewaard).

  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store import <file…> [--db FILE|URL]

Reads per file: a process snapshot (the process is rebuilt from its audit log), an export in JSON
lines (from store export) or any other document (kept as a new version).

  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  'store export': page(
    `Gebruik: gebiedsgericht store export <procesId> [--out BESTAND] [--db BESTAND|URL]

Schrijft het proces als JSON-regels: een kopregel en elke gebeurtenis op volgorde.

  --out BESTAND      schrijf naar een bestand in plaats van standaarduitvoer
  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store export <processId> [--out FILE] [--db FILE|URL]

Writes the process as JSON lines: a header line and every event in order.

  --out FILE         write to a file instead of standard output
  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  'store list': page(
    `Gebruik: gebiedsgericht store list [--province ID] [--step ID] [--status S] [--limit N] [--db …]

Toont de bewaarde processen met stap, status, voortgang en open knelpunten.

  --province ID      alleen processen van deze provincie
  --step ID          alleen processen in deze stap
  --status S         alleen processen met deze status
  --limit N          hoogstens N processen
  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store list [--province ID] [--step ID] [--status S] [--limit N] [--db …]

Shows the stored processes with step, status, progress and open knelpunten.

  --province ID      only processes of this province
  --step ID          only processes in this step
  --status S         only processes with this status
  --limit N          at most N processes
  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  'store show': page(
    `Gebruik: gebiedsgericht store show <procesId> [--db BESTAND|URL]

Toont één proces: versie, stap, status, voortgang, geweigerde gebeurtenissen en documenten.

  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store show <processId> [--db FILE|URL]

Shows one process: version, step, status, progress, rejected events and documents.

  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  'store verify': page(
    `Gebruik: gebiedsgericht store verify [procesId…] [--db BESTAND|URL]

Speelt de bewaarde gebeurtenissen opnieuw af en vergelijkt ze met de bewaarde auditregels,
snapshots en het leesmodel; zonder procesId elk proces. Exitcode 1 bij een afwijking.

  --db BESTAND|URL   SQLite-bestand (standaard gebiedsgericht.db of $GEBIEDSGERICHT_DB)
                     of PostgreSQL-verbinding postgres://gebruiker:wachtwoord@host/database`,
    `Usage: gebiedsgericht store verify [processId…] [--db FILE|URL]

Replays the stored events and compares them with the stored audit entries, snapshots and read
model; every process when none is named. Exit code 1 when something differs.

  --db FILE|URL      SQLite file (default gebiedsgericht.db or $GEBIEDSGERICHT_DB)
                     or PostgreSQL connection postgres://user:password@host/database`,
  ),
  zgw: page(
    `Gebruik: gebiedsgericht zgw <commando>

Commando's:
  catalogue <sjabloon> --config <config>   de ZGW-catalogus voor een stappensjabloon`,
    `Usage: gebiedsgericht zgw <command>

Commands:
  catalogue <template> --config <config>   the ZGW catalogue for a step template`,
  ),
  'zgw catalogue': page(
    `Gebruik: gebiedsgericht zgw catalogue <sjabloon.json> --config <zgw-config.json>

Plant de ZGW-catalogus (Catalogi API) voor een stappensjabloon: catalogus, zaaktypen, statustypen,
roltypen, besluittypen, informatieobjecttypen, eigenschappen en resultaattypen, in de volgorde
waarin de API ze nodig heeft (@gebiedsgericht/zgw). Er wordt niets verstuurd.

  --config BESTAND   de ZGW-configuratie van de organisatie (RSIN, domein, …; zie docs/zgw.md)`,
    `Usage: gebiedsgericht zgw catalogue <template.json> --config <zgw-config.json>

Plans the ZGW catalogue (Catalogi API) for a step template: catalogue, zaaktypen, statustypen,
roltypen, besluittypen, informatieobjecttypen, eigenschappen and resultaattypen, in the order the
API needs them (@gebiedsgericht/zgw). Nothing is sent.

  --config FILE      the organisation's ZGW configuration (RSIN, domain, …; see docs/zgw.md)`,
  ),
};
