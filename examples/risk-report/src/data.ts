/**
 * Data of the example: the GOKIT-R of the Lindewaard programme in the fictional Provincie Zuidmark
 * (the shared scenario of the SDK). All names and figures are invented.
 */
import type { ControlSheet } from '@gebiedsgericht/core';

// The register, the control sheet of step 3, and the N-road estimate and set-up are the shared
// scenario fixtures of @gebiedsgericht/core.
export {
  lindewaardRiskRegister as lindewaardRegister,
  lindewaardStep3ControlSheet as stap3Sheet,
  nWegEstimate,
  nWegProjectSetup as nWegSetup,
} from '@gebiedsgericht/core/fixtures';

/** A project sheet for GOKIT per project in the programme. */
export function projectSheet(
  projectId: string,
  measuredOn: string,
  budget: number,
  forecast: number,
  lateDays: number,
): ControlSheet {
  return {
    kind: 'controlSheet',
    schemaVersion: 2,
    id: `gokit-${projectId}-${measuredOn}`,
    scope: { level: 'project', programmeId: 'lindewaard', projectId },
    measuredOn,
    aspects: {
      money: {
        budget,
        actual: Math.round(budget / 3),
        forecast,
        tolerance: { mode: 'relative', over: 0.05, under: 0.2 },
      },
      time: {
        plannedStart: '2026-01-01',
        plannedFinish: '2028-12-31',
        forecastFinish: new Date(Date.UTC(2028, 11, 31 + lateDays)).toISOString().slice(0, 10),
        tolerance: { lateDays: 60, earlyDays: 120 },
      },
    },
  };
}
