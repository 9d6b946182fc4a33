/**
 * `@gebiedsgericht/risk`. See docs/risk.md.
 *
 * @packageDocumentation
 */
export { riskMessages } from './messages';
