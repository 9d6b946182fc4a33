// Internal: reading JSON documents from files or standard input, refusing anything over the size
// limit before it is held in memory.
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { cliFail } from '../messages';
import type { Ctx } from './context';

/** The default limit on one input: far above any real document, far below what exhausts memory. */
export const DEFAULT_MAX_INPUT_MB = 32;

/** A document read from a file or stdin, with the name to show the user. */
export interface JsonInput {
  readonly name: string;
  readonly value: unknown;
}

const STDIN_NAME = '<stdin>';

function limitMb(ctx: Ctx): number {
  return Math.round((ctx.maxInputBytes / (1024 * 1024)) * 100) / 100;
}

async function readStdin(ctx: Ctx): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stdin = ctx.io.stdin;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > ctx.maxInputBytes) {
      // Stop reading: what is left of the input is never held in memory.
      if ('destroy' in stdin && typeof stdin.destroy === 'function') stdin.destroy();
      throw cliFail('input_too_large', { file: STDIN_NAME, limitMb: limitMb(ctx) });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readFileLimited(ctx: Ctx, file: string): Promise<string> {
  const path = resolve(ctx.io.cwd, file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw cliFail('file_not_readable', { file, reason: reasonOf(e) });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw cliFail('file_not_readable', { file, reason: 'EISDIR' });
    if (stat.size > ctx.maxInputBytes) throw cliFail('input_too_large', { file, limitMb: limitMb(ctx) });
    // Read at most one byte over the limit, so a file that grows while it is read is refused too.
    const buffer = Buffer.alloc(Math.min(stat.size, ctx.maxInputBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > ctx.maxInputBytes) throw cliFail('input_too_large', { file, limitMb: limitMb(ctx) });
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length).toString('utf8');
  } catch (e) {
    if (isGebiedsgerichtError(e)) throw e;
    throw cliFail('file_not_readable', { file, reason: reasonOf(e) });
  } finally {
    await handle.close();
  }
}

function reasonOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string')
    return (e as { code: string }).code;
  return String(e);
}

/** Reads one input as text (within the size limit): a file name, or `-` for standard input. */
export async function readText(ctx: Ctx, source: string): Promise<{ name: string; text: string }> {
  const name = source === '-' ? STDIN_NAME : source;
  const text = source === '-' ? await readStdin(ctx) : await readFileLimited(ctx, source);
  return { name, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Reads and parses one JSON input: a file name, or `-` for standard input. */
export async function readJson(ctx: Ctx, source: string): Promise<JsonInput> {
  const name = source === '-' ? STDIN_NAME : source;
  const text = source === '-' ? await readStdin(ctx) : await readFileLimited(ctx, source);
  try {
    return { name, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (e) {
    throw cliFail('invalid_json', { file: name, detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Rejects more than one `-` among the inputs: standard input can be read once. */
export function validateSources(sources: readonly string[]): void {
  if (sources.filter((s) => s === '-').length > 1) throw cliFail('stdin_twice', undefined);
}
