// The finding shapes live in @gebiedsgericht/core (process section); re-exported here for the rules.
export { type Finding, FindingSchema, type HandreikingSection, HandreikingSectionSchema } from '@gebiedsgericht/core';
