/**
 * `@gebiedsgericht/cli`: the `gebiedsgericht` command. Validate documents, reflect on an area
 * process, simulate estimates, assess variants and inspect persisted processes from the shell.
 * `runCli` runs the same command inside another Node.js program. See docs/cli.md.
 *
 * @packageDocumentation
 */

export { cliMessages } from './messages';
export { type CliIo, nodeIo, type OutputStream, runCli } from './runCli';
