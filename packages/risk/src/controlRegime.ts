import {
  ControlAspect,
  type IsoDate,
  type Label,
  type MethodProfile,
  MethodProfileSchema,
  ProjectMethod,
  ProjectPhase,
  validate,
} from '@gebiedsgericht/core';

/** A measure and decision point that a method profile gives. */
export interface RegimeDecisionPoint {
  readonly date?: IsoDate;
  readonly label: Label;
  readonly aspects: readonly ControlAspect[];
}

/** How a method profile steers the GOKIT aspects. */
export interface ControlRegime {
  readonly method: ProjectMethod;
  readonly methodLabel: Label;
  /** Aspects fixed up front: the frame the project works within. */
  readonly fixed: readonly ControlAspect[];
  /** Aspects that follow from the others (for a timebox: the scope, so Kwaliteit). */
  readonly follows: readonly ControlAspect[];
  /** Aspects delegated to self-steering teams (projectmatig creëren). */
  readonly delegated: readonly ControlAspect[];
  readonly decisionPoints: readonly RegimeDecisionPoint[];
  /** Phases of a traditional profile that end without a GOKIT decision point. */
  readonly phasesWithoutDecisionPoint: readonly ProjectPhase[];
  /** Weak spots of the profile as set up, in Dutch and English. */
  readonly warnings: readonly Label[];
}

const ALL = ControlAspect.values;

/**
 * What a method profile means for control: which GOKIT aspects are fixed and which follow, which
 * are delegated, its measure and decision points, and warnings about its set-up.
 *
 * - Traditional: phase after phase; the programme of requirements (Kwaliteit) is fixed and each
 *   phase ends with a GOKIT decision point. Warns on phases out of order or without a decision point.
 * - Incremental: the lead time (Tijd) and budget (Geld) of each timebox are fixed and the scope
 *   (Kwaliteit) follows; every timebox end is a measure point. Warns on empty or overlapping
 *   timeboxes, increments without users involved, and timeboxes without a "must" item.
 * - Projectmatig creëren: teams make their own structure; the aspects they steer are delegated.
 *   Warns on teams without delegated aspects.
 *
 * @example
 * controlRegime({ method: 'incremental', increments: [...] }).fixed; // ['money', 'time']
 * @see handreiking bijlage 1, onderdeel 1 (traditioneel, incrementeel, projectmatig creëren)
 */
export function controlRegime(profileInput: MethodProfile): ControlRegime {
  const profile = validate(MethodProfileSchema, profileInput, { path: ['method'] });
  const warnings: Label[] = [];
  const decisionPoints: RegimeDecisionPoint[] = [];
  const phasesWithoutDecisionPoint: ProjectPhase[] = [];
  const methodLabel = ProjectMethod.labels[profile.method];

  if (profile.method === 'traditional') {
    let last = -1;
    for (const phase of profile.phases) {
      const order = ProjectPhase.values.indexOf(phase.phase);
      if (order <= last)
        warnings.push({
          nl: `${ProjectPhase.label(phase.phase, 'nl')} staat niet in de standaardvolgorde`,
          en: `${ProjectPhase.label(phase.phase, 'en')} is out of the standard order`,
        });
      last = Math.max(last, order);
      if (phase.decisionPoint) {
        decisionPoints.push({
          ...(phase.decisionPoint.date ? { date: phase.decisionPoint.date } : {}),
          label: {
            nl: `Beslispunt einde ${ProjectPhase.label(phase.phase, 'nl').toLowerCase()}`,
            en: `Decision point end of ${ProjectPhase.label(phase.phase, 'en').toLowerCase()}`,
          },
          aspects: [...phase.decisionPoint.aspects],
        });
      } else {
        phasesWithoutDecisionPoint.push(phase.phase);
        warnings.push({
          nl: `${ProjectPhase.label(phase.phase, 'nl')} heeft geen GOKIT-beslispunt`,
          en: `${ProjectPhase.label(phase.phase, 'en')} has no GOKIT decision point`,
        });
      }
    }
    return {
      method: profile.method,
      methodLabel,
      fixed: ['quality'],
      follows: [],
      delegated: [],
      decisionPoints,
      phasesWithoutDecisionPoint,
      warnings,
    };
  }

  if (profile.method === 'incremental') {
    const boxes = [...profile.increments].sort((x, y) => (x.timebox.start < y.timebox.start ? -1 : 1));
    boxes.forEach((inc, i) => {
      if (inc.timebox.end <= inc.timebox.start)
        warnings.push({
          nl: `Timebox van ${inc.name} eindigt niet na de start`,
          en: `Timebox of ${inc.name} does not end after its start`,
        });
      const next = boxes[i + 1];
      if (next && next.timebox.start < inc.timebox.end)
        warnings.push({
          nl: `Timeboxen van ${inc.name} en ${next.name} overlappen`,
          en: `Timeboxes of ${inc.name} and ${next.name} overlap`,
        });
      if (inc.userIds.length === 0)
        warnings.push({
          nl: `Bij ${inc.name} zijn geen gebruikers betrokken`,
          en: `No users are involved in ${inc.name}`,
        });
      if (!inc.scope.some((s) => s.priority === 'must'))
        warnings.push({
          nl: `${inc.name} heeft geen onderdeel met prioriteit "moet"`,
          en: `${inc.name} has no "must have" item`,
        });
      decisionPoints.push({
        date: inc.timebox.end,
        label: { nl: `Einde timebox ${inc.name}`, en: `End of timebox ${inc.name}` },
        aspects: [...ALL],
      });
    });
    return {
      method: profile.method,
      methodLabel,
      fixed: ['money', 'time'],
      follows: ['quality'],
      delegated: [],
      decisionPoints,
      phasesWithoutDecisionPoint,
      warnings,
    };
  }

  const delegated = new Set<ControlAspect>();
  for (const team of profile.teams) {
    for (const aspect of team.delegatedAspects) delegated.add(aspect);
    if (team.delegatedAspects.length === 0)
      warnings.push({
        nl: `Team ${team.name} heeft geen gedelegeerde beheersaspecten`,
        en: `Team ${team.name} has no delegated control aspects`,
      });
  }
  const fixed: ControlAspect[] =
    profile.complements === 'incremental'
      ? ['money', 'time']
      : profile.complements === 'traditional'
        ? ['quality']
        : [];
  return {
    method: profile.method,
    methodLabel,
    fixed,
    follows: profile.complements === 'incremental' ? ['quality'] : [],
    delegated: ALL.filter((a) => delegated.has(a)),
    decisionPoints,
    phasesWithoutDecisionPoint,
    warnings,
  };
}
