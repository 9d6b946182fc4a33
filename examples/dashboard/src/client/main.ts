/**
 * The dashboard page: five views chosen by the address (`#/`, `#/gebied/<id>`,
 * `#/knelpunt/<process>/<knelpunt>`, `#/gokit`, `#/afweging`), in Dutch with an English switch.
 * Everything it shows comes from the server's JSON, which the SDK's queries compute.
 */
import * as Plot from '@observablehq/plot';
import { h, heading, type Label, type Locale, link, paragraph, svgNode, table } from './dom';
import { calendarDate, decimal, formatDate, percent, type UiKey, ui } from './text';

let locale: Locale = localStorage.getItem('dashboard-locale') === 'en' ? 'en' : 'nl';
let overviewDate: string | null = null;
let formStatus: { kind: 'accepted' | 'refused'; text: Label } | null = null;
/** The form's last choices, kept when the overview is drawn again. */
let formChoice: Record<string, string> = {};

const t = (key: UiKey): string => ui[key][locale];
const l = (label: Label | null | undefined): string => (label ? label[locale] : '');
const time = (value: string) => h('time', { datetime: calendarDate(value) }, formatDate(value, locale));

/** A request the server refused, with its reason in both languages when it gave one. */
class Refused extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly reason: Label | null,
  ) {
    super(`${path}: HTTP ${status}`);
  }
}

function isLabel(value: unknown): value is Label {
  const label = value as Partial<Label> | null;
  return typeof label === 'object' && label !== null && typeof label.nl === 'string' && typeof label.en === 'string';
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { reason?: unknown } | null;
    throw new Refused(path, response.status, isLabel(body?.reason) ? body.reason : null);
  }
  return (await response.json()) as T;
}

/** What to show for a failure: the server's reason in the chosen language, else the error itself. */
function failureText(error: unknown): string {
  return error instanceof Refused && error.reason ? l(error.reason) : String(error);
}

// ── shapes of the server's JSON (see src/server/views.ts) ────────────────────────────────────
interface OverviewArea {
  processId: string;
  name: Label;
  step: Label;
  stepId: string | null;
  stepsClosed: number;
  stepCount: number;
  share: number;
  consents: { required: boolean; given: number; missing: Label[]; missingIds: string[] } | null;
  nextIjkmomenten: { kind: Label; id: string; name: Label; date: string }[];
  openKnelpunten: { id: string; title: Label; level: Label; dueAt: string | null; overdue: boolean }[];
  due: { kind: string; severity: string; message: Label; date: string | null }[];
}
interface Overview {
  province: Label;
  date: string;
  areas: OverviewArea[];
  parties: { id: string; name: Label }[];
  suggestedPartyId: string | null;
  outcomes: { value: string; label: Label }[];
}

function header(): void {
  const root = document.getElementById('header');
  if (!root) return;
  document.documentElement.lang = locale;
  document.title = `${t('title')} – Provincie Zuidmark`;
  const skip = document.querySelector('.utrecht-skip-link');
  if (skip) skip.textContent = t('skip');
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'utrecht-button utrecht-button--secondary-action',
      lang: locale === 'nl' ? 'en' : 'nl',
      'aria-label': t('switchLabel'),
      'data-testid': 'language',
    },
    t('switchTo'),
  );
  toggle.addEventListener('click', () => {
    locale = locale === 'nl' ? 'en' : 'nl';
    localStorage.setItem('dashboard-locale', locale);
    void render();
  });
  root.replaceChildren(
    h('p', { class: 'utrecht-heading-3' }, `Provincie Zuidmark · ${t('title')}`),
    h(
      'nav',
      { class: 'dashboard-nav', 'aria-label': t('navigation') },
      link('#/', t('overview')),
      link('#/gokit', t('gokit')),
      link('#/afweging', t('afweging')),
      toggle,
    ),
  );
}

// ── province overview ────────────────────────────────────────────────────────────────────────
/** The last reference date the overview was shown for: the fallback when a chosen date is refused. */
let shownDate: string | null = null;

async function overviewPage(): Promise<Node[]> {
  const overview = (date: string | null) => getJson<Overview>(`/api/overview${date ? `?date=${date}` : ''}`);
  let data: Overview;
  let refusal: string | null = null;
  try {
    data = await overview(overviewDate);
  } catch (error) {
    // A date the server refuses (before the last event of an area, say) leaves the overview of
    // the date shown before, with the reason above the form.
    if (!(error instanceof Refused) || !error.reason || shownDate === null || overviewDate === shownDate) throw error;
    refusal = failureText(error);
    data = await overview(shownDate);
  }
  overviewDate = data.date;
  shownDate = data.date;
  const dateForm = h(
    'form',
    { class: 'dashboard-form', 'data-testid': 'date-form' },
    h(
      'div',
      { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'peildatum' }, t('date')),
      h('input', {
        class: 'utrecht-textbox',
        id: 'peildatum',
        name: 'date',
        type: 'date',
        value: data.date,
        required: true,
      }),
    ),
    h('button', { class: 'utrecht-button utrecht-button--primary-action', type: 'submit' }, t('show')),
    refusal
      ? h(
          'p',
          { class: 'utrecht-paragraph dashboard-status', role: 'alert', 'data-testid': 'date-refused' },
          `${t('dateRefused')}: ${refusal}`,
        )
      : null,
  );
  dateForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = new FormData(dateForm).get('date');
    if (typeof value === 'string' && value) overviewDate = value;
    void render();
  });
  const rows = data.areas.map((area) => [
    link(`#/gebied/${area.processId}`, l(area.name)),
    h('span', { 'data-testid': `step-${area.processId}` }, l(area.step)),
    h(
      'span',
      { 'data-testid': `progress-${area.processId}` },
      `${area.stepsClosed}/${area.stepCount} ${t('stepsClosed')} (${percent(area.share, locale)})`,
    ),
    area.consents?.required
      ? h(
          'span',
          { 'data-testid': `consents-${area.processId}` },
          `${area.consents.given}/${area.consents.given + area.consents.missing.length}`,
          area.consents.missing.length > 0 ? ` (${t('missing')}: ${area.consents.missing.map(l).join(', ')})` : '',
        )
      : t('noConsentNeeded'),
    h(
      'ul',
      { class: 'utrecht-unordered-list' },
      area.nextIjkmomenten.map((m) =>
        h('li', { class: 'utrecht-unordered-list__item' }, `${l(m.kind)}: ${l(m.name)}, `, time(m.date)),
      ),
    ),
    area.openKnelpunten.length === 0
      ? t('none')
      : h(
          'ul',
          { class: 'utrecht-unordered-list', 'data-testid': `knelpunten-${area.processId}` },
          area.openKnelpunten.map((k) =>
            h(
              'li',
              { class: 'utrecht-unordered-list__item' },
              link(`#/knelpunt/${area.processId}/${k.id}`, l(k.title)),
              ` – ${l(k.level)}`,
              k.dueAt ? [`, ${t('dueBy')} `, time(k.dueAt)] : '',
              k.overdue ? h('strong', { class: 'dashboard-overdue' }, ` (${t('overdue')})`) : '',
            ),
          ),
        ),
  ]);
  const attention = h(
    'section',
    { class: 'dashboard-section', 'aria-labelledby': 'aandacht' },
    heading(2, `${t('attention')} ${formatDate(data.date, locale)}`, { id: 'aandacht' }),
    data.areas.map((area) =>
      h(
        'div',
        { 'data-testid': `due-${area.processId}` },
        heading(3, l(area.name)),
        area.due.length === 0
          ? paragraph(t('nothingDue'))
          : h(
              'ul',
              { class: 'utrecht-unordered-list' },
              area.due.map((d) =>
                h(
                  'li',
                  { class: 'utrecht-unordered-list__item', 'data-kind': d.kind, 'data-severity': d.severity },
                  d.severity === 'warning' ? h('strong', {}, `${t('warning')}: `) : '',
                  l(d.message),
                ),
              ),
            ),
      ),
    ),
  );
  return [
    heading(1, `${t('provinceOverview')} ${l(data.province)}`),
    dateForm,
    table(
      t('areasCaption'),
      [t('area'), t('step'), t('progress'), t('consents'), t('nextIjkmomenten'), t('openKnelpunten')],
      rows,
      'areas',
    ),
    attention,
    consentForm(data),
  ];
}

function consentForm(data: Overview): Node {
  const areas = data.areas.filter((a) => a.stepId !== null);
  const select = (id: string, label: string, options: { value: string; text: string }[], selected?: string | null) =>
    h(
      'div',
      { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: id }, label),
      h(
        'select',
        { class: 'utrecht-select', id, name: id },
        options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.text)),
      ),
    );
  const form = h(
    'form',
    { class: 'dashboard-form', 'data-testid': 'consent-form' },
    select(
      'processId',
      t('area'),
      areas.map((a) => ({ value: a.processId, text: `${l(a.name)} – ${l(a.step)}` })),
      formChoice.processId,
    ),
    select(
      'partyId',
      t('party'),
      data.parties.map((p) => ({ value: p.id, text: l(p.name) })),
      formChoice.partyId ?? data.suggestedPartyId,
    ),
    select(
      'outcome',
      t('outcome'),
      data.outcomes.map((o) => ({ value: o.value, text: l(o.label) })),
      formChoice.outcome,
    ),
    h(
      'div',
      { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'consentDate' }, t('consentDate')),
      h('input', {
        class: 'utrecht-textbox',
        id: 'consentDate',
        name: 'date',
        type: 'date',
        value: data.date,
        required: true,
      }),
    ),
    h('button', { class: 'utrecht-button utrecht-button--primary-action', type: 'submit' }, t('submit')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const processId = String(fields.get('processId'));
    formChoice = Object.fromEntries([...fields.entries()].map(([k, v]) => [k, String(v)]));
    const body = {
      processId,
      stepId: areas.find((a) => a.processId === processId)?.stepId,
      partyId: fields.get('partyId'),
      outcome: fields.get('outcome'),
      date: fields.get('date'),
    };
    void fetch('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then(async (response) => {
        const answer = (await response.json()) as { status: string; version?: number; reason?: Label };
        formStatus =
          answer.status === 'accepted'
            ? {
                kind: 'accepted',
                text: { nl: `${ui.accepted.nl} ${answer.version}`, en: `${ui.accepted.en} ${answer.version}` },
              }
            : { kind: 'refused', text: answer.reason ?? { nl: 'Onbekende fout', en: 'Unknown error' } };
      })
      .catch(() => {
        formStatus = { kind: 'refused', text: ui.failed };
      })
      .then(() => render());
  });
  const status = formStatus;
  return h(
    'section',
    { class: 'dashboard-section', 'aria-labelledby': 'formulier' },
    heading(2, t('formHeading'), { id: 'formulier' }),
    paragraph(t('formIntro')),
    form,
    h(
      'div',
      { role: 'status', 'data-testid': 'form-status' },
      status
        ? h(
            'p',
            { class: 'utrecht-paragraph dashboard-status', 'data-kind': status.kind },
            status.kind === 'refused' ? `${t('refused')}: ${l(status.text)}` : l(status.text),
          )
        : '',
    ),
  );
}

// ── area ─────────────────────────────────────────────────────────────────────────────────────
interface Area {
  processId: string;
  name: Label;
  steps: {
    stepId: string;
    label: Label;
    status: string;
    deliverable: Label;
    submittedAt: string | null;
    consentRequired: boolean;
    consented: { party: Label; outcome: Label; date: string }[];
    missing: Label[];
    rejectedBy: Label[];
    decisions: { title: Label; date: string; party: Label }[];
  }[];
  knelpunten: { id: string; title: Label; level: Label; open: boolean }[];
  audit: {
    verified: boolean;
    length: number;
    entries: { seq: number; type: string; timestamp: string; actor: Label; accepted: boolean; hash: string | null }[];
  };
  agenda: { id: string; date: string; name: Label; kind: Label; held: boolean }[];
}

async function areaPage(processId: string): Promise<Node[]> {
  const area = await getJson<Area>(`/api/areas/${encodeURIComponent(processId)}`);
  return [
    link('#/', t('backToOverview')),
    heading(1, l(area.name)),
    table(
      t('steps'),
      [t('step'), t('status'), t('deliverable'), t('consented'), t('notConsented'), t('decisions')],
      area.steps.map((s) => [
        l(s.label),
        s.status,
        [l(s.deliverable), ': ', s.submittedAt ? [t('submitted'), ' ', time(s.submittedAt)] : t('notSubmitted')],
        s.consentRequired
          ? s.consented.map((c) => h('div', {}, `${l(c.party)} (${l(c.outcome)}, `, time(c.date), ')'))
          : t('noConsentNeeded'),
        s.consentRequired ? s.missing.map(l).join(', ') || t('none') : '',
        s.decisions.map((d) => h('div', {}, `${l(d.title)} – ${l(d.party)}, `, time(d.date))),
      ]),
      'steps',
    ),
    h(
      'section',
      { class: 'dashboard-section', 'aria-labelledby': 'knelpunten' },
      heading(2, t('knelpunten'), { id: 'knelpunten' }),
      area.knelpunten.length === 0
        ? paragraph(t('none'))
        : h(
            'ul',
            { class: 'utrecht-unordered-list' },
            area.knelpunten.map((k) =>
              h(
                'li',
                { class: 'utrecht-unordered-list__item' },
                link(`#/knelpunt/${area.processId}/${k.id}`, l(k.title)),
                ` – ${l(k.level)}`,
              ),
            ),
          ),
    ),
    h(
      'section',
      { class: 'dashboard-section', 'aria-labelledby': 'agenda' },
      heading(2, t('agenda'), { id: 'agenda' }),
      table(
        t('agenda'),
        [t('when'), t('kind'), t('name'), t('status')],
        area.agenda.map((a) => [time(a.date), l(a.kind), l(a.name), a.held ? t('held') : t('planned')]),
        'agenda',
      ),
    ),
    h(
      'section',
      { class: 'dashboard-section', 'aria-labelledby': 'audit' },
      heading(2, t('audit'), { id: 'audit' }),
      paragraph(
        h(
          'strong',
          { 'data-testid': 'audit-verified', class: area.audit.verified ? '' : 'dashboard-overdue' },
          area.audit.verified ? t('chainOk') : t('chainBroken'),
        ),
        ` (${area.audit.length} ${t('entries')})`,
      ),
      table(
        t('audit'),
        [t('seq'), t('when'), t('type'), t('actor'), t('hash')],
        area.audit.entries.map((e) => [
          String(e.seq),
          time(e.timestamp),
          e.type,
          l(e.actor),
          e.hash ? h('code', { class: 'utrecht-code' }, e.hash) : '',
        ]),
        'audit',
      ),
    ),
  ];
}

// ── knelpunt ─────────────────────────────────────────────────────────────────────────────────
interface KnelpuntView {
  processId: string;
  area: Label;
  title: Label;
  parties: Label[];
  raisedBy: Label;
  raisedAt: string;
  level: Label;
  open: boolean;
  path: { level: Label; status: 'passed' | 'current' | 'skipped' | 'ahead' }[];
  stays: { level: Label; enteredAt: string; enteredBy: Label; dueAt: string | null; actor: Label | null }[];
  actsNow: Label[];
  next: { level: Label; intervener: Label; redirectedFrom: Label | null } | null;
  dueAt: string | null;
  overdue: boolean;
  outcomes: { level: Label; at: string; summary: Label }[];
}

async function knelpuntPage(processId: string, knelpuntId: string): Promise<Node[]> {
  const query = overviewDate ? `?date=${overviewDate}` : '';
  const k = await getJson<KnelpuntView>(
    `/api/knelpunten/${encodeURIComponent(processId)}/${encodeURIComponent(knelpuntId)}${query}`,
  );
  const facts: [string, Node | string][] = [
    [t('area'), link(`#/gebied/${k.processId}`, l(k.area))],
    [t('parties'), k.parties.map(l).join(', ')],
    [t('raisedBy'), h('span', {}, `${l(k.raisedBy)}, `, time(k.raisedAt))],
    [
      t('currentLevel'),
      h('span', { 'data-testid': 'knelpunt-level' }, k.open ? l(k.level) : `${t('closed')}: ${l(k.level)}`),
    ],
    [t('actsNow'), h('span', { 'data-testid': 'knelpunt-acts' }, k.actsNow.map(l).join(', ') || t('none'))],
    [
      t('nextStep'),
      h(
        'span',
        { 'data-testid': 'knelpunt-next' },
        k.next
          ? `${l(k.next.level)}: ${l(k.next.intervener)}${k.next.redirectedFrom ? ` (${t('redirected')} ${l(k.next.redirectedFrom)})` : ''}`
          : t('none'),
      ),
    ],
    [
      t('deadline'),
      h(
        'span',
        { 'data-testid': 'knelpunt-deadline' },
        k.dueAt
          ? [time(k.dueAt), k.overdue ? h('strong', { class: 'dashboard-overdue' }, ` (${t('overdue')})`) : '']
          : t('noDeadline'),
      ),
    ],
  ];
  const nodes: Node[] = [
    link('#/', t('backToOverview')),
    heading(1, `${t('knelpunt')}: ${l(k.title)}`),
    h(
      'dl',
      { class: 'utrecht-data-list' },
      facts.map(([term, value]) =>
        h(
          'div',
          { class: 'utrecht-data-list__item' },
          h('dt', { class: 'utrecht-data-list__item-key' }, term),
          h('dd', { class: 'utrecht-data-list__item-value' }, value),
        ),
      ),
    ),
    heading(2, t('escalationPath')),
    h(
      'ol',
      { class: 'dashboard-path', 'data-testid': 'knelpunt-path' },
      k.path.map((p) =>
        h(
          'li',
          { 'data-status': p.status, 'aria-current': p.status === 'current' ? 'step' : undefined },
          l(p.level),
          p.status === 'skipped' ? ` (${t('skipped')})` : '',
        ),
      ),
    ),
    table(
      t('history'),
      [t('level'), t('since'), t('actor'), t('deadline')],
      k.stays.map((s) => [
        l(s.level),
        h('span', {}, time(s.enteredAt), ` (${l(s.enteredBy)})`),
        l(s.actor) || '–',
        s.dueAt ? time(s.dueAt) : t('noDeadline'),
      ]),
      'knelpunt-history',
    ),
  ];
  if (k.outcomes.length > 0)
    nodes.push(
      table(
        t('outcomes'),
        [t('level'), t('when'), t('outcomes')],
        k.outcomes.map((o) => [l(o.level), time(o.at), l(o.summary)]),
      ),
    );
  return nodes;
}

// ── GOKIT-R ──────────────────────────────────────────────────────────────────────────────────
interface Gokit {
  heatMap: Label;
  cells: { probability: number; impact: number; score: number; risks: Label[] }[];
  top: { riskId: string; title: Label; score: number; band: Label }[];
  iterations: number;
  sCurve: Label;
  histogram: Label;
  percentiles: { percentile: number; value: Label }[];
  base: Label;
  mean: Label;
}

const figure = (caption: string, chart: Node, testId: string) =>
  h(
    'figure',
    { class: 'dashboard-figure', 'data-testid': testId },
    chart,
    h('figcaption', {}, caption, '. ', t('chartAlt')),
  );

async function gokitPage(): Promise<Node[]> {
  const g = await getJson<Gokit>('/api/gokit');
  return [
    heading(1, 'GOKIT-R'),
    heading(2, t('heatMap')),
    figure(t('heatMap'), svgNode(l(g.heatMap)), 'heatmap'),
    table(
      t('heatMap'),
      [t('probability'), t('impact'), t('score'), t('risks')],
      g.cells.map((c) => [String(c.probability), String(c.impact), String(c.score), c.risks.map(l).join(', ')]),
      'heatmap-table',
    ),
    table(
      t('topRisks'),
      [t('risks'), t('score'), t('band')],
      g.top.map((r) => [l(r.title), String(r.score), l(r.band)]),
      'top-risks',
    ),
    heading(2, t('sCurve')),
    paragraph(`${t('baseEstimate')}: ${l(g.base)}; ${t('mean')}: ${l(g.mean)}; ${g.iterations} ${t('draws')}.`),
    figure(t('sCurve'), svgNode(l(g.sCurve)), 's-curve'),
    figure(t('histogram'), svgNode(l(g.histogram)), 'histogram'),
    table(
      t('sCurve'),
      [t('percentile'), t('amount')],
      g.percentiles.map((p) => [`P${p.percentile}`, l(p.value)]),
      'percentiles',
    ),
  ];
}

// ── afweging ─────────────────────────────────────────────────────────────────────────────────
interface Afweging {
  ranking: { variantId: string; name: Label; rank: number; value: number }[];
  excluded: Label[];
  sensitivity: { criterionId: string; name: Label; weight: number; smallestChange: number | null }[];
  mostCritical: Label | null;
  smaa: { variantId: string; name: Label; rankAcceptability: number[] }[];
  samples: number;
}

/**
 * A Plot chart as one image for assistive technology: the chart's name on the svg, no labels on
 * its inner groups (the data table that follows each chart is the accessible alternative).
 */
function chartImage(chart: Element, label: string): Element {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
  }
  return chart;
}

async function afwegingPage(): Promise<Node[]> {
  const a = await getJson<Afweging>('/api/afweging');
  const ranking = a.ranking.map((r) => ({ name: l(r.name), value: r.value, rank: r.rank }));
  const rankingChart = Plot.plot({
    ariaLabel: t('ranking'),
    marginLeft: 160,
    width: 640,
    x: { label: t('value'), grid: true },
    y: { label: null, domain: ranking.map((r) => r.name) },
    marks: [Plot.barX(ranking, { x: 'value', y: 'name', fill: '#154273' }), Plot.ruleX([0])],
  });
  const sensitivity = a.sensitivity.map((s) => ({ name: l(s.name), weight: s.weight, change: s.smallestChange }));
  const sensitivityChart = Plot.plot({
    ariaLabel: t('sensitivity'),
    marginLeft: 200,
    width: 640,
    x: { label: t('smallestChange'), grid: true },
    y: { label: null, domain: sensitivity.map((s) => s.name) },
    marks: [
      Plot.barX(
        sensitivity.filter((s) => s.change !== null),
        { x: 'change', y: 'name', fill: '#8f2b00' },
      ),
      Plot.ruleX([0]),
    ],
  });
  const cells = a.smaa.flatMap((v) =>
    v.rankAcceptability.map((share, i) => ({ variant: l(v.name), rank: i + 1, share })),
  );
  const smaaChart = Plot.plot({
    ariaLabel: t('smaa'),
    marginLeft: 160,
    width: 640,
    x: { label: t('rank'), type: 'band' },
    y: { label: null },
    color: { scheme: 'blues', domain: [0, 1] },
    marks: [
      Plot.cell(cells, { x: 'rank', y: 'variant', fill: 'share' }),
      Plot.text(cells, {
        x: 'rank',
        y: 'variant',
        text: (d: { share: number }) => percent(d.share, locale),
        fill: (d: { share: number }) => (d.share > 0.5 ? 'white' : 'black'),
      }),
    ],
  });
  const ranks = a.smaa[0]?.rankAcceptability.map((_, i) => `${t('rank')} ${i + 1}`) ?? [];
  return [
    heading(1, t('afweging')),
    heading(2, t('ranking')),
    figure(t('ranking'), chartImage(rankingChart, t('ranking')), 'ranking-chart'),
    table(
      t('ranking'),
      [t('rank'), t('variant'), t('value')],
      a.ranking.map((r) => [String(r.rank), l(r.name), decimal(r.value, 3, locale)]),
      'ranking',
    ),
    a.excluded.length > 0 ? paragraph(`${t('excluded')}: ${a.excluded.map(l).join(', ')}`) : paragraph(''),
    heading(2, t('sensitivity')),
    figure(t('sensitivity'), chartImage(sensitivityChart, t('sensitivity')), 'sensitivity-chart'),
    table(
      t('sensitivity'),
      [t('criterion'), t('weight'), t('smallestChange')],
      a.sensitivity.map((s) => [
        l(s.name),
        decimal(s.weight, 3, locale),
        s.smallestChange === null ? t('noChange') : decimal(s.smallestChange, 3, locale),
      ]),
      'sensitivity',
    ),
    paragraph(`${t('mostCritical')}: ${a.mostCritical ? l(a.mostCritical) : t('none')}`),
    heading(2, t('smaa')),
    paragraph(`${t('smaaIntro')} (${a.samples} ${t('draws')}).`),
    figure(t('smaa'), chartImage(smaaChart, t('smaa')), 'smaa-chart'),
    table(
      t('smaa'),
      [t('variant'), ...ranks],
      a.smaa.map((v) => [l(v.name), ...v.rankAcceptability.map((s) => percent(s, locale))]),
      'smaa',
    ),
  ];
}

// ── routing ──────────────────────────────────────────────────────────────────────────────────
async function view(): Promise<Node[]> {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'gebied' && parts[1]) return areaPage(parts[1]);
  if (parts[0] === 'knelpunt' && parts[1] && parts[2]) return knelpuntPage(parts[1], parts[2]);
  if (parts[0] === 'gokit') return gokitPage();
  if (parts[0] === 'afweging') return afwegingPage();
  return overviewPage();
}

let rendering = 0;
async function render(): Promise<void> {
  const main = document.getElementById('main');
  if (!main) return;
  const ticket = ++rendering;
  header();
  main.setAttribute('aria-busy', 'true');
  try {
    const nodes = await view();
    if (ticket !== rendering) return;
    main.replaceChildren(...nodes);
  } catch (error) {
    if (ticket !== rendering) return;
    main.replaceChildren(heading(1, t('failed')), paragraph(failureText(error)));
  }
  main.removeAttribute('aria-busy');
  main.dataset.view = location.hash || '#/';
  main.dataset.render = String(ticket);
  main.dataset.locale = locale;
}

window.addEventListener('hashchange', () => {
  formStatus = null;
  void render().then(() => document.getElementById('main')?.focus());
});
void render();
