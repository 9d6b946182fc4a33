import { describe, expect, it } from 'vitest';
import { gebiedsprocesDiagram, rivierenlandStepTemplate } from '../src/index';
import { createGebiedsprocesMachine } from '../src/xstate';
import { lindewaardSettings } from './support/gebiedsprocesFixtures';

const settings = {
  ...lindewaardSettings,
  consentStepIds: [],
  changeRules: { majorChangeApprovers: ['provincie-zuidmark'] },
};

describe('Mermaid diagram generated from the machine', () => {
  const mermaid = gebiedsprocesDiagram(createGebiedsprocesMachine(rivierenlandStepTemplate, settings));
  const lines = mermaid.split('\n');

  it('shows every step of the template, in order, with its closing transition and guard', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    const ids = rivierenlandStepTemplate.steps.map((s) => s.id);
    const positions = ids.map((id) => mermaid.indexOf(`as gebiedsproces_steps_running_${id.replace(/-/g, '_')}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(mermaid).toContain(
      'gebiedsproces_steps_running_inventariseren --> gebiedsproces_steps_running_ambities_formuleren : step.close [gateMet(inventariseren)]',
    );
    expect(mermaid).toContain(
      'gebiedsproces_steps_running_uitvoeringsagenda --> gebiedsproces_steps_running_monitoring : step.close [gateMet(uitvoeringsagenda)]',
    );
  });

  it('writes each transition inside the block of the composite that holds both ends, and never targets a history state', () => {
    const stack: string[] = [];
    for (const line of lines) {
      const open = /state ".*" as (\w+) \{$/.exec(line.trim());
      if (open) {
        stack.push(open[1]!);
        continue;
      }
      if (line.trim() === '}') {
        stack.pop();
        continue;
      }
      const edge = /^(\w+) --> (\w+) :/.exec(line.trim());
      if (!edge) continue;
      const scope = stack.at(-1)!;
      expect(edge[1]!.startsWith(`${scope}_`), line).toBe(true);
      expect(edge[2]!.startsWith(`${scope}_`), line).toBe(true);
      expect(edge[2]).not.toContain('history');
    }
    expect(stack).toEqual([]);
    expect(mermaid).toContain(
      'gebiedsproces_steps_suspended --> gebiedsproces_steps_running : process.resume [accepted] (H)',
    );
  });
});
