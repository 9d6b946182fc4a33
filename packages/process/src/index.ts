/**
 * `@gebiedsgericht/process`. See docs/process.md.
 *
 * @packageDocumentation
 */
export { processMessages } from './messages';
