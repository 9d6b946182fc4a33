/**
 * `@gebiedsgericht/mediation`. See docs/mediation.md.
 *
 * @packageDocumentation
 */
export { mediationMessages } from './messages';
