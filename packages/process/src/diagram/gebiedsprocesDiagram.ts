import { processMessages } from '../messages';

interface NodeLike {
  readonly id: string;
  readonly key: string;
  readonly type: string;
  readonly path: readonly string[];
  readonly description?: string | undefined;
  readonly parent?: NodeLike | undefined;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly initial?: { readonly target: readonly NodeLike[] } | undefined;
  readonly transitions: ReadonlyMap<
    string,
    readonly { readonly target?: readonly NodeLike[] | undefined; readonly guard?: unknown }[]
  >;
}

function safeId(node: NodeLike): string {
  return node.id.replace(/[^A-Za-z0-9]/g, '_');
}

function guardLabel(guard: unknown): string {
  if (!guard) return '';
  if (typeof guard === 'string') return ` [${guard}]`;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    const g = guard as { type: unknown; params?: unknown };
    const params = g.params && typeof g.params === 'object' ? Object.values(g.params as Record<string, unknown>) : [];
    return ` [${String(g.type)}${params.length > 0 ? `(${params.map(String).join(', ')})` : ''}]`;
  }
  return ' [guard]';
}

/** The deepest compound state containing both nodes (their lowest common ancestor, never either of them). */
function commonParent(a: NodeLike, b: NodeLike): NodeLike | undefined {
  const ancestors = new Set<string>();
  for (let n = a.parent; n; n = n.parent) ancestors.add(n.id);
  for (let n = b.parent; n; n = n.parent) if (ancestors.has(n.id)) return n;
  return undefined;
}

/** Edges and notes grouped by the compound state whose block they are written in. */
type Lines = Map<string, string[]>;

function collect(node: NodeLike, edges: Lines): void {
  const targetless = new Set<string>();
  for (const [eventType, transitions] of node.transitions) {
    for (const transition of transitions) {
      const targets = transition.target ?? [];
      if (targets.length === 0) {
        targetless.add(eventType);
        continue;
      }
      for (const raw of targets) {
        // Mermaid cannot draw into a history pseudo-state: draw to its compound state instead.
        const history = raw.type === 'history';
        const target = history && raw.parent ? raw.parent : raw;
        const scope = commonParent(node, target);
        const key = scope ? scope.id : '';
        const label = `${eventType}${guardLabel(transition.guard)}${history ? ' (H)' : ''}`;
        edges.set(key, [...(edges.get(key) ?? []), `${safeId(node)} --> ${safeId(target)} : ${label}`]);
      }
    }
  }
  if (targetless.size > 0 && node.parent) {
    const note = `note right of ${safeId(node)} : records ${[...targetless].sort().join(', ')}`;
    edges.set(node.parent.id, [...(edges.get(node.parent.id) ?? []), note]);
  }
  for (const child of Object.values(node.states)) collect(child, edges);
}

function render(node: NodeLike, indent: string, lines: string[], edges: Lines): void {
  const children = Object.values(node.states).filter((child) => child.type !== 'history');
  const label = node.description ? `${node.key}: ${node.description}` : node.key;
  if (children.length === 0) {
    lines.push(`${indent}state "${label}" as ${safeId(node)}`);
    return;
  }
  lines.push(`${indent}state "${label}" as ${safeId(node)} {`);
  if (node.type === 'parallel') {
    children.forEach((child, index) => {
      if (index > 0) lines.push(`${indent}  --`);
      render(child, `${indent}  `, lines, edges);
    });
  } else {
    const initial = node.initial?.target[0];
    if (initial) lines.push(`${indent}  [*] --> ${safeId(initial)}`);
    for (const child of children) render(child, `${indent}  `, lines, edges);
    for (const line of edges.get(node.id) ?? []) lines.push(`${indent}  ${line}`);
  }
  lines.push(`${indent}}`);
}

/** True for what XState's `machine.root` is: a state node with an id, child states and a transition map. */
function isStateNode(value: unknown): value is NodeLike {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Partial<Record<keyof NodeLike, unknown>>;
  return (
    typeof node.id === 'string' &&
    typeof node.states === 'object' &&
    node.states !== null &&
    node.transitions instanceof Map
  );
}

/**
 * Renders an XState machine (the area process machine, or any other) as a Mermaid
 * `stateDiagram-v2`: compound and parallel states nested, initial states, every transition with
 * its event and guard, and the events a state records without changing state as a note. Each
 * transition is written inside the innermost compound state that holds both ends (Mermaid cannot
 * draw between states of different composites declared elsewhere); a transition to a history
 * state is drawn to its compound state and marked `(H)`. The process diagram in `docs/process.md`
 * is generated with it, so it cannot drift from the code. The parameter is typed by the one
 * property read (XState's own types are in `@gebiedsgericht/process/xstate`): any XState machine
 * fits. Throws `invalid_argument` (path `machine`) for anything that is not an XState machine (no
 * `root` state node).
 *
 * @example
 * const mermaid = gebiedsprocesDiagram(createGebiedsprocesMachine(defaultStepTemplate, settings));
 * @see docs/process.md
 */
export function gebiedsprocesDiagram(machine: { readonly root: object }): string {
  const root: unknown = typeof machine === 'object' && machine !== null ? machine.root : undefined;
  if (!isStateNode(root)) throw processMessages.fail('invalid_argument', { name: 'machine' }, ['machine']);
  const edges: Lines = new Map();
  collect(root, edges);
  const lines: string[] = ['stateDiagram-v2'];
  render(root, '  ', lines, edges);
  for (const line of edges.get('') ?? []) lines.push(`  ${line}`);
  return `${lines.join('\n')}\n`;
}
