import {
  areaIssues,
  arrangementIssues,
  assessmentIssues,
  decisionsIssues,
  mediationIssues,
  partiesIssues,
  primitivesIssues,
  processIssues,
  programmeIssues,
  recordsIssues,
  riskIssues,
  sharedIssues,
  startnotitieIssues,
  stepsIssues,
} from './internal/schemaMessages';
import { runtimeMessages } from './messages';
import { defineMessages } from './primitives/errors';

/**
 * Error messages of `@gebiedsgericht/core`, in Dutch and English, by stable code: the errors its
 * functions throw and the issues its schemas raise (in the `issues` of an `invalid_input` error).
 * One message per code; `docs/errors.md` is generated from it.
 *
 * @example
 * coreMessages.messages.duplicate_id({ id: 'waterschap' }).nl; // 'Id "waterschap" komt meer dan eens voor'
 */
export const coreMessages = /* @__PURE__ */ defineMessages({
  ...runtimeMessages.messages,
  ...areaIssues.messages,
  ...arrangementIssues.messages,
  ...assessmentIssues.messages,
  ...decisionsIssues.messages,
  ...mediationIssues.messages,
  ...partiesIssues.messages,
  ...primitivesIssues.messages,
  ...processIssues.messages,
  ...programmeIssues.messages,
  ...recordsIssues.messages,
  ...riskIssues.messages,
  ...sharedIssues.messages,
  ...startnotitieIssues.messages,
  ...stepsIssues.messages,
});
