/**
 * The reflection rules about who acts: a government at the table without a party agreement, and a
 * final escalation level held by a party. Baseline: the Lindewaard fixture; each firing case
 * changes one thing in a deep copy.
 */
import { describe, expect, it } from 'vitest';
import { type ReflectionRule, reflectionRules } from '../src/index';
import { gebiedsproces, run, startnotitie } from './reflectionSupport';

const rule = (id: string): ReflectionRule => {
  const found = reflectionRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('government-at-table-without-agreement (§2.3)', () => {
  const r = rule('government-at-table-without-agreement');
  it('does not fire when every government at the table has a party agreement', () => {
    expect(run(r, gebiedsproces())).toEqual([]);
  });
  it('fires for a gemeente at the table whose agreement is missing', () => {
    const input = gebiedsproces((g) => {
      if (!g.startnotitie) throw new Error('fixture has a startnotitie');
      g.startnotitie.partyAgreements = g.startnotitie.partyAgreements.filter((a) => a.partyId !== 'gemeente-beekdal');
    });
    const findings = run(r, input);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.path).toEqual(['gebiedsproces', 'startnotitie', 'partyAgreements']);
    expect(findings[0]?.message.en).toContain('Beekdal');
  });
});

describe('final-level-held-by-party (§2.3, bijlage 1 onderdeel 4)', () => {
  const r = rule('final-level-held-by-party');
  it('does not fire for a ministry at the final level with another ministry as stand-in', () => {
    expect(run(r, gebiedsproces())).toEqual([]);
  });
  it('fires when the gebiedstafel, whose members are the parties, holds the final level', () => {
    const input = gebiedsproces((g) => {
      if (!g.startnotitie) throw new Error('fixture has a startnotitie');
      g.startnotitie.escalation.finalLevel.actor = { kind: 'structuur', structureId: 'gebiedstafel-lindewaard' };
    });
    const findings = run(r, input);
    expect(findings.map((f) => f.path)).toEqual([
      ['gebiedsproces', 'startnotitie', 'escalation', 'finalLevel', 'actor'],
    ]);
  });
  it('fires when the stand-in at the final level is itself a party', () => {
    const input = startnotitie((s) => {
      s.escalation.finalLevel.actor = {
        kind: 'partij',
        partyId: 'ministerie-vro',
        role: 'bevoegd_gezag',
        substituteIfParty: { kind: 'partij', partyId: 'provincie-zuidmark', role: 'bevoegd_gezag' },
      };
    });
    const findings = run(r, input);
    expect(findings.map((f) => f.path)).toEqual([
      ['startnotitie', 'escalation', 'finalLevel', 'actor', 'substituteIfParty', 'partyId'],
    ]);
  });
});
