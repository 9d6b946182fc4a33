// The shape lives in @gebiedsgericht/core (process section); re-exported here for the engine.
export { type ReflectionReport, ReflectionReportSchema } from '@gebiedsgericht/core';
