/** Small DOM helpers: build elements with NL Design System classes, pick a label's language. */

/** A text in Dutch and English, as the SDK's labels are. */
export interface Label {
  readonly nl: string;
  readonly en: string;
}

export type Locale = 'nl' | 'en';

type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Creates an element with attributes (`class`, `data-*`, `aria-*`, …) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number | boolean | undefined | null>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A table with a caption, NL Design System classes and a header row. */
export function table(caption: string, head: readonly string[], rows: readonly (readonly Child[])[], testId?: string) {
  return h(
    'table',
    { class: 'utrecht-table utrecht-table--html-table', 'data-testid': testId },
    h('caption', { class: 'utrecht-table__caption' }, caption),
    h(
      'thead',
      { class: 'utrecht-table__header' },
      h(
        'tr',
        { class: 'utrecht-table__row' },
        head.map((cell) => h('th', { class: 'utrecht-table__header-cell', scope: 'col' }, cell)),
      ),
    ),
    h(
      'tbody',
      { class: 'utrecht-table__body' },
      rows.map((row) =>
        h(
          'tr',
          { class: 'utrecht-table__row' },
          row.map((cell) => h('td', { class: 'utrecht-table__cell' }, cell)),
        ),
      ),
    ),
  );
}

export const heading = (level: 1 | 2 | 3, text: string, attrs: Record<string, string> = {}) =>
  h(`h${level}`, { class: `utrecht-heading-${level}`, ...attrs }, text);

export const paragraph = (...children: Child[]) => h('p', { class: 'utrecht-paragraph' }, ...children);

export const link = (href: string, text: string, attrs: Record<string, string> = {}) =>
  h('a', { class: 'utrecht-link', href, ...attrs }, text);

/** Parses an SVG string from the server (the risk package's charts) into a node. */
export function svgNode(markup: string): Node {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstChild ?? document.createTextNode('');
}
