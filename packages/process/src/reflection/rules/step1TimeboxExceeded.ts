import { dueItems } from '../../queries/dueItems';
import { dateOf, plannedStepAt, timeboxEnd } from '../internal/helpers';
import { gebiedsprocessen, startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Step 1 (gaining insight) does not stay open past its timebox: the picture is never 100%
 * complete. For a running process this reuses the process package's `dueItems` query
 * (`timebox_exceeded`, for any step with a timebox, step 1 by default). For a gebiedsproces
 * document, step 1 is the second planned step of its startnotitie; it is late when it has no
 * closing decision and its deadline has passed (the data inventory's `timeboxEndsOn`, else the
 * planned start plus the timebox, else the planned end).
 *
 * @example
 * step1TimeboxExceeded.check({ process: snapshot }, { now: '2026-11-02T09:00:00+01:00' });
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("Blijf niet te lang hangen in deze stap: het beeld is nooit 100% compleet")
 */
export const step1TimeboxExceeded = builtInReflectionRule({
  id: 'step1-timebox-exceeded',
  section: 'bijlage 1, onderdeel 2, stap 1',
  severity: 'warning',
  appliesTo: ['process', 'gebiedsproces'],
  title: { nl: 'Stap 1 blijft binnen zijn tijdvak', en: 'Step 1 stays within its timebox' },
  detect(input, { now }) {
    const hits: RuleHit[] = [];
    if (input.process) {
      for (const item of dueItems(input.process, now)) {
        if (item.kind !== 'timebox_exceeded' || item.stepId === undefined) continue;
        hits.push({ path: ['process', 'template', 'steps', item.stepId], message: item.message });
      }
    }
    const today = dateOf(now);
    const withStartnotitie = new Map(startnotities(input).map((sn) => [sn.gebiedsproces?.doc.id, sn]));
    for (const g of gebiedsprocessen(input)) {
      const sn = withStartnotitie.get(g.doc.id);
      if (!sn) continue;
      const stepId = plannedStepAt(sn.doc, 1);
      const planned = sn.doc.processDesign.steps[1];
      if (!stepId || !planned) continue;
      const closed = g.doc.decisions.some((d) => d.subject === 'step_closure' && d.stepId === stepId);
      if (closed) continue;
      const timebox = planned.timebox ?? sn.doc.data?.inventoryTimebox;
      const deadline =
        g.doc.deliverables.dataInventory?.completeness.timeboxEndsOn ??
        (timebox ? timeboxEnd(planned.plannedStart, timebox) : undefined) ??
        planned.plannedEnd;
      if (today <= deadline || today < planned.plannedStart) continue;
      hits.push({
        path: [...g.path, 'deliverables', 'dataInventory'],
        message: {
          nl: `Stap 1 (${stepId}) is nog niet afgesloten, terwijl het tijdvak op ${deadline} afliep: het beeld is nooit 100% compleet, ga verder met de data die er is`,
          en: `Step 1 (${stepId}) is not closed yet, while its timebox ended on ${deadline}: the picture is never 100% complete, go on with the data there is`,
        },
      });
    }
    return hits;
  },
});
