/**
 * Voorbeeld: een praatkaartenavond over energie in Hoeverveen (Gebied Lindewaard), samengevat.
 *
 * Vroeg in het proces, in stap 1 en voordat er een locatie voor de windturbines op de kaart staat,
 * leggen bewoners, boeren en een natuurorganisatie transparante kaarten over een bijna lege kaart
 * van het gebied. Ze vertellen wat ze belangrijk vinden, nemen plaats op twee dilemma's en zeggen
 * waar ze bezwaar tegen hebben. Het doel is niet overeenstemming, maar zien wat achter de
 * standpunten ligt en waar de weerstand zit (handreiking, bijlage 2, voorbeeld 8).
 *
 * Alle namen en cijfers zijn verzonnen (het gedeelde scenario van de SDK).
 */
import { ConversationAidFormat } from '@gebiedsgericht/core';
import { hoeverveenConversationMaps as avond } from '@gebiedsgericht/core/fixtures';
import { summariseConversationMaps } from '@gebiedsgericht/mediation';

const laag = (id: string) => avond.layers.find((l) => l.id === id)?.title ?? id;
const deelnemer = (id: string) => avond.participants.find((p) => p.id === id)?.name ?? id;
const argument = (id: string) => avond.arguments.find((a) => a.id === id)?.text ?? id;
const bezwaar = (id: string) => avond.tables.flatMap((t) => t.concerns).find((c) => c.id === id)?.text ?? id;
const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;
const keer = (n: number) => aantal(n, 'tafel', 'tafels');
const kop = (tekst: string) => console.log(`\n== ${tekst} ==`);

const s = summariseConversationMaps(avond);

console.log(`${avond.title} (${avond.heldOn}), thema ${avond.theme}`);
console.log(`Basiskaart: ${avond.baseMap.description}`);
const perVorm = ConversationAidFormat.values
  .map((f) => [f, avond.layers.filter((l) => l.format === f).length] as const)
  .filter(([, n]) => n > 0)
  .map(([f, n]) => `${n}× ${ConversationAidFormat.label(f, 'nl').toLowerCase()}`);
console.log(
  `Praatmiddelen: ${perVorm.join(', ')}; ${keer(avond.tables.length)}, ${aantal(avond.participants.length, 'deelnemer', 'deelnemers')}`,
);

kop('Welke kaarten werden gelegd');
for (const l of s.layers.filter((x) => x.tables > 0))
  console.log(
    `- ${laag(l.layerId)}: op ${keer(l.tables)}; ${aantal(l.stories, 'verhaal', 'verhalen')}, ${aantal(l.concerns, 'bezwaar', 'bezwaren')}`,
  );
console.log(`Niemand pakte: ${s.unusedLayerIds.map(laag).join(', ') || '—'}`);
const vaakst = s.combinations[0];
if (vaakst) console.log(`Vaakst samen gelegd: ${vaakst.layerIds.map(laag).join(' + ')} (${keer(vaakst.tables)})`);

kop('Wat mensen belangrijk vinden');
for (const v of s.values.filter((x) => x.named > 0 || x.viaLayers > 0))
  console.log(`- ${v.value}: genoemd aan ${keer(v.named)}, achter gekozen kaarten aan ${keer(v.viaLayers)}`);

kop("Dilemma's: wat achter de standpunten ligt");
for (const d of s.dilemmas?.dilemmas ?? []) {
  const dilemma = avond.dilemmas.find((x) => x.id === d.dilemmaId);
  console.log(`${dilemma?.question} (0 = ${dilemma?.leftExtreme}, 1 = ${dilemma?.rightExtreme})`);
  for (const c of d.clusters)
    console.log(`  groep rond ${c.centre.toFixed(2)}: ${c.participantIds.map(deelnemer).join(', ')}`);
  for (const a of d.sharedArgumentsApart)
    console.log(
      `  zelfde argument, ver uit elkaar: "${argument(a.argumentId)}" (${a.participantIds.map(deelnemer).join(' op ' + a.positions[0] + ', ')} op ${a.positions[1]})`,
    );
}

kop('Waar de weerstand zit');
for (const r of s.resistance)
  console.log(
    `- ${laag(r.layerId)}: ${r.concernIds.map(bezwaar).join('; ')} (${aantal(r.participants, 'deelnemer', 'deelnemers')})`,
  );
for (const id of s.concernsWithoutLayer) console.log(`- zonder kaart: ${bezwaar(id)}`);
