import type { AnyStateMachine } from 'xstate';

interface NodeLike {
  readonly id: string;
  readonly key: string;
  readonly type: string;
  readonly description?: string | undefined;
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

function render(node: NodeLike, indent: string, lines: string[], edges: string[]): void {
  const children = Object.values(node.states);
  const label = node.description ? `${node.key}: ${node.description}` : node.key;
  if (node.type === 'history') {
    lines.push(`${indent}state "H (${node.key})" as ${safeId(node)}`);
  } else if (children.length === 0) {
    lines.push(`${indent}state "${label}" as ${safeId(node)}`);
  } else {
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
    }
    lines.push(`${indent}}`);
  }
  const targetless = new Set<string>();
  for (const [eventType, transitions] of node.transitions) {
    for (const transition of transitions) {
      const targets = transition.target ?? [];
      if (targets.length === 0) {
        targetless.add(eventType);
        continue;
      }
      for (const target of targets) {
        edges.push(`  ${safeId(node)} --> ${safeId(target)} : ${eventType}${guardLabel(transition.guard)}`);
      }
    }
  }
  if (targetless.size > 0) {
    edges.push(`  note right of ${safeId(node)} : records ${[...targetless].sort().join(', ')}`);
  }
}

/**
 * Renders an XState machine (the area process machine, or any other) as a Mermaid
 * `stateDiagram-v2`: compound and parallel states nested, initial states, every transition with
 * its event and guard, and the events a state records without changing state as a note. The
 * process diagram in `docs/process.md` is generated with it, so it cannot drift from the code.
 *
 * @example
 * const mermaid = areaProcessDiagram(createAreaProcessMachine(defaultStepTemplate, settings));
 * @see docs/process.md
 */
export function areaProcessDiagram(machine: AnyStateMachine): string {
  const root = machine.root as unknown as NodeLike;
  const lines: string[] = ['stateDiagram-v2'];
  const edges: string[] = [];
  const inner: string[] = [];
  render(root, '  ', inner, edges);
  lines.push(...inner, ...edges);
  return `${lines.join('\n')}\n`;
}
