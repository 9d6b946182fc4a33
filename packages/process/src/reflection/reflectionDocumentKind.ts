// The shape lives in @gebiedsgericht/core (process section); re-exported here for the rules.
export { ReflectionDocumentKind } from '@gebiedsgericht/core';
