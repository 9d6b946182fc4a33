/**
 * `@gebiedsgericht/assessment`. See docs/assessment.md.
 *
 * @packageDocumentation
 */
export { assessmentMessages } from './messages';
